/**
 * «A3 per enhet» (spec §11, optional): the units that get an A3 of their own live in one input
 * cell on «Gevinst Innstillinger», where a person types them. The planner reads that cell from
 * the sheets it is given, so a use-case that sets the units (`gevinst init --enhet`) hands the
 * planner the sheet as it will be once the units are typed — and plans the unit A3s, the cell and
 * everything else in one write.
 */
import { settingsRows } from "../core/sheets/settings/render-settings";
import { A3_UNITS_LABEL } from "../core/sheets/settings/settings.layout";
import { findLabel } from "../core/sheets/shared/parse-grid";
import { SHEET_SETTINGS } from "../core/sheets/shared/sheet-names";
import type { WorkbookState } from "../core/sheets/plan-workbook";
import type { CellValue, SheetGrid, WorkbookChange } from "../core/workbook/workbook-port";

export type TypedA3Units = {
  /** The state the planner plans from: the settings grid holds `text` in the units cell. */
  state: WorkbookState;
  /**
   * The write of the cell itself when the settings sheet exists already: the planner never
   * overwrites an input cell on a sheet that is there, so it would not type the units. Empty
   * when the sheet is new (the planner writes the whole sheet, the units with it) or the cell
   * holds the units already.
   */
  changes: WorkbookChange[];
};

/** `state` as if `text` had been typed into «A3 per enhet». */
export function typeA3Units(state: WorkbookState, text: string): TypedA3Units {
  const present = state.grids.find((g) => g.name === SHEET_SETTINGS);
  const exists = state.sheets.some((s) => s.name === SHEET_SETTINGS);
  const grid = present ?? { name: SHEET_SETTINGS, origin: { row: 0, col: 0 }, values: [] };
  const row = findLabel(grid, 0, A3_UNITS_LABEL) ?? (settingsRows().a3Units as number);
  const typed = withCell(withCell(grid, row, 0, A3_UNITS_LABEL), row, 1, text);
  const grids = [...state.grids.filter((g) => g !== present), typed];
  const unchanged = present !== undefined && cellOf(present, row, 1) === text;
  return {
    state: { ...state, grids },
    changes:
      !exists || unchanged
        ? []
        : [
            { kind: "unprotectSheet", sheet: SHEET_SETTINGS },
            {
              kind: "writeCells",
              sheet: SHEET_SETTINGS,
              at: { row, col: 1 },
              cells: [[{ kind: "value", value: text }]],
            },
            { kind: "protectSheet", sheet: SHEET_SETTINGS },
          ],
  };
}

function cellOf(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/**
 * A copy of `grid` with one value set, grown (its origin moved up or left where needed, its
 * formulas and number formats moved with it) so the cell lies inside.
 */
function withCell(grid: SheetGrid, row: number, col: number, value: CellValue): SheetGrid {
  const origin = { row: Math.min(grid.origin.row, row), col: Math.min(grid.origin.col, col) };
  const shift = <T>(rows: readonly (readonly T[])[]): T[][] => {
    const moved: T[][] = Array.from({ length: grid.origin.row - origin.row }, () => []);
    const pad = Array.from({ length: grid.origin.col - origin.col }, () => null as T);
    for (const cells of rows) moved.push([...pad, ...cells]);
    return moved;
  };
  const values = shift(grid.values);
  const line = values[row - origin.row] ?? [];
  while (values.length <= row - origin.row) values.push([]);
  while (line.length <= col - origin.col) line.push(null);
  line[col - origin.col] = value;
  values[row - origin.row] = line;
  return {
    ...grid,
    origin,
    values,
    ...(grid.formulas ? { formulas: shift(grid.formulas) } : {}),
    ...(grid.numberFormats ? { numberFormats: shift(grid.numberFormats) } : {}),
  };
}
