/**
 * Cells of a `SheetGrid` by sheet coordinates (grids start at their used range's origin and rows
 * may be ragged).
 */
import type { CellValue, SheetGrid } from "../workbook/workbook-port";

/** The value at 0-based sheet (row, col), or null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The formula at 0-based sheet (row, col), or null for a constant or when not read. */
export function formulaAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.formulas?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The last 0-based sheet row of the grid (origin − 1 when it is empty). */
export function lastGridRow(grid: SheetGrid): number {
  return grid.origin.row + grid.values.length - 1;
}

/** The last 0-based sheet column of the grid's widest row. */
export function lastGridCol(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  return grid.origin.col + width - 1;
}

/** Whether a cell holds nothing (null or only spaces). */
export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}
