/**
 * Reading a SheetGrid: cells by sheet position, labels found by text (not position), and the
 * structure marker Gevinst left.
 */
import { normaliseLabel } from "./layout.types";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { LEGACY_MARKER_COL, MARKER_COL, MARKER_PREFIX, MARKER_ROW } from "./sheet-draft";

/** The value at a 0-based sheet position (null outside the used range). */
export function valueAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The last used row (0-based), or -1 for an empty sheet. */
export function lastRow(grid: SheetGrid): number {
  return grid.origin.row + grid.values.length - 1;
}

/** The widest used column + 1. */
function usedWidth(grid: SheetGrid): number {
  return grid.origin.col + Math.max(0, ...grid.values.map((row) => row.length));
}

/** Rows (0-based) whose cell in `col` reads `label` (case and spacing ignored). */
function rowsWithLabel(grid: SheetGrid, col: number, label: string, from = 0): number[] {
  const want = normaliseLabel(label);
  const rows: number[] = [];
  for (let row = Math.max(from, grid.origin.row); row <= lastRow(grid); row++) {
    if (normaliseLabel(valueAt(grid, row, col)) === want) rows.push(row);
  }
  return rows;
}

/** The first row with `label` in `col` at or after `from`, or null. */
export function findLabel(grid: SheetGrid, col: number, label: string, from = 0): number | null {
  return rowsWithLabel(grid, col, label, from)[0] ?? null;
}

/** Header text → column in a row, for the headers wanted (missing ones are left out). */
export function findColumns(
  grid: SheetGrid,
  row: number,
  headers: Record<string, string>,
): Record<string, number> {
  const byLabel = new Map<string, number>();
  for (let col = grid.origin.col; col < usedWidth(grid); col++) {
    const label = normaliseLabel(valueAt(grid, row, col));
    if (label !== "" && !byLabel.has(label)) byLabel.set(label, col);
  }
  const result: Record<string, number> = {};
  for (const [field, header] of Object.entries(headers)) {
    const col = byLabel.get(normaliseLabel(header));
    if (col !== undefined) result[field] = col;
  }
  return result;
}

/** The structure marker Gevinst wrote in the sheet, or null. */
export function readMarker(grid: SheetGrid): string | null {
  return markerAt(grid, MARKER_COL) ?? markerAt(grid, LEGACY_MARKER_COL);
}

/** The marker in column `col` of the marker row, or null. */
export function markerAt(grid: SheetGrid, col: number): string | null {
  const value = valueAt(grid, MARKER_ROW, col);
  return typeof value === "string" && value.startsWith(MARKER_PREFIX) ? value : null;
}

/** The first cell anywhere that reads `label`, or null. */
export function findLabelAnywhere(
  grid: SheetGrid,
  label: string,
): { row: number; col: number } | null {
  const want = normaliseLabel(label);
  for (let row = grid.origin.row; row <= lastRow(grid); row++)
    for (let col = grid.origin.col; col < usedWidth(grid); col++)
      if (normaliseLabel(valueAt(grid, row, col)) === want) return { row, col };
  return null;
}
