/**
 * Choosing the plan-year columns (spec §4). Only the budget year B needs a column; an
 * økonomiplan year B+1..B+3 without one is carried forward from B (the kommune's «videreført»
 * fixed-price økonomiplan). Without the user's choice, B is the start of the last run of four
 * consecutive budget/økonomiplan years when the header has one («Budsjett 2027», «ØP 2028–2030»),
 * else the latest budget column («budsjett_2013» next to «budsjett_2012» and «rekneskap_2011»).
 * Accounts and earlier budgets stay reference columns.
 */
import type { BudgetMapping, BudgetSource, YearColumn } from "./budget.types";
import { lack, type Lack } from "./lacks";

type Four<T> = [T, T, T, T];

export type PlanYears =
  | { ok: true; budgetYear: number; planColumns: Four<number>; carried: Four<boolean> }
  | { ok: false; reason: Lack };

/**
 * The plan-year columns among `yearColumns`.
 * @param budgetYear the user's choice of B; without it B is found as described above.
 */
export function choosePlanYears(
  yearColumns: readonly YearColumn[],
  budgetYear?: number,
): PlanYears {
  // Per year, the rightmost budget/økonomiplan column: exports put the newest version last
  // (opprinnelig → revidert), and that is the one to plan against.
  const byYear = new Map<number, number>();
  const kindOf = new Map<number, YearColumn["kind"]>();
  for (const column of yearColumns) {
    if (column.kind === "regnskap") continue;
    const seen = byYear.get(column.year);
    if (seen === undefined || column.col > seen) {
      byYear.set(column.year, column.col);
      kindOf.set(column.year, column.kind);
    }
  }
  const plan = (year: number): PlanYears => {
    const first = byYear.get(year) as number;
    const cols = [0, 1, 2, 3].map((i) => byYear.get(year + i) ?? first) as Four<number>;
    const carried = [0, 1, 2, 3].map((i) => !byYear.has(year + i)) as Four<boolean>;
    return { ok: true, budgetYear: year, planColumns: cols, carried };
  };
  if (budgetYear !== undefined)
    return byYear.has(budgetYear)
      ? plan(budgetYear)
      : { ok: false, reason: lack("LACK_BUDGET_COLUMN_FOR", { year: budgetYear }) };
  if (byYear.size === 0)
    return {
      ok: false,
      reason: yearColumns.some((y) => y.kind === "regnskap")
        ? lack("LACK_BUDGET_NOT_ACCOUNTS")
        : lack("LACK_BUDGET_COLUMN"),
    };
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const fullRun = years.find((y) => [1, 2, 3].every((i) => byYear.has(y + i)));
  if (fullRun !== undefined) return plan(fullRun);
  const budgets = years.filter((y) => kindOf.get(y) === "budsjett");
  return plan(budgets[0] ?? (years[years.length - 1] as number));
}

/** Per plan year B..B+3 of a source: carried forward from B (no column of its own). */
export function carriedYears(source: Pick<BudgetSource, "planColumns">): boolean[] {
  const [first] = source.planColumns;
  return source.planColumns.map((col, i) => i > 0 && col === first);
}

/** Per plan year: carried forward in every source of the mapping. */
export function mappingCarriedYears(mapping: BudgetMapping): boolean[] {
  return [0, 1, 2, 3].map(
    (i) => mapping.sources.length > 0 && mapping.sources.every((s) => carriedYears(s)[i] === true),
  );
}
