export {
  calculateFollowUp,
  computedForecast,
  enteredForecast,
  followUpPeriods,
} from "./calculate-follow-up";
export type {
  CoverMeasure,
  FollowUpResult,
  FollowUpSummary,
  FollowUpYear,
} from "./follow-up.types";
export { periodShares, profileProblem, shareToDate, PROFILE_EPSILON } from "./period-profile";
export { isPeriodOf, MONTHS, periodsOf, periodsTo, schemeOf, TERTIALS } from "./periods";
export { periodFigures, realisedFromPeriods } from "./realised-periods";
