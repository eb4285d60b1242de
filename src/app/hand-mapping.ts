/**
 * The pane's rule of hand mapping (spec §4): what the hand-mapping editor holds and the mapping it
 * gives on the grids already read. A use-case rule, so it lives here and not in a component; the
 * command line's `--header-row/--columns` reaches the same `manualMapping` in core.
 */
import {
  manualMapping,
  type ManualProblem,
  type ManualResult,
} from "../core/budget/manual-mapping";
import { carriedYears } from "../core/budget/plan-years";
import type { BudgetMapping, KeyDimension } from "../core/budget/budget.types";
import type { SheetGrid } from "../core/workbook/workbook-port";
import { failure, type Failure } from "./messages";

/**
 * The hand mapping the editor holds (spec §4): sheet, header row, a column per key dimension,
 * the budget year and a column per plan year B..B+3 (undefined: carried forward from B).
 */
export type HandChoice = {
  sheet: string;
  /** 0-based sheet row. */
  headerRow: number;
  keys: Partial<Record<KeyDimension, number>>;
  budgetYear: number;
  yearColumns: (number | undefined)[];
};

/** A hand choice to start from: the draft's source when there is one, else the first sheet. */
export function handChoiceFrom(
  mapping: BudgetMapping | null,
  grids: readonly SheetGrid[],
  thisYear: number,
): HandChoice {
  const source = mapping?.sources[0];
  if (source && mapping) {
    const carried = carriedYears(source);
    return {
      sheet: source.sheet,
      headerRow: source.headerRow,
      keys: { ...source.keyColumns },
      budgetYear: mapping.budgetYear,
      yearColumns: source.planColumns.map((col, i) => (carried[i] ? undefined : col)),
    };
  }
  const grid = grids[0];
  return {
    sheet: grid?.name ?? "",
    headerRow: grid?.origin.row ?? 0,
    keys: {},
    budgetYear: thisYear + 1,
    yearColumns: [undefined, undefined, undefined, undefined],
  };
}

/** The mapping a hand choice gives on the grids, or the problem with it. */
export function handMappingOf(grids: readonly SheetGrid[], choice: HandChoice): ManualResult {
  const grid = grids.find((g) => g.name === choice.sheet);
  if (!grid) return problem(failure("SHEET_NOT_IN_WORKBOOK", { sheet: choice.sheet }));
  const years = choice.yearColumns.flatMap((col, i) =>
    col === undefined ? [] : [{ col, year: choice.budgetYear + i }],
  );
  if (choice.yearColumns[0] === undefined)
    return problem(failure("MAPPING_NO_AMOUNT_COLUMN", { year: choice.budgetYear }));
  return manualMapping(grid, {
    sheet: choice.sheet,
    headerRow: choice.headerRow,
    keys: choice.keys,
    years,
    budgetYear: choice.budgetYear,
  });
}

const problem = (failure: Failure): ManualProblem => ({ problem: failure });
