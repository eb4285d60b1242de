/**
 * Tertial follow-up (spec §14): per counted measure and plan year, realised per period, expected
 * and realised to date with deviation and status, and the prognosis for the year; the sum of the
 * prognoses and the budget year's gap by prognosis, with measures proposed to cover a shortfall.
 */
import type { MeasureResult, PortfolioResult } from "../calculation/calculation.types";
import { realisationRate, realisationStatus, realisedValue } from "../calculation/realisation";
import { OERE_EPSILON, type Nok } from "../money";
import type { Benefit, FollowUpScheme, Measure, Portfolio } from "../model/portfolio.types";
import { isInvalidField, isUsableAmount } from "../model/read-values";
import { resolveSettings } from "../calculation/resolve-settings";
import { coverShortfall } from "../prioritisation/cover";
import type { FollowUpResult, FollowUpYear } from "./follow-up.types";
import { periodShares, shareToDate } from "./period-profile";
import { isPeriodOf, periodsOf, schemeOf } from "./periods";
import { periodFigures } from "./realised-periods";

/** Kroner per unit of a benefit's figures: 1 for kostnad/inntekt, the hourly cost for tid, 0 for kvalitet. */
function kronerPerUnit(benefit: Benefit, hourlyCost: Nok): number {
  if (benefit.type === "kostnad" || benefit.type === "inntekt") return 1;
  return benefit.type === "tid" ? hourlyCost : 0;
}

/** The entered prognosis for the year, when readable. */
export function enteredForecast(measure: Measure, year: string): Nok | null {
  const value = measure.forecast?.[year];
  if (value === undefined || isInvalidField(measure, `forecast.${year}`)) return null;
  return isUsableAmount(value) ? value : null;
}

/**
 * The period each plan year is followed up to: for the budget year `settings.followUpPeriod` when
 * it is a period of the scheme; otherwise the last period of the year in which any counted measure
 * has a realised figure. A year without either has no to-date figures.
 */
export function followUpPeriods(
  portfolio: Portfolio,
  years: readonly string[],
  scheme: FollowUpScheme,
): Record<string, string> {
  const result: Record<string, string> = {};
  const periods = periodsOf(scheme);
  const chosen = portfolio.settings.followUpPeriod;
  for (const year of years) {
    if (
      year === String(portfolio.budgetYear) &&
      chosen !== undefined &&
      !isInvalidField(portfolio, "settings.followUpPeriod") &&
      isPeriodOf(scheme, chosen)
    ) {
      result[year] = chosen;
      continue;
    }
    let last = -1;
    for (const measure of portfolio.measures) {
      if (measure.status === "avbrutt" || measure.status === "foreslatt") continue;
      for (const benefit of measure.benefits) {
        if (kronerPerUnit(benefit, 1) === 0) continue;
        for (const period of Object.keys(periodFigures(benefit, year, scheme) ?? {}))
          last = Math.max(last, periods.indexOf(period));
      }
    }
    if (last >= 0) result[year] = periods[last] as string;
  }
  return result;
}

/**
 * The prognosis computed from the to-date figures (docs/model.md §10): the year's expected scaled
 * by how much of what was due has come, realisedToDate / expectedToDate × expected(year) — the
 * spec's realisedToDate / expectedToDateShare with the share = expectedToDate / expected(year).
 * When nothing was due by the period (expectedToDate = 0) there is nothing to scale: the plan
 * stands, unless more than the year's expected has already come.
 */
export function computedForecast(realisedToDate: Nok, expectedToDate: Nok, expected: Nok): Nok {
  if (expectedToDate === 0) return Math.max(expected, realisedToDate);
  return (realisedToDate / expectedToDate) * expected;
}

function measureYear(
  measure: Measure,
  result: MeasureResult,
  year: string,
  period: string | undefined,
  context: { scheme: FollowUpScheme; hourlyCost: Nok; tolerance: number },
): FollowUpYear | null {
  const { scheme, hourlyCost, tolerance } = context;
  const periods = periodsOf(scheme);
  const index = period === undefined ? -1 : periods.indexOf(period);
  const last = periods.length - 1;
  let perPeriod: Record<string, Nok> | undefined;
  let expectedToDate = 0;
  let realisedToDate = 0;
  measure.benefits.forEach((benefit, b) => {
    const unit = kronerPerUnit(benefit, hourlyCost);
    const expected = result.benefits[b]?.years[year]?.expected ?? 0;
    if (index >= 0) expectedToDate += expected * shareToDate(periodShares(benefit, scheme), index);
    const figures = unit === 0 ? null : periodFigures(benefit, year, scheme);
    if (figures === null) {
      // A year's figure without periods is the whole year: it counts once the year is complete.
      const whole = realisedValue(benefit, year, hourlyCost, scheme);
      if (whole !== null && index === last) realisedToDate += whole;
      return;
    }
    perPeriod ??= {};
    for (const [p, value] of Object.entries(figures)) {
      perPeriod[p] = (perPeriod[p] ?? 0) + value * unit;
      if (periods.indexOf(p) <= index) realisedToDate += value * unit;
    }
  });
  const entered = enteredForecast(measure, year);
  if (perPeriod === undefined && entered === null) return null;
  const expected = result.years[year]?.expected ?? 0;
  const followUp: FollowUpYear = { forecast: 0, forecastComputed: false };
  if (perPeriod !== undefined) {
    followUp.periods = Object.fromEntries(
      periods.filter((p) => perPeriod?.[p] !== undefined).map((p) => [p, perPeriod?.[p] as Nok]),
    );
    if (period !== undefined && index >= 0) {
      const rate = realisationRate(realisedToDate, expectedToDate);
      followUp.toDate = {
        period,
        expectedToDate,
        realisedToDate,
        deviationToDate: realisedToDate - expectedToDate,
        rateToDate: rate,
        statusToDate: realisationStatus(rate, tolerance),
      };
    }
  }
  if (entered !== null) followUp.forecast = entered;
  else if (followUp.toDate) {
    followUp.forecast = computedForecast(realisedToDate, expectedToDate, expected);
    followUp.forecastComputed = true;
  } else {
    // Periods typed, but none up to a follow-up period: no basis for a prognosis yet.
    followUp.forecast = expected;
    followUp.forecastComputed = true;
  }
  return followUp;
}

/**
 * The follow-up of every counted measure, the prognosis totals per year and the budget year's gap
 * by prognosis (spec §14). A counted measure with no prognosis of its own counts its expected in
 * the totals: no news is the plan. Nothing here changes the §3 figures.
 */
export function calculateFollowUp(portfolio: Portfolio, result: PortfolioResult): FollowUpResult {
  const scheme = schemeOf(portfolio.settings);
  const years = result.years;
  const periodOfYear = followUpPeriods(portfolio, years, scheme);
  const context = {
    scheme,
    hourlyCost: result.hourlyCost,
    tolerance: resolveSettings(portfolio).tolerance,
  };
  const measures = portfolio.measures.map((measure, i) => {
    const calculated = result.measures[i];
    const byYear: Record<string, FollowUpYear> = {};
    if (!calculated?.counted) return byYear;
    for (const year of years) {
      const followUp = measureYear(measure, calculated, year, periodOfYear[year], context);
      if (followUp) byYear[year] = followUp;
    }
    return byYear;
  });
  const totals: Record<string, { forecast: Nok }> = {};
  for (const year of years) {
    if (!measures.some((m) => m[year] !== undefined)) continue;
    let forecast = 0;
    result.measures.forEach((m, i) => {
      if (!m.counted) return;
      forecast += measures[i]?.[year]?.forecast ?? m.years[year]?.expected ?? 0;
    });
    totals[year] = { forecast };
  }
  const budgetYear = String(portfolio.budgetYear);
  const total = totals[budgetYear];
  let followUp: FollowUpResult["followUp"] = null;
  if (total) {
    const gapByForecast = (result.balance[budgetYear]?.target ?? 0) - total.forecast;
    followUp = {
      year: budgetYear,
      period: periodOfYear[budgetYear] ?? null,
      gapByForecast,
      cover:
        gapByForecast > OERE_EPSILON
          ? coverShortfall(portfolio, result, budgetYear, gapByForecast)
          : [],
    };
  }
  return { measures, totals, followUp, periodOfYear };
}
