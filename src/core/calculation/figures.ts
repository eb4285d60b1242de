/**
 * Per-year figures and their plain sums (spec §3: totals are plain sums of the per-year figures).
 */
import type { AggregateResult, BenefitYear, YearFigures } from "./calculation.types";

const FIGURE_KEYS = [
  "gross",
  "expected",
  "withdrawable",
  "cost",
  "net",
  "expectedNet",
  "budgetNet",
  "freedHours",
  "freedFte",
  "realised",
] as const satisfies readonly (keyof YearFigures)[];

/** All figures 0. */
export function zeroFigures(): YearFigures {
  return {
    gross: 0,
    expected: 0,
    withdrawable: 0,
    cost: 0,
    net: 0,
    expectedNet: 0,
    budgetNet: 0,
    freedHours: 0,
    freedFte: 0,
    realised: 0,
  };
}

/** All benefit figures 0. */
function zeroBenefitYear(): BenefitYear {
  return { value: 0, expected: 0, withdrawable: 0, freedHours: 0, freedFte: 0 };
}

/** Field-by-field sum of figures. */
export function sumFigures(list: readonly YearFigures[]): YearFigures {
  const sum = zeroFigures();
  for (const figures of list) {
    for (const key of FIGURE_KEYS) sum[key] += figures[key];
  }
  return sum;
}

/** Field-by-field sum of benefit figures. */
export function sumBenefitYears(list: readonly BenefitYear[]): BenefitYear {
  const sum = zeroBenefitYear();
  for (const figures of list) {
    sum.value += figures.value;
    sum.expected += figures.expected;
    sum.withdrawable += figures.withdrawable;
    sum.freedHours += figures.freedHours;
    sum.freedFte += figures.freedFte;
  }
  return sum;
}

/** Per-year and whole-period sums over a set of measures' figures. */
export function aggregate(
  years: readonly string[],
  items: readonly { years: Record<string, YearFigures> }[],
): AggregateResult {
  const byYear: Record<string, YearFigures> = {};
  for (const year of years) {
    byYear[year] = sumFigures(items.map((item) => item.years[year] ?? zeroFigures()));
  }
  return { years: byYear, total: sumFigures(years.map((year) => byYear[year] ?? zeroFigures())) };
}
