export { XlsxWorkbook } from "./xlsx-workbook";
export { createXlsx, openXlsx, saveXlsx } from "./open-xlsx";
