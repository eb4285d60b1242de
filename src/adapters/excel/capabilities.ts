/**
 * What this Excel can do, from its requirement sets. The check is injected so tests (and the
 * simulator) decide; in Excel it is `Office.context.requirements.isSetSupported`.
 */
import type { WorkbookCapabilities } from "../../core/workbook/workbook-port";

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Office's own check, or "nothing supported" when Office.js is not loaded. */
export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  typeof Office !== "undefined" &&
  Office.context?.requirements?.isSetSupported(name, minVersion) === true;

export function detectCapabilities(isSetSupported: IsSetSupported): WorkbookCapabilities {
  const excelApi = (version: string): boolean => isSetSupported("ExcelApi", version);
  return {
    host: "excel",
    dataValidation: excelApi("1.8"),
    conditionalFormats: excelApi("1.6"),
    protection: excelApi("1.2"),
    pageLayout: excelApi("1.9"),
    // Worksheet.visibility (incl. VeryHidden) is ExcelApi 1.1.
    veryHidden: excelApi("1.1"),
    // Worksheet.onChanged.
    changeEvents: excelApi("1.7"),
  };
}
