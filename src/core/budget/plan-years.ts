/**
 * Choosing the four plan-year columns (spec §4): the budget year B and the three økonomiplan
 * years B+1..B+3, each a budget or økonomiplan column. When the header has several runs of four
 * consecutive years («Oppr. budsjett 2026», «Budsjett 2027», «ØP 2028–2030»), the last run is the
 * plan and the earlier years are kept for reference.
 */
import type { YearColumn } from "./budget.types";

export type PlanYears =
  | { ok: true; budgetYear: number; planColumns: [number, number, number, number] }
  | { ok: false; reason: string };

/**
 * The plan-year columns among `yearColumns`.
 * @param budgetYear the user's choice of B; without it the latest possible B is taken.
 */
export function choosePlanYears(
  yearColumns: readonly YearColumn[],
  budgetYear?: number,
): PlanYears {
  // Per year, the rightmost budget/økonomiplan column: exports put the newest version last
  // (opprinnelig → revidert), and that is the one to plan against.
  const byYear = new Map<number, number>();
  for (const column of yearColumns) {
    if (column.kind === "regnskap") continue;
    const seen = byYear.get(column.year);
    if (seen === undefined || column.col > seen) byYear.set(column.year, column.col);
  }
  const run = (start: number): [number, number, number, number] | null => {
    const cols = [0, 1, 2, 3].map((i) => byYear.get(start + i));
    if (cols.some((c) => c === undefined)) return null;
    return cols as [number, number, number, number];
  };
  if (budgetYear !== undefined) {
    const cols = run(budgetYear);
    return cols
      ? { ok: true, budgetYear, planColumns: cols }
      : {
          ok: false,
          reason: `fant ikke budsjett- eller økonomiplankolonner for alle årene ${budgetYear}–${budgetYear + 3}`,
        };
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const cols = run(year);
    if (cols) return { ok: true, budgetYear: year, planColumns: cols };
  }
  return { ok: false, reason: "fire påfølgende budsjett- eller økonomiplanår" };
}
