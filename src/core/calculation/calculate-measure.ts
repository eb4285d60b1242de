/**
 * One measure per plan year (spec §3).
 */
import { isFiniteNumber } from "../money";
import { readAmount } from "../model/read-values";
import { isCounted, type FollowUpScheme, type Measure } from "../model/portfolio.types";
import { calculateBenefit, type BenefitContext } from "./calculate-benefit";
import type { MeasureResult, YearFigures } from "./calculation.types";
import { presentValue, paybackYear } from "./discounting";
import { sumFigures } from "./figures";
import { calculateRealisation, measureRealisedValue } from "./realisation";
import { DEFAULT_SETTINGS } from "../model/settings";

/**
 * What a measure's calculation needs: the benefit context plus the discount rate, and the
 * tolerance for the realisation status (the default 0.10 when not given).
 */
export type MeasureContext = BenefitContext & {
  discountRate: number;
  tolerance?: number;
  /** The follow-up periods (spec §14) a year's realised per period is summed over; default tertial. */
  followUpPeriods?: FollowUpScheme;
};

/** cost(t) = oneTime(t) + running(t), with unreadable or non-finite amounts as 0. */
export function measureCost(measure: Measure, year: string): number {
  return (
    readAmount(measure, `costs.oneTime.${year}`, measure.costs.oneTime[year]) +
    readAmount(measure, `costs.running.${year}`, measure.costs.running[year])
  );
}

/**
 * gross, expected, withdrawable, freed hours, cost, net, expectedNet and budgetNet per plan year,
 * their sums over the period, the NPV of expectedNet and the payback year.
 */
export function calculateMeasure(measure: Measure, context: MeasureContext): MeasureResult {
  const benefits = measure.benefits.map((benefit) => calculateBenefit(benefit, context));
  const years: Record<string, YearFigures> = {};
  for (const year of context.years) {
    let gross = 0;
    let expected = 0;
    let withdrawable = 0;
    let freedHours = 0;
    let freedFte = 0;
    for (const benefit of benefits) {
      const figures = benefit.years[year];
      if (!figures) continue;
      gross += figures.value;
      expected += figures.expected;
      withdrawable += figures.withdrawable;
      freedHours += figures.freedHours;
      freedFte += figures.freedFte;
    }
    const cost = measureCost(measure, year);
    years[year] = {
      gross,
      expected,
      withdrawable,
      cost,
      net: gross - cost,
      expectedNet: expected - cost,
      budgetNet: withdrawable - cost,
      freedHours,
      freedFte,
      realised:
        measureRealisedValue(measure, year, context.hourlyCost, context.followUpPeriods) ?? 0,
    };
  }
  const ordered = context.years.map((year) => years[year] as YearFigures);
  const rate =
    isFiniteNumber(context.discountRate) && context.discountRate > -1 ? context.discountRate : 0;
  const counted = isCounted(measure.status);
  return {
    id: measure.id,
    status: measure.status,
    counted,
    benefits,
    years,
    total: sumFigures(ordered),
    npv: presentValue(
      ordered.map((figures) => figures.expectedNet),
      rate,
    ),
    paybackYear: paybackYear(context.years.map(Number), ordered),
    realisation: counted
      ? calculateRealisation(
          measure,
          context.years,
          years,
          context.hourlyCost,
          context.tolerance ?? DEFAULT_SETTINGS.tolerance,
          context.followUpPeriods,
        )
      : {},
  };
}
