/**
 * Nåverdi and tilbakebetalingsår (spec §3).
 */
import type { Nok, Rate } from "../money";

/** Rounding noise allowed when the cumulative net is exactly 0 (a millionth of a krone). */
const PAYBACK_EPSILON = 1e-6;

/**
 * npv = Σ_{i=0..3} expectedNet(B+i) / (1 + r)^i, in budget-year kroner. The budget year is not
 * discounted, which is what the sheet formula `=X_B + NPV(r, X_B+1 : X_B+3)` gives.
 *
 * @param values per plan year in order B, B+1, …
 * @param rate discount rate per year (0.04 = 4 %).
 */
export function presentValue(values: readonly Nok[], rate: Rate): Nok {
  let sum = 0;
  values.forEach((value, i) => {
    sum += value / Math.pow(1 + rate, i);
  });
  return sum;
}

/**
 * The payback year (spec §3). With a cost (> 0) in some plan year: the first plan year, from the
 * first year with a cost on, in which the cumulative expectedNet from B is ≥ 0. Without costs:
 * the first plan year with expected > 0. Else null.
 *
 * @param years the plan years as numbers, in order.
 */
export function paybackYear(
  years: readonly number[],
  perYear: readonly { cost: Nok; expected: Nok; expectedNet: Nok }[],
): number | null {
  const firstCost = perYear.findIndex((figures) => figures.cost > 0);
  if (firstCost < 0) {
    const first = perYear.findIndex((figures) => figures.expected > 0);
    return first < 0 ? null : (years[first] ?? null);
  }
  let cumulative = 0;
  for (let i = 0; i < perYear.length; i++) {
    cumulative += perYear[i]?.expectedNet ?? 0;
    if (i >= firstCost && cumulative >= -PAYBACK_EPSILON) return years[i] ?? null;
  }
  return null;
}
