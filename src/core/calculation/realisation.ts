/**
 * Realisation follow-up (spec §12): what was actually realised per measure and plan year against
 * what was expected, with a deviation, a rate and a status.
 */
import { isFiniteNumber, type Nok } from "../money";
import { isInvalidField, isUsableAmount } from "../model/read-values";
import type { Benefit, FollowUpScheme, Measure } from "../model/portfolio.types";
import { realisedFromPeriods } from "../follow-up/realised-periods";
import type { RealisationStatus, RealisationYear, YearFigures } from "./calculation.types";

/** Rounding noise allowed at the tolerance limits, as for indicators (1 − 0.1 is still 0.9). */
const LIMIT_EPSILON = 1e-9;

/**
 * realisedValue(b,t) in kroner: the realised figure for kostnad/inntekt, realised hours × hourly
 * cost for tid. Null when the benefit has no usable figure for the year (none typed, unreadable,
 * or a kvalitet benefit, which is never counted in kroner) — "not measured", not 0.
 * Where the year has figures per period (spec §14), the year's figure is their sum, and a
 * `realised` typed beside them is not used (REALISED_NOT_PERIOD_SUM when they disagree).
 */
export function realisedValue(
  benefit: Benefit,
  year: string,
  hourlyCost: Nok,
  scheme: FollowUpScheme = "tertial",
): Nok | null {
  const fromPeriods = realisedFromPeriods(benefit, year, scheme);
  const raw = fromPeriods ?? benefit.realised?.[year];
  if (raw === undefined) return null;
  if (fromPeriods === null && (isInvalidField(benefit, `realised.${year}`) || !isUsableAmount(raw)))
    return null;
  if (benefit.type === "kostnad" || benefit.type === "inntekt") return raw;
  if (benefit.type === "tid") return raw * hourlyCost;
  return null;
}

/** Σ_b realisedValue(b,t), or null when no benefit of the measure has a figure for the year. */
export function measureRealisedValue(
  measure: Measure,
  year: string,
  hourlyCost: Nok,
  scheme: FollowUpScheme = "tertial",
): Nok | null {
  let sum: Nok | null = null;
  for (const benefit of measure.benefits) {
    const value = realisedValue(benefit, year, hourlyCost, scheme);
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** realisedValue / expected, or null when expected is 0 (nothing to compare with). */
export function realisationRate(realised: Nok, expected: Nok): number | null {
  return expected === 0 || !isFiniteNumber(expected) ? null : realised / expected;
}

/**
 * i_rute when the rate ≥ 1 − tolerance or nothing was expected; folg_med when ≥ 1 − 2 × tolerance;
 * else avvik. Literally as the spec says, also for a negative expected (a dis-benefit larger than
 * the gains), where the rate reads the other way (docs/model.md).
 */
export function realisationStatus(rate: number | null, tolerance: number): RealisationStatus {
  if (rate === null) return "i_rute";
  if (rate >= 1 - tolerance - LIMIT_EPSILON) return "i_rute";
  if (rate >= 1 - 2 * tolerance - LIMIT_EPSILON) return "folg_med";
  return "avvik";
}

/**
 * Per plan year with any realised figure: realised, deviation (realised − expected), rate and
 * status. Years without a figure are left out.
 */
export function calculateRealisation(
  measure: Measure,
  years: readonly string[],
  figures: Record<string, YearFigures>,
  hourlyCost: Nok,
  tolerance: number,
  scheme: FollowUpScheme = "tertial",
): Record<string, RealisationYear> {
  const result: Record<string, RealisationYear> = {};
  for (const year of years) {
    const realised = measureRealisedValue(measure, year, hourlyCost, scheme);
    if (realised === null) continue;
    const expected = figures[year]?.expected ?? 0;
    const rate = realisationRate(realised, expected);
    result[year] = {
      realised,
      deviation: realised - expected,
      rate,
      status: realisationStatus(rate, tolerance),
    };
  }
  return result;
}
