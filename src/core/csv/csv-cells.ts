/**
 * CSV fields as the cells Excel would show after opening the file on a Norwegian PC (spec §4):
 * an all-digit code without a leading zero becomes a number (10100, 316000), so does an amount in
 * Norwegian form («1 456 538», « -1 362 250 », «810 000,00», «1100142,6», «(1 000)»); everything
 * else stays text as written (`F460`, `30000H`, `02800`, «-   », names). Empty fields are empty.
 */
import type { CellValue } from "../workbook/workbook-port";
import { parseAmount } from "../budget/parse-cells";

/** Digits as Excel keeps them exactly (15 significant digits). */
const MAX_DIGITS = 15;
/** A plain whole number without a leading zero («0» itself included). */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)$/;
/** Norwegian amount forms: space-grouped thousands, decimal comma, minus or brackets. */
const AMOUNT_FORM =
  /^(?:[-\u2212]?\s*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|0|[1-9]\d*)(?:,\d+)?|\(\s*\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\s*\))$/;

/** One CSV field as a cell value. */
export function csvCell(field: string): CellValue {
  if (field === "") return null;
  const text = field.trim();
  if (text === "") return field;
  const digits = text.replace(/\D/g, "").length;
  if (digits === 0 || digits > MAX_DIGITS) return field;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (AMOUNT_FORM.test(text)) {
    const value = parseAmount(text);
    if (typeof value === "number") return value;
  }
  return field;
}

/** Rows of CSV fields as rows of cells; trailing empty fields are dropped. */
export function csvRows(rows: readonly (readonly string[])[]): CellValue[][] {
  return rows.map((row) => {
    const cells = row.map(csvCell);
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end--;
    return cells.slice(0, end);
  });
}

/**
 * A sheet name from a file name, as Excel names the sheet when it opens a CSV: the name without
 * folder and extension, at most 31 characters, without `[]:*?/\`.
 */
export function sheetNameFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const clean = base
    .replace(/[[\]:*?/\\]/g, "_")
    .slice(0, 31)
    .trim();
  return clean === "" ? "Budsjett" : clean;
}
