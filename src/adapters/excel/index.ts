/** The Office.js adapter: the only place in Gevinst where Excel and Office appear. */
export { createExcelWorkbook, type ExcelRun, type ExcelWorkbookOptions } from "./excel-workbook";
export { detectCapabilities, officeIsSetSupported, type IsSetSupported } from "./capabilities";
export { toWorkbookError } from "./errors";
export { OWN_WRITE_GRACE_MS, SETTLE_MS, type ExcelEventsRun } from "./change-events";
