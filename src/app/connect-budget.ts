/**
 * «Koble til budsjett» (issue 4): find the kommune's budget in the workbook, let the user confirm
 * the mapping, remember it in `Gevinst_Config`, and read it again on every open. Connecting reads
 * only; confirming writes only the config sheet and Gevinst names.
 */
import type {
  BudgetDetection,
  BudgetMapping,
  BudgetNotFound,
  DetectOptions,
} from "../core/budget/budget.types";
import { detectBudget } from "../core/budget/detect-budget";
import { parseConfig, configChanges } from "../core/config/config-sheet";
import { CONFIG_SCHEMA_VERSION, CONFIG_SHEET } from "../core/config/config.types";
import type {
  SheetGrid,
  WorkbookChange,
  WorkbookOutline,
  WorkbookPort,
} from "../core/workbook/workbook-port";
import { isGevinstSheet } from "../core/workbook/workbook-port";
import { budgetNameChanges } from "./budget-names";
import { oversize, readFailure } from "./budget-read-errors";
import { failure, type Failure } from "./messages";

export { loadBudget } from "./load-budget";
export type { LoadedBudget, LoadBudgetResult } from "./load-budget";

/** The detector's proposal with what was read (for re-previewing when the user edits a field). */
export type BudgetProposal = BudgetDetection & { grids: SheetGrid[]; outline: WorkbookOutline };

/** A failure to read the workbook: bokmål `message`, and its catalogue key and params. */
export type ConnectFailure = { status: "error" } & Failure;

export type ConnectResult = BudgetProposal | BudgetNotFound | ConnectFailure;

/** The sheets worth reading for a budget: not Gevinst's own, not very hidden. */
export function budgetSheetNames(outline: WorkbookOutline, sheet?: string): string[] {
  return outline.sheets
    .filter((s) => !isGevinstSheet(s.name) && s.visibility !== "veryHidden")
    .filter((s) => sheet === undefined || s.name.toLowerCase() === sheet.toLowerCase())
    .map((s) => s.name);
}

/**
 * Finds the budget and proposes a mapping: one describe(), one readSheets() of every candidate
 * sheet with formulas, detection in core. Writes nothing. Never throws for the workbook's sake:
 * read failures and a missing budget come back as catalogue keys.
 */
export async function connectBudget(
  port: WorkbookPort,
  options: DetectOptions = {},
): Promise<ConnectResult> {
  let outline: WorkbookOutline;
  let grids: SheetGrid[];
  try {
    outline = await port.describe();
    const names = budgetSheetNames(outline, options.sheet);
    if (names.length === 0) {
      const none =
        options.sheet === undefined
          ? failure("NO_BUDGET_SHEETS")
          : failure("SHEET_NOT_IN_WORKBOOK", { sheet: options.sheet });
      return { status: "not-found", ...none, explanation: [none], candidates: [] };
    }
    grids = await port.readSheets(names, { formulas: true });
  } catch (error) {
    return { status: "error", ...readFailure(error) };
  }
  return proposeMapping(outline, grids, options);
}

/**
 * Detection on sheets already read (the budget candidates among `grids`; Gevinst's own sheets
 * are skipped): a sheet larger than Excel allows is refused before the detector looks at it.
 */
export function proposeMapping(
  outline: WorkbookOutline,
  grids: SheetGrid[],
  options: DetectOptions = {},
): BudgetProposal | BudgetNotFound {
  const budgetGrids = grids.filter((g) => !isGevinstSheet(g.name));
  const tooLarge = oversize(budgetGrids);
  if (tooLarge) {
    return { status: "not-found", ...tooLarge, explanation: [tooLarge], candidates: [] };
  }
  const detection = detectBudget(
    { grids: budgetGrids, tables: outline.tables, sheets: outline.sheets },
    options,
  );
  return detection.status === "found" ? { ...detection, grids: budgetGrids, outline } : detection;
}

/**
 * The budget sheets as they are, for mapping by hand (spec §4) when detection found nothing to
 * start from: one describe(), one readSheets() with formulas.
 */
export async function readBudgetSheets(
  port: WorkbookPort,
): Promise<{ status: "read"; grids: SheetGrid[] } | ConnectFailure> {
  try {
    const outline = await port.describe();
    return {
      status: "read",
      grids: await port.readSheets(budgetSheetNames(outline), { formulas: true }),
    };
  } catch (error) {
    return { status: "error", ...readFailure(error) };
  }
}

/**
 * Stores the confirmed mapping in `Gevinst_Config` (very hidden; created if missing), keeping
 * every other setting there, and names each budget sheet (`Gevinst_Budsjett_n`).
 * @throws WorkbookError when the host refuses the write (the caller shows its message).
 */
export async function confirmBudgetMapping(
  port: WorkbookPort,
  mapping: BudgetMapping,
): Promise<void> {
  const outline = await port.describe();
  const exists = outline.sheets.some((s) => s.name === CONFIG_SHEET);
  const [grid] = exists ? await port.readSheets([CONFIG_SHEET]) : [];
  await port.apply(mappingChanges(mapping, outline, grid, port.capabilities.veryHidden));
}

/**
 * The writes that store `mapping`, from the outline and the config sheet already read (absent:
 * it is made): every other setting in the config is kept.
 */
export function mappingChanges(
  mapping: BudgetMapping,
  outline: WorkbookOutline,
  configGrid: SheetGrid | undefined,
  veryHidden: boolean,
): WorkbookChange[] {
  const exists = outline.sheets.some((s) => s.name === CONFIG_SHEET);
  let used: { rows: number; cols: number } | undefined;
  let config = { schemaVersion: CONFIG_SCHEMA_VERSION, entries: {} as Record<string, unknown> };
  if (exists && configGrid) {
    config = parseConfig(configGrid.values).config;
    let width = 0;
    for (const row of configGrid.values) if (row.length > width) width = row.length;
    used = {
      rows: configGrid.origin.row + configGrid.values.length,
      cols: configGrid.origin.col + width,
    };
  }
  const next = { ...config, schemaVersion: CONFIG_SCHEMA_VERSION, budgetMapping: mapping };
  return [...configChanges(next, { exists, used, veryHidden }), ...budgetNameChanges(mapping)];
}
