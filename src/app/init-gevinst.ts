/**
 * Setting a workbook up for Gevinst in one go (`gevinst init`): find the budget — detected, or
 * mapped by hand (spec §4) — store the mapping, add the Gevinst sheets and, when units are named,
 * type them into «A3 per enhet» so each gets its A3 (spec §11). One describe(), one readSheets()
 * of the budget and Gevinst sheets, one apply(): the steps the pane takes one button at a time
 * (connect, confirm, set up) planned on the same read and written in one batch.
 */
import {
  createBudgetIndex,
  mappingHasProsjekt,
  type BudgetIndex,
} from "../core/budget/budget-index";
import { readBudgetLines } from "../core/budget/budget-lines";
import type {
  BadAmountCell,
  BudgetCandidate,
  BudgetMapping,
  DetectOptions,
} from "../core/budget/budget.types";
import type { ManualColumns } from "../core/budget/manual-mapping";
import type { MessageRef } from "../core/model/issue.types";
import { formatA3Units, type A3Unit } from "../core/sheets/a3/render-a3-unit";
import { a3UnitSheetName } from "../core/sheets/shared/sheet-names";
import { CONFIG_SHEET } from "../core/config/config.types";
import type { SheetGrid, WorkbookOutline, WorkbookPort } from "../core/workbook/workbook-port";
import { budgetSheetNames, mappingChanges, proposeMapping } from "./connect-budget";
import { readFailure } from "./budget-read-errors";
import { gevinstSheetNames, gevinstWorkbookOf } from "./gevinst-sheets-io";
import { explainHandMapping, mapByHand, type HandMappingSaid } from "./hand-mapping";
import { planSetUp, resultOf, type ActionContext, type SheetsResult } from "./set-up-sheets";

/** Columns named by hand: the header row (0-based), a column per key dimension, amount years. */
export type HandColumns = Pick<ManualColumns, "headerRow" | "keys" | "years">;

export type InitOptions = ActionContext & {
  /** Only this sheet (compared without case); by hand without it: the first budget sheet. */
  sheet?: string;
  budgetYear?: number;
  /** Map these columns instead of detecting the budget. */
  byHand?: HandColumns;
  /** The units that get an A3 of their own; each must have a line in the budget. */
  a3Units?: readonly A3Unit[];
  /** Hand the budget's lines back (an import next stores each linked line's budget row). */
  withBudget?: boolean;
};

/** How the budget was found: the detector's explanation, or what the hand mapping gives. */
export type HowFound =
  | { how: "detected"; lines: MessageRef[] }
  | ({ how: "hand"; sheet: string; headerRow: number } & HandMappingSaid);

export type InitDone = {
  status: "done";
  mapping: BudgetMapping;
  found: HowFound;
  /** Amount cells that are not numbers (read as 0). */
  badCells: BadAmountCell[];
  /** With `withBudget` or units: the budget's lines, indexed. */
  budget?: BudgetIndex;
  sheets: SheetsResult;
  /** Each unit's A3 sheet. */
  a3Sheets: { unit: A3Unit; sheet: string }[];
};

export type InitResult =
  | InitDone
  /** The workbook could not be read. */
  | { status: "error"; ref: MessageRef }
  /** Detection found no budget; `candidates`, best first, say what came nearest. */
  | { status: "not-found"; ref: MessageRef; candidates: BudgetCandidate[] }
  /** The hand mapping will not do (its sheet is missing, a key column lacks, no lines). */
  | { status: "bad-mapping"; ref: MessageRef }
  /** A unit the budget has no line for: its A3 would be empty. Nothing is written. */
  | { status: "unit-not-in-budget"; unit: A3Unit };

type Found = {
  mapping: BudgetMapping;
  found: HowFound;
  /** The detector's own (it may have read more sheets than the mapping keeps). */
  badCells?: BadAmountCell[];
};

/**
 * A failed read comes back as `error`, a refusal before anything is written as its status.
 * @throws WorkbookError when the host refuses the one write.
 */
export async function initGevinst(port: WorkbookPort, options: InitOptions): Promise<InitResult> {
  let outline: WorkbookOutline;
  let grids: SheetGrid[];
  try {
    outline = await port.describe();
    const budgetSheets = budgetSheetsToRead(outline, options);
    const names = [...new Set([...budgetSheets, ...gevinstSheetNames(outline)])];
    grids = names.length > 0 ? await port.readSheets(names, { formulas: true }) : [];
  } catch (error) {
    const { key, params } = readFailure(error);
    return { status: "error", ref: { key, params } };
  }
  const found = options.byHand
    ? byHand(outline, grids, options.byHand, options)
    : detected(outline, grids, options);
  if ("status" in found) return found;
  const { mapping } = found;
  const units = options.a3Units ?? [];
  // The lines are indexed only when asked for or needed for the unit A3s: a budget of half a
  // million lines costs memory that a plain init (detect, set up, save) does not need.
  const read = options.withBudget || units.length > 0 ? readBudgetLines(mapping, grids) : null;
  const budget = read
    ? createBudgetIndex(read.lines, { hasProsjekt: mappingHasProsjekt(mapping) })
    : undefined;
  const missing = units.find(
    (unit) => !budget?.lines.some((line) => line.key[unit.dimension].trim() === unit.code),
  );
  if (missing) return { status: "unit-not-in-budget", unit: missing };
  const badCells = found.badCells ?? read?.badCells ?? readBudgetLines(mapping, grids).badCells;

  const workbook = gevinstWorkbookOf(outline, grids, { mapping, budgetYear: mapping.budgetYear });
  const plan = planSetUp(workbook, {
    mapping,
    now: options.now,
    user: options.user,
    ...(budget ? { budget } : {}),
    ...(units.length > 0 ? { a3Units: formatA3Units(units) } : {}),
  });
  const config = grids.find((g) => g.name === CONFIG_SHEET);
  await port.apply([
    ...mappingChanges(mapping, outline, config, port.capabilities.veryHidden),
    ...plan.changes,
  ]);
  return {
    status: "done",
    mapping,
    found: found.found,
    badCells,
    ...(budget ? { budget } : {}),
    sheets: resultOf(plan),
    a3Sheets: a3SheetsOf(units),
  };
}

/** The budget sheets worth reading: the one asked for, or every candidate. */
function budgetSheetsToRead(outline: WorkbookOutline, options: InitOptions): string[] {
  const candidates = budgetSheetNames(outline, options.sheet);
  // By hand without a sheet named, the first budget sheet is the one the columns are on.
  return options.byHand && options.sheet === undefined ? candidates.slice(0, 1) : candidates;
}

function detected(
  outline: WorkbookOutline,
  grids: SheetGrid[],
  options: InitOptions,
): Found | InitResult {
  const detect: DetectOptions = {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.budgetYear === undefined ? {} : { budgetYear: options.budgetYear }),
  };
  if (budgetSheetNames(outline, options.sheet).length === 0)
    return { status: "not-found", ref: noSheet(options.sheet), candidates: [] };
  const proposal = proposeMapping(outline, grids, detect);
  if (proposal.status !== "found")
    return {
      status: "not-found",
      ref: { key: proposal.key, params: proposal.params },
      candidates: proposal.candidates,
    };
  return {
    mapping: proposal.mapping,
    found: { how: "detected", lines: proposal.explanation },
    badCells: proposal.badCells,
  };
}

function byHand(
  outline: WorkbookOutline,
  grids: SheetGrid[],
  columns: HandColumns,
  options: InitOptions,
): Found | InitResult {
  const [sheet] = budgetSheetsToRead(outline, options);
  if (sheet === undefined) return { status: "bad-mapping", ref: noSheet(options.sheet) };
  const result = mapByHand(grids, {
    sheet,
    ...columns,
    ...(options.budgetYear === undefined ? {} : { budgetYear: options.budgetYear }),
  });
  if ("problem" in result) return { status: "bad-mapping", ref: result.problem };
  return {
    mapping: result.mapping,
    found: {
      how: "hand",
      sheet,
      headerRow: columns.headerRow,
      ...explainHandMapping(grids, result.mapping),
    },
  };
}

function noSheet(sheet: string | undefined): MessageRef {
  return sheet === undefined
    ? { key: "NO_BUDGET_SHEETS", params: {} }
    : { key: "SHEET_NOT_IN_WORKBOOK", params: { sheet } };
}

/** Each unit's A3 sheet, named as the planner names a new one. */
function a3SheetsOf(units: readonly A3Unit[]): { unit: A3Unit; sheet: string }[] {
  const taken: string[] = [];
  return units.map((unit) => {
    const sheet = a3UnitSheetName(unit, taken);
    taken.push(sheet);
    return { unit, sheet };
  });
}
