/** A scanned cell's value as the port reads it (dates as serial numbers, errors as their text). */
import type { CellValue } from "../../core/workbook/workbook-port";
import { fromA1 } from "../../core/workbook/address";
import { dateToSerial } from "../../core/sheets/shared/cell-values";
import { shiftFormula } from "./formula-shift";
import type { ScannedCell } from "./sheet-scan";

/** An ISO 8601 date (a t="d" cell) → serial number in the workbook's date system. */
function dateCellSerial(iso: string, date1904: boolean): number | null {
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(iso)
    ? iso
    : `${iso.includes("T") ? iso : `${iso}T00:00:00`}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) return null;
  return dateToSerial(new Date(ms), date1904);
}

export function cellValue(
  cell: ScannedCell,
  sharedStrings: readonly string[] | null,
  date1904: boolean,
): CellValue {
  const raw = cell.raw;
  if (raw === null) return null;
  switch (cell.type) {
    case "s":
      return sharedStrings?.[Number(raw)] ?? "";
    case "inlineStr":
    case "str":
    case "e":
      return raw;
    case "b":
      return raw === "1" || raw === "true";
    case "d":
      return dateCellSerial(raw, date1904) ?? raw;
    default: {
      if (raw === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

/** Remembers shared formulas' master cells to give every cell its own formula text. */
export class FormulaReader {
  private readonly masters = new Map<string, { text: string; row: number; col: number }>();

  /** "=…" for the cell, or null. */
  formula(cell: ScannedCell): string | null {
    const f = cell.formula;
    if (!f) return null;
    if (f.t === "shared" && f.si !== undefined) {
      if (f.text !== "") {
        this.masters.set(f.si, { text: f.text, row: cell.row, col: cell.col });
        return `=${f.text}`;
      }
      const master = this.masters.get(f.si);
      if (!master) return null;
      return `=${shiftFormula(master.text, cell.row - master.row, cell.col - master.col)}`;
    }
    if (f.text === "") return null;
    return `=${f.text}`;
  }
}

/** "B3" → 0-based; used for refs in the tail (merges, validations). */
export function parseRef(ref: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = ref.split(":") as [string, string | undefined];
  const start = fromA1(a);
  const end = b ? fromA1(b) : start;
  return {
    row: start.row,
    col: start.col,
    rows: end.row - start.row + 1,
    cols: end.col - start.col + 1,
  };
}
