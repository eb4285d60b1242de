export { XlsxWorkbook } from "./xlsx-workbook";
export { createXlsx, openXlsx, saveXlsx } from "./open-xlsx";
export { inspectPackage } from "./inspect-package";
export type { PackageFinding, PackageInspection } from "./inspect-package";
