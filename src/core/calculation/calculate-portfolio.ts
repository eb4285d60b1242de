/**
 * The whole portfolio for the four plan years (spec §3–§5).
 */
import { evaluateIndicator } from "../indicators/evaluate-indicator";
import { readAmount } from "../model/read-values";
import { planYearsOf, type Portfolio } from "../model/portfolio.types";
import { calculateBudgetAdjustments } from "./budget-adjustments";
import { calculateMeasure } from "./calculate-measure";
import type {
  AggregateResult,
  BalanceYear,
  CalculationOptions,
  IndicatorResult,
  PortfolioResult,
} from "./calculation.types";
import { aggregate, zeroFigures } from "./figures";
import { resolveSettings } from "./resolve-settings";
import { schemeOf } from "../follow-up/periods";

/** gap(t) = savingsTarget(t) − Σ counted budgetNet(t); balanced when gap ≤ 0. */
export function calculateBalance(
  portfolio: Portfolio,
  totals: AggregateResult,
  years: readonly string[],
): Record<string, BalanceYear> {
  const balance: Record<string, BalanceYear> = {};
  for (const year of years) {
    const target = readAmount(portfolio, `savingsTarget.${year}`, portfolio.savingsTarget[year]);
    const budgetNet = (totals.years[year] ?? zeroFigures()).budgetNet;
    const gap = target - budgetNet;
    balance[year] = { target, budgetNet, gap, balanced: gap <= 0 };
  }
  return balance;
}

/**
 * Calculates every measure, the totals (counted statuses) and pipeline (all but `avbrutt`), the
 * budget adjustments per linked line, the balance per plan year and every indicator of a measure
 * that is not `avbrutt`. Pure: the same portfolio and budget always give the same result.
 */
export function calculatePortfolio(
  portfolio: Portfolio,
  options: CalculationOptions = {},
): PortfolioResult {
  const years = planYearsOf(portfolio.budgetYear);
  const resolved = resolveSettings(portfolio);
  const context = {
    years,
    settings: portfolio.settings,
    hourlyCost: resolved.hourlyCost,
    hoursPerFte: resolved.hoursPerFte,
    discountRate: resolved.discountRate,
    tolerance: resolved.tolerance,
    followUpPeriods: schemeOf(portfolio.settings),
  };
  const measures = portfolio.measures.map((measure) => calculateMeasure(measure, context));
  const totals = aggregate(
    years,
    measures.filter((result) => result.counted),
  );
  const pipeline = aggregate(
    years,
    measures.filter((result) => result.status !== "avbrutt"),
  );
  const indicators: IndicatorResult[] = [];
  for (const measure of portfolio.measures) {
    if (measure.status === "avbrutt") continue;
    for (const benefit of measure.benefits) {
      for (const indicator of benefit.indicators) {
        indicators.push(
          evaluateIndicator(indicator, resolved.tolerance, {
            measure: measure.id,
            benefit: benefit.id,
          }),
        );
      }
    }
  }
  return {
    budgetYear: portfolio.budgetYear,
    years,
    hourlyCost: resolved.hourlyCost,
    measures,
    totals,
    pipeline,
    budgetAdjustments: calculateBudgetAdjustments(
      portfolio.measures,
      measures,
      years,
      options.budget,
    ),
    balance: calculateBalance(portfolio, totals, years),
    indicators,
  };
}
