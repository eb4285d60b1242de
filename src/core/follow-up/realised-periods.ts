/**
 * Realised per period (spec §14): the readable figures a benefit has for a year's periods of the
 * portfolio's scheme. Where a year has any, the year's realised is their sum (docs/model.md §10).
 */
import { isInvalidField, isUsableAmount } from "../model/read-values";
import type { Benefit, FollowUpScheme } from "../model/portfolio.types";
import { periodsOf } from "./periods";

/**
 * period → figure (kroner, hours for tid) for the periods of the scheme that have a readable
 * figure in `year`, in period order; null when there is none. A period outside the scheme
 * (PERIOD_OUTSIDE_SCHEME) and an unreadable figure (BAD_VALUE) are not counted.
 */
export function periodFigures(
  benefit: Benefit,
  year: string,
  scheme: FollowUpScheme,
): Record<string, number> | null {
  const byPeriod = benefit.realisedPeriods?.[year];
  if (byPeriod === undefined || isInvalidField(benefit, `realisedPeriods.${year}`)) return null;
  let result: Record<string, number> | null = null;
  for (const period of periodsOf(scheme)) {
    const value = byPeriod[period];
    if (value === undefined) continue;
    if (isInvalidField(benefit, `realisedPeriods.${year}.${period}`) || !isUsableAmount(value))
      continue;
    result = { ...(result ?? {}), [period]: value };
  }
  return result;
}

/** Σ of the year's period figures, or null when the year has none (then `realised` applies). */
export function realisedFromPeriods(
  benefit: Benefit,
  year: string,
  scheme: FollowUpScheme,
): number | null {
  const figures = periodFigures(benefit, year, scheme);
  if (figures === null) return null;
  return Object.values(figures).reduce((sum, value) => sum + value, 0);
}
