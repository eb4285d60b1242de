/**
 * Innfasing: the share of a benefit's full annual effect reached in each plan year.
 */
import { isFiniteNumber, type Rate } from "../money";
import { isFraction, isInvalidField, readFraction } from "../model/read-values";
import type { Benefit, ByYear, Settings } from "../model/portfolio.types";

/**
 * phaseIn(b,t) for the plan year at index `yearIndex` (0 = B). A benefit without `phaseIn` uses
 * the workbook's default innfasing; a missing year is 0; a bad value counts as 0.
 */
export function phaseInFor(
  benefit: Benefit,
  year: string,
  yearIndex: number,
  settings: Settings,
): Rate {
  if (benefit.phaseIn === undefined && !isInvalidField(benefit, "phaseIn")) {
    const fallback = settings.defaultPhaseIn[yearIndex];
    return isFraction(fallback) ? fallback : 0;
  }
  const value = benefit.phaseIn?.[year];
  return readFraction(benefit, `phaseIn.${year}`, value, 0);
}

/**
 * Innfasing from a start month, «helårsvirkning» style: a measure that starts in month m of year
 * y reaches (13 − m)/12 of its annual effect in y and the full effect from y + 1. Years before the
 * start are 0. The day of the month is ignored: the start month counts in full.
 *
 * @param start ISO "yyyy-mm" or "yyyy-mm-dd".
 * @param budgetYear B; the result covers B..B+3.
 * @param fullEffect the share reached in a full year (default 1).
 * @returns phaseIn by plan year, e.g. start "2027-09-01", B 2027 → { 2027: 4/12, 2028: 1, 2029: 1, 2030: 1 }.
 * @throws Error when `start` is not an ISO month or date (a programming error in the caller).
 */
export function phaseInFromStart(start: string, budgetYear: number, fullEffect = 1): ByYear {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(start.trim());
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  if (!isFiniteNumber(year) || !(month >= 1 && month <= 12)) {
    throw new Error(`phaseInFromStart: "${start}" is not yyyy-mm or yyyy-mm-dd`);
  }
  const result: ByYear = {};
  for (let i = 0; i < 4; i++) {
    const planYear = budgetYear + i;
    let share = 0;
    if (planYear > year) share = 1;
    else if (planYear === year) share = (13 - month) / 12;
    result[String(planYear)] = share * fullEffect;
  }
  return result;
}
