/**
 * How Excel turns what is written through `range.values` / `range.formulas` into a cell: like typing
 * it. A leading apostrophe makes the rest text (and is not part of the value); "=" starts a formula;
 * "+" or "-" before something that is not a number, and "@", become a formula too; numbers, percents
 * and TRUE/FALSE in text become numbers and booleans — unless the cell's number format is Text ("@").
 */
import type { CellValue } from "../../../src/core/workbook/workbook-port";
import type { SimCell } from "./state";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** Applies one written entry to a cell; `null` entries are skipped by the caller. */
export function typeIntoCell(cell: SimCell, input: string | number | boolean): void {
  if (typeof input !== "string") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (input === "") {
    cell.value = "";
    cell.formula = null;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.formula = null;
    return;
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const isPercent = trimmed.endsWith("%");
    const n = Number(isPercent ? trimmed.slice(0, -1) : trimmed);
    cell.value = isPercent ? n / 100 : n;
    cell.formula = null;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    cell.formula = null;
    return;
  }
  if (
    input.startsWith("=") ||
    input.startsWith("+") ||
    input.startsWith("-") ||
    input.startsWith("@")
  ) {
    // The simulator does not evaluate formulas: the value stays empty until a test sets it.
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = "";
    return;
  }
  cell.value = input;
  cell.formula = null;
}

/** The value `range.values` reads back: "" for an empty cell. */
export function readValue(cell: SimCell | undefined): CellValue {
  return cell === undefined ? "" : cell.value;
}

/** The entry `range.formulas` reads back: the formula, else the constant. */
export function readFormula(cell: SimCell | undefined): CellValue {
  if (cell === undefined) return "";
  return cell.formula ?? cell.value;
}
