/**
 * The key columns of the budget changes file, as the budget itself has them (spec §15): in the
 * budget sheet's column order, with the budget's header texts («konto», «tjeneste_nr»), so the
 * budget system recognises its own columns.
 */
import { KEY_DIMENSIONS, type BudgetMapping } from "../budget/budget.types";
import type { SheetGrid } from "../workbook/workbook-port";
import { valueAt } from "../sheets/shared/parse-grid";
import type { ChangeColumn } from "./budget-changes.types";

/**
 * Every key dimension any source has, ordered by its column in the first source that has it;
 * the header is that source's header cell (the dimension's code name when the cell is blank or
 * the sheet was not read). Sources of one budget share their layout, so the first one decides.
 */
export function changeColumns(mapping: BudgetMapping, grids: readonly SheetGrid[]): ChangeColumn[] {
  const found: (ChangeColumn & { source: number; col: number })[] = [];
  for (const dimension of KEY_DIMENSIONS) {
    const source = mapping.sources.findIndex((s) => s.keyColumns[dimension] !== undefined);
    if (source < 0) continue;
    const where = mapping.sources[source]!;
    const col = where.keyColumns[dimension] as number;
    const grid = grids.find((g) => g.name === where.sheet);
    const cell = grid ? valueAt(grid, where.headerRow, col) : null;
    const header = cell === null ? "" : String(cell).trim();
    found.push({ dimension, header: header === "" ? dimension : header, source, col });
  }
  return found
    .sort((a, b) => a.source - b.source || a.col - b.col)
    .map(({ dimension, header }) => ({ dimension, header }));
}
