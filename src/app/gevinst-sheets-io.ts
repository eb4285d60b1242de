/**
 * Reading the workbook for the Gevinst-sheet use-cases, in one describe() and one readSheets():
 * every Gevinst sheet (values and formulas), the config sheet for the budget mapping and,
 * when asked, the budget sheets themselves.
 */
import type { BudgetMapping } from "../core/budget/budget.types";
import { parseConfig } from "../core/config/config-sheet";
import { CONFIG_SHEET } from "../core/config/config.types";
import type { WorkbookState } from "../core/sheets/plan-workbook";
import { readGevinstSheets, type GevinstRead } from "../core/sheets/read-workbook";
import type { SheetGrid, WorkbookOutline, WorkbookPort } from "../core/workbook/workbook-port";
import { isGevinstSheet } from "../core/workbook/workbook-port";

export type GevinstWorkbook = {
  outline: WorkbookOutline;
  grids: SheetGrid[];
  read: GevinstRead;
  state: WorkbookState;
  /** The confirmed budget mapping from the config sheet, or null when none is stored. */
  storedMapping: BudgetMapping | null;
};

/**
 * @param options.mapping a mapping the caller already has (it wins over the stored one).
 * @param options.withBudget also read the budget sheets (for the report's budget lines).
 */
export async function readGevinstWorkbook(
  port: WorkbookPort,
  options: { mapping?: BudgetMapping; withBudget?: boolean; budgetYear?: number } = {},
): Promise<GevinstWorkbook> {
  const outline = await port.describe();
  const names = outline.sheets.map((s) => s.name);
  const wanted = gevinstSheetNames(outline);
  const budgetSheets = new Set<string>();
  if (options.withBudget) {
    for (const source of options.mapping?.sources ?? []) budgetSheets.add(source.sheet);
    // Without a mapping in hand the stored one names the sheets; reading every non-Gevinst
    // sheet keeps it to one round trip.
    if (!options.mapping)
      for (const name of names) if (!isGevinstSheet(name)) budgetSheets.add(name);
  }
  const toRead = [
    ...wanted,
    ...[...budgetSheets].filter((n) => names.includes(n) && !wanted.includes(n)),
  ];
  const grids = toRead.length > 0 ? await port.readSheets(toRead, { formulas: true }) : [];
  return gevinstWorkbookOf(outline, grids, options);
}

/** The Gevinst sheets there are (the config sheet among them): what a set-up or refresh reads. */
export function gevinstSheetNames(outline: WorkbookOutline): string[] {
  return outline.sheets.map((s) => s.name).filter((name) => isGevinstSheet(name));
}

/**
 * The Gevinst workbook from sheets already read (`grids` holds the Gevinst sheets and maybe
 * others), for a use-case that reads more than the Gevinst sheets in the same round trip.
 */
export function gevinstWorkbookOf(
  outline: WorkbookOutline,
  grids: SheetGrid[],
  options: { mapping?: BudgetMapping; budgetYear?: number } = {},
): GevinstWorkbook {
  const configGrid = grids.find((g) => g.name === CONFIG_SHEET);
  const storedMapping = configGrid
    ? (parseConfig(configGrid.values).config.budgetMapping ?? null)
    : null;
  const mapping = options.mapping ?? storedMapping;
  const gevinstGrids = grids.filter((g) => isGevinstSheet(g.name) && g.name !== CONFIG_SHEET);
  const read = readGevinstSheets(gevinstGrids, options.budgetYear ?? mapping?.budgetYear);
  const state: WorkbookState = {
    sheets: outline.sheets,
    names: outline.names,
    grids: gevinstGrids,
    deepDiveSheets: read.deepDiveSheets,
  };
  return { outline, grids, read, state, storedMapping };
}
