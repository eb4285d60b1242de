/**
 * How one exceljs cell reads through the WorkbookPort: the value Excel shows (a formula's cached
 * result, dates as serial numbers, rich text as plain text, errors as their text) and the formula
 * text with its leading "=".
 */
import type { Cell, CellValue as ExcelCellValue } from "exceljs";
import { dateToSerial } from "../../../src/core/sheets/shared/cell-values";
import type { CellValue } from "../../../src/core/workbook/workbook-port";

type RichText = { richText: { text: string }[] };
type ErrorValue = { error: string };
type FormulaLike = { formula?: string; sharedFormula?: string; result?: unknown };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A plain value (not a formula) as the port sees it. */
export function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  // exceljs reads a date as UTC; the port gives the serial number in the workbook's date system.
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (isObject(value)) {
    if (Array.isArray((value as RichText).richText))
      return (value as RichText).richText.map((run) => run.text).join("");
    if (typeof (value as ErrorValue).error === "string") return (value as ErrorValue).error;
    // A hyperlink cell: { text, hyperlink }; its text may itself be rich text.
    if ("text" in value) return plainValue(value.text, date1904);
  }
  return null;
}

function isFormulaValue(value: ExcelCellValue): value is ExcelCellValue & FormulaLike {
  return isObject(value) && ("formula" in value || "sharedFormula" in value);
}

/** The value Excel shows in the cell; a merged cell other than the top-left one is empty. */
export function readCellValue(cell: Cell, date1904: boolean): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value;
  if (isFormulaValue(value)) return plainValue(value.result, date1904);
  return plainValue(value, date1904);
}

/** "=SUM(A1:A3)" for a formula cell (shared formulas translated to this cell), else null. */
export function readCellFormula(cell: Cell): string | null {
  if (cell.isMerged && cell.master !== cell) return null;
  if (!isFormulaValue(cell.value)) return null;
  // exceljs translates a shared formula from its master cell (Cell.formula).
  const text = cell.formula;
  if (typeof text !== "string" || text === "") return null;
  return text.startsWith("=") ? text : `=${text}`;
}

/** True when the cell counts for the used range: it holds a value or a formula. */
export function hasContent(cell: Cell): boolean {
  if (cell.isMerged && cell.master !== cell) return false;
  const value = cell.value;
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value !== "";
  return true;
}
