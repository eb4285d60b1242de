/**
 * The budget changes out (spec §15): the budget adjustments per line and plan year as the kommune's
 * budget system imports them — one row per key × year, the budget's own key columns first.
 */
import type { KeyDimension } from "../budget/budget.types";
import type { NormalisedKey } from "../model/portfolio.types";

/** One key column of the file: the budget's dimension and the header text the budget gives it. */
export type ChangeColumn = { dimension: KeyDimension; header: string };

/** One row: a budget line's change in one plan year, in whole kroner. */
export type BudgetChangeRow = {
  key: NormalisedKey;
  /** The plan year ("2027"). */
  year: string;
  /**
   * round(adjusted) − round(original), whole kroner in the budget's sign (expenses positive,
   * incomes negative; docs/model.md §4b): summed onto the line, the rounded original becomes
   * exactly the rounded adjusted figure the report and the budget-link sheet show.
   */
  amount: number;
  /** The measures that move the line that year, in the portfolio's order. */
  measures: string[];
  /** Their names, in the same order. */
  names: string[];
};

/** The file's columns and rows, before it is written as text. */
export type BudgetChanges = { columns: ChangeColumn[]; rows: BudgetChangeRow[] };
