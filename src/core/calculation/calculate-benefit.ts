/**
 * One benefit per plan year (spec §3).
 */
import { readAmount, readFraction } from "../model/read-values";
import type { Benefit, Settings } from "../model/portfolio.types";
import type { BenefitResult, BenefitYear } from "./calculation.types";
import { sumBenefitYears } from "./figures";
import { phaseInFor } from "./phase-in";

/** What a benefit's calculation needs from the workbook. */
export type BenefitContext = {
  years: readonly string[];
  settings: Settings;
  /** kr per hour, already resolved (typed or derived). */
  hourlyCost: number;
  /** hours per årsverk, already resolved (positive). */
  hoursPerFte: number;
};

/**
 * value, expected, withdrawable and freed hours of one benefit in each plan year:
 * - value = annual × phaseIn (× hourlyCost for `tid`; 0 for `kvalitet`)
 * - expected = value × confidence (default 1)
 * - withdrawable = expected × withdrawalShare (default 1) for `uttak`, else 0
 * - freedHours = annual × phaseIn × confidence for `tid` + `omdisponering`, else 0
 * A negative annual (a dis-benefit) gives negative figures that net in the totals.
 */
export function calculateBenefit(benefit: Benefit, context: BenefitContext): BenefitResult {
  const annual = readAmount(benefit, "annual", benefit.annual);
  const confidence = readFraction(benefit, "confidence", benefit.confidence, 1);
  const withdrawalShare = readFraction(benefit, "withdrawalShare", benefit.withdrawalShare, 1);
  const years: Record<string, BenefitYear> = {};

  context.years.forEach((year, index) => {
    const phaseIn = phaseInFor(benefit, year, index, context.settings);
    const amount = annual * phaseIn;
    let value = 0;
    if (benefit.type === "kostnad" || benefit.type === "inntekt") value = amount;
    else if (benefit.type === "tid") value = amount * context.hourlyCost;
    const expected = value * confidence;
    const withdrawable = benefit.budgetEffect === "uttak" ? expected * withdrawalShare : 0;
    const freedHours =
      benefit.type === "tid" && benefit.budgetEffect === "omdisponering" ? amount * confidence : 0;
    years[year] = {
      value,
      expected,
      withdrawable,
      freedHours,
      freedFte: freedHours / context.hoursPerFte,
    };
  });

  return {
    id: benefit.id,
    years,
    total: sumBenefitYears(context.years.map((year) => years[year] as BenefitYear)),
  };
}
