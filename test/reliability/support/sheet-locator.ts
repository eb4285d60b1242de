/**
 * Finding a line manager's input cells on the deep-dive sheets the way a person would: by the
 * deep-dive id in the analysis block, by a measure's or a benefit's id in its section, and by the
 * column header — never by a fixed address, so the tests follow rows that moved or sheets that
 * were renamed.
 */
import { toA1 } from "../../../src/core/workbook/address";
import type { CellValue, SheetGrid } from "../../../src/core/workbook/workbook-port";
import { isDeepDiveSheet } from "../../../src/core/sheets/shared/sheet-names";
import type { Host } from "./hosts";

export type Located = { sheet: string; a1: string };

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);

async function deepDiveGrids(host: Host): Promise<SheetGrid[]> {
  const names = host.sheetNames().filter(isDeepDiveSheet);
  return names.length === 0 ? [] : host.port.readSheets(names);
}

/** Sheet row (0-based) of the section title in column A, or -1. */
function sectionRow(grid: SheetGrid, title: string): number {
  const r = grid.values.findIndex((row) => text(row[0]) === title);
  return r < 0 ? -1 : r;
}

function cellOf(grid: SheetGrid, r: number, c: number): Located {
  return { sheet: grid.name, a1: toA1({ row: grid.origin.row + r, col: grid.origin.col + c }) };
}

/** The cell right of a label in the analysis block («Navn», «Ansvarlig» …) of deep-dive `id`. */
export async function locateDeepDiveField(
  host: Host,
  id: string,
  label: string,
): Promise<Located | null> {
  for (const grid of await deepDiveGrids(host)) {
    const idRow = grid.values.findIndex((row) => text(row[0]) === "Dypdykk-id");
    if (idRow < 0 || text(grid.values[idRow]?.[1]) !== id) continue;
    const r = grid.values.findIndex((row, i) => i >= idRow && text(row[0]) === label);
    if (r >= 0) return cellOf(grid, r, 1);
  }
  return null;
}

/**
 * The cell under `header` in the row of section `title` whose column `idCol` holds `id`
 * (measures: «Tiltak», column 0; benefits: «Gevinster», column 1).
 */
export async function locateRowField(
  host: Host,
  title: string,
  idCol: number,
  id: string,
  header: string,
): Promise<Located | null> {
  for (const grid of await deepDiveGrids(host)) {
    const start = sectionRow(grid, title);
    if (start < 0) continue;
    const headers = grid.values[start + 1] ?? [];
    const c = headers.findIndex((h) => text(h) === header);
    for (let r = start + 2; r < grid.values.length; r++) {
      const first = text(grid.values[r]?.[0]);
      if (first !== "" && grid.values[r]?.slice(1).every((v) => v === null || v === "")) break;
      if (text(grid.values[r]?.[idCol]) === id && c >= 0) return cellOf(grid, r, c);
    }
  }
  return null;
}

/** The first empty row of the measures section on deep-dive `deepDiveId`'s sheet, or null. */
export async function locateSpareMeasureRow(
  host: Host,
  deepDiveId: string,
): Promise<{ sheet: string; row: number; headers: string[] } | null> {
  for (const grid of await deepDiveGrids(host)) {
    const idRow = grid.values.findIndex((row) => text(row[0]) === "Dypdykk-id");
    if (idRow < 0 || text(grid.values[idRow]?.[1]) !== deepDiveId) continue;
    const start = sectionRow(grid, "Tiltak");
    if (start < 0) return null;
    const headers = (grid.values[start + 1] ?? []).map(text);
    for (let r = start + 2; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      if (text(row[0]) === "Gevinster") return null;
      if (row.every((v) => v === null || v === "")) {
        // A blank row directly before the next section's title is the section's end, not a spare row.
        if (text(grid.values[r + 1]?.[0]) === "Gevinster") return null;
        return { sheet: grid.name, row: grid.origin.row + r, headers };
      }
    }
  }
  return null;
}
