export type {
  AdjustmentYear,
  AggregateResult,
  BalanceYear,
  BenefitResult,
  BenefitYear,
  BudgetAdjustment,
  BudgetLookup,
  CalculationOptions,
  IndicatorResult,
  IndicatorStatus,
  MeasureResult,
  PortfolioResult,
  RealisationStatus,
  RealisationYear,
  YearFigures,
} from "./calculation.types";
export { calculatePortfolio, calculateBalance } from "./calculate-portfolio";
export { calculateMeasure, measureCost, type MeasureContext } from "./calculate-measure";
export { calculateBenefit, type BenefitContext } from "./calculate-benefit";
export {
  calculateBudgetAdjustments,
  findSingleLine,
  linkShare,
  overdrawnYears,
} from "./budget-adjustments";
export { compareKeys, describeKey, keyId, normaliseKey } from "./budget-key";
export { presentValue, paybackYear } from "./discounting";
export { aggregate, sumFigures, zeroFigures } from "./figures";
export { deriveHourlyCost, resolveHourlyCost, resolveHoursPerFte } from "./hourly-cost";
export { phaseInFor, phaseInFromStart } from "./phase-in";
export {
  calculateRealisation,
  measureRealisedValue,
  realisationRate,
  realisationStatus,
  realisedValue,
} from "./realisation";
export { resolveSettings, type ResolvedSettings } from "./resolve-settings";
