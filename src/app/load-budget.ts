/**
 * Reading the connected budget on every open: the config and the budget sheets in one read,
 * the mapping re-checked (moved header, renamed or vanished sheet), the lines parsed and indexed.
 */
import type { BudgetIndex } from "../core/budget/budget-index";
import { createBudgetIndex, indexOptionsOf } from "../core/budget/budget-index";
import { readBudgetLines } from "../core/budget/budget-lines";
import type { BudgetLine, BudgetMapping } from "../core/budget/budget.types";
import type { MappingCheck } from "../core/budget/check-mapping";
import { checkMapping } from "../core/budget/check-mapping";
import { parseConfig } from "../core/config/config-sheet";
import type { GevinstConfig } from "../core/config/config.types";
import { CONFIG_SHEET } from "../core/config/config.types";
import type { Issue, MessageRef } from "../core/model/issue.types";
import type { SheetGrid, WorkbookOutline, WorkbookPort } from "../core/workbook/workbook-port";
import { budgetNameSheets } from "./budget-names";
import { oversize, readFailure } from "./budget-read-errors";
import { failure, type Failure } from "./messages";

export type LoadedBudget = {
  status: "loaded";
  /** The mapping the lines were read with (relocated where the header moved). */
  mapping: BudgetMapping;
  lines: BudgetLine[];
  index: BudgetIndex;
  /** Damaged config, vanished sheets: Norwegian, with codes SHEET_DAMAGED / BUDGET_NOT_FOUND. */
  issues: Issue[];
  /** The re-check: when `check.remap`, offer «Koble til budsjett» again with `check.refs`. */
  check: MappingCheck;
  config: GevinstConfig;
  /** Set when the config was written by an older Gevinst and migrated on reading (not yet saved). */
  migratedFrom?: number;
};

export type LoadBudgetResult =
  | LoadedBudget
  | ({ status: "not-connected"; issues: Issue[] } & Failure)
  | ({ status: "error" } & Failure);

const NOT_CONNECTED = failure("NOT_CONNECTED");

function budgetIssue(ref: MessageRef): Issue {
  return { severity: "error", code: "BUDGET_NOT_FOUND", ...ref };
}

/**
 * Loads the connected budget. One describe() and one readSheets() (a second only when the
 * `Gevinst_Budsjett_n` names are missing). Never throws: read failures come back as messages.
 */
export async function loadBudget(port: WorkbookPort): Promise<LoadBudgetResult> {
  try {
    const outline = await port.describe();
    if (!outline.sheets.some((s) => s.name === CONFIG_SHEET))
      return { status: "not-connected", ...NOT_CONNECTED, issues: [] };
    const exists = (name: string): boolean => outline.sheets.some((s) => s.name === name);
    const hinted = budgetNameSheets(outline.names);
    const first = [CONFIG_SHEET, ...new Set([...hinted.values()].filter(exists))];
    const grids = await port.readSheets(first, { formulas: true });
    const configGrid = grids.find((g) => g.name === CONFIG_SHEET);
    const { config, issues, migratedFrom } = parseConfig(configGrid?.values ?? []);
    const stored = config.budgetMapping;
    if (!stored) return { status: "not-connected", ...NOT_CONNECTED, issues };
    const mapping = followRenames(stored, hinted, outline, issues);
    const missing = [...new Set(mapping.sources.map((s) => s.sheet))].filter(
      (name) => exists(name) && !grids.some((g) => g.name === name),
    );
    if (missing.length > 0) grids.push(...(await port.readSheets(missing, { formulas: true })));
    const loaded = readLoaded(mapping, grids, outline, issues, config);
    return loaded.status === "loaded" && migratedFrom !== undefined
      ? { ...loaded, migratedFrom }
      : loaded;
  } catch (error) {
    return { status: "error", ...readFailure(error) };
  }
}

/** A source whose sheet is gone but whose Gevinst name now points at another sheet was renamed. */
function followRenames(
  mapping: BudgetMapping,
  hinted: Map<number, string>,
  outline: WorkbookOutline,
  issues: Issue[],
): BudgetMapping {
  const sources = mapping.sources.map((source, i) => {
    const now = hinted.get(i);
    const gone = !outline.sheets.some((s) => s.name === source.sheet);
    if (!gone || now === undefined || now === source.sheet) return source;
    if (!outline.sheets.some((s) => s.name === now)) return source;
    issues.push({
      severity: "warning",
      code: "BUDGET_NOT_FOUND",
      key: "BUDGET_SHEET_RENAMED",
      params: { from: source.sheet, to: now },
      sheet: now,
    });
    return { ...source, sheet: now };
  });
  return { ...mapping, sources };
}

function readLoaded(
  stored: BudgetMapping,
  grids: SheetGrid[],
  outline: WorkbookOutline,
  issues: Issue[],
  config: GevinstConfig,
): LoadedBudget | ({ status: "error" } & Failure) {
  const tooLarge = oversize(grids);
  if (tooLarge) return { status: "error", ...tooLarge };
  const check = checkMapping(stored, grids, outline.tables);
  if (!check.mapping) check.refs.forEach((ref) => issues.push(budgetIssue(ref)));
  const mapping = check.mapping ?? stored;
  const lines = check.mapping ? readBudgetLines(mapping, grids).lines : [];
  if (check.mapping && lines.length === 0)
    issues.push(
      budgetIssue({
        key: "BUDGET_NO_LINES",
        params: {},
      }),
    );
  const index = createBudgetIndex(lines, indexOptionsOf(mapping));
  return { status: "loaded", mapping, lines, index, issues, check, config };
}
