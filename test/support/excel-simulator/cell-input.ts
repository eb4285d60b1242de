/**
 * How Excel turns what is written through `range.values` / `range.formulas` into a cell: like typing
 * it. A leading apostrophe makes the rest text (and is not part of the value); "=" starts a formula;
 * "+" or "-" before something that is not a number, and "@", become a formula too; numbers, percents
 * and TRUE/FALSE in text become numbers and booleans — unless the cell's number format is Text ("@").
 */
import type { CellValue } from "../../../src/core/workbook/workbook-port";
import type { SimCell } from "./state";
import { officeError } from "./errors";

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
    cell.formula = excelSpelling(input.startsWith("=") ? input : `=${input}`);
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

/**
 * A sheet name Excel reads as a cell reference (A1 or R1C1 style) or a boolean, not as a name.
 * Written apart from core's quoteSheetName, from Excel's rules, so the two check each other.
 */
function readsAsReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})(\d+)$/i.exec(name);
  if (a1) {
    const col = [...(a1[1] as string).toUpperCase()].reduce(
      (n, ch) => n * 26 + ch.charCodeAt(0) - 64,
      0,
    );
    if (col <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  }
  if (/^(R|C|RC|TRUE|FALSE)$/i.test(name)) return true;
  // Excel reads a name that *starts* with an R1C1 row (R1–R1048576) or column (C1–C16384) as that
  // reference and what follows as more formula: «R2027Drift», «RC3x» read as references too.
  const row = /^R(\d+)/i.exec(name);
  if (row && Number(row[1]) >= 1 && Number(row[1]) <= 1048576) return true;
  const col = /^R?C(\d+)/i.exec(name);
  return col !== null && Number(col[1]) >= 1 && Number(col[1]) <= 16384;
}

/** A name Excel writes without quotes: letters, digits, `_`, `.`; not starting with a digit or `.`. */
function plainName(name: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !readsAsReference(name);
}

/**
 * A formula as Excel stores it: a sheet name quoted without need loses its quotes (Excel gives back
 * `=Økonomiplan!A1` for `='Økonomiplan'!A1`). A bare sheet name that reads as a reference
 * (`=R2026!A1`) is refused, as Excel refuses to parse it.
 */
export function excelSpelling(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      let end = i + 1;
      while (end < formula.length && !(formula[end] === ch && formula[end + 1] !== ch))
        end += formula[end] === ch ? 2 : 1;
      const quoted = formula.slice(i, end + 1);
      const name = formula.slice(i + 1, end).replace(/''/g, "'");
      out += ch === "'" && formula[end + 1] === "!" && plainName(name) ? name : quoted;
      i = end + 1;
      continue;
    }
    const bare = /^[\p{L}\p{N}_.]+(?=!)/u.exec(formula.slice(i));
    if (bare && !/[\p{L}\p{N}_.]/u.test(formula[i - 1] ?? "")) {
      if (readsAsReference(bare[0]) || /^[\d.]/.test(bare[0]))
        throw officeError(
          "InvalidArgument",
          `There's a problem with this formula: ${formula}`,
          "Range.formulas",
        );
      out += bare[0];
      i += bare[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
