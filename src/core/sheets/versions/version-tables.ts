/**
 * Tables of fixed values on the version sheets: a section title, a header row and rows, read back
 * by their header texts (not positions), so a column people move or add stays readable.
 */
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { isBlank } from "../shared/cell-values";
import { findColumns, findLabelAnywhere, lastRow, valueAt } from "../shared/parse-grid";
import { at, type SheetDraft } from "../shared/sheet-draft";
import { STYLE_HEADER, STYLE_SECTION, formulaStyle } from "../shared/styles";

export type TableColumn<K extends string> = {
  key: K;
  header: string;
  width: number;
  kind: "text" | "kroner";
};

/**
 * Writes `title`, the header and `rows` from `row` on; returns the first row after the table and
 * a blank one.
 */
export function writeTable<K extends string>(
  draft: SheetDraft,
  row: number,
  title: string,
  columns: readonly TableColumn<K>[],
  rows: readonly Record<K, CellValue>[],
): number {
  draft.label(row, 0, title);
  draft.format(at(row, 0), STYLE_SECTION);
  row++;
  columns.forEach((c, col) => draft.label(row, col, c.header));
  draft.format(at(row, 0, 1, columns.length), STYLE_HEADER);
  row++;
  const first = row;
  for (const values of rows) {
    columns.forEach((c, col) => draft.label(row, col, values[c.key]));
    row++;
  }
  if (row > first)
    columns.forEach((c, col) => draft.format(at(first, col, row - first, 1), formulaStyle(c.kind)));
  return row + 1;
}

/**
 * The rows of the table under `title`, each as its cells by column key, down to the first row
 * whose first column is blank (the blank row that ends every table).
 */
export function readTable<K extends string>(
  grid: SheetGrid | undefined,
  title: string,
  columns: readonly TableColumn<K>[],
): Record<K, CellValue>[] {
  if (!grid) return [];
  const found = findLabelAnywhere(grid, title);
  if (!found) return [];
  const header = found.row + 1;
  const cols = findColumns(
    grid,
    header,
    Object.fromEntries(columns.map((c) => [c.key, c.header])),
  ) as Partial<Record<K, number>>;
  const firstKey = columns[0]?.key;
  const rows: Record<K, CellValue>[] = [];
  for (let row = header + 1; row <= lastRow(grid); row++) {
    const get = (key: K) => (cols[key] === undefined ? null : valueAt(grid, row, cols[key]));
    if (firstKey === undefined || isBlank(get(firstKey))) break;
    rows.push(Object.fromEntries(columns.map((c) => [c.key, get(c.key)])) as Record<K, CellValue>);
  }
  return rows;
}

/** A cell as trimmed text ("" for blank). */
export function cellText(value: CellValue): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** A cell as a finite number, or 0 (the sheet holds fixed values Gevinst wrote). */
export function cellNumber(value: CellValue): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
