/**
 * A workbook described as plain data: the starting point for the memory adapter, the Office.js
 * simulator and the .xlsx fixtures in tests, and for the demo's sample budget.
 */
import type { CellValue, DefinedName, SheetVisibility } from "../../core/workbook/workbook-port";

/** A constant, or a formula (invariant English, with "=") with its last computed value. */
export type SeedCell = CellValue | { formula: string; value?: CellValue };

export type SeedSheet = {
  name: string;
  /** Rows from A1 down; a row may be shorter than others. */
  rows: SeedCell[][];
  tables?: { name: string; range: string }[];
  visibility?: SheetVisibility;
  protected?: boolean;
  /** Merged areas as "A1:D1". */
  merges?: string[];
};

export type WorkbookSeed = {
  sheets: SeedSheet[];
  names?: DefinedName[];
};

export function isFormulaSeed(cell: SeedCell): cell is { formula: string; value?: CellValue } {
  return typeof cell === "object" && cell !== null;
}
