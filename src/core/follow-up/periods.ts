/**
 * The follow-up periods of a year (spec §14): three tertials (to 30 April, 31 August, 31 December)
 * or twelve months. One scheme per portfolio (`settings.followUpPeriods`, default tertial).
 */
import type { FollowUpScheme, Settings } from "../model/portfolio.types";

export const TERTIALS = ["T1", "T2", "T3"] as const;
export const MONTHS = [
  "M01",
  "M02",
  "M03",
  "M04",
  "M05",
  "M06",
  "M07",
  "M08",
  "M09",
  "M10",
  "M11",
  "M12",
] as const;

/** The periods of a scheme, in calendar order. */
export function periodsOf(scheme: FollowUpScheme): readonly string[] {
  return scheme === "month" ? MONTHS : TERTIALS;
}

/** The portfolio's scheme: the setting when it is one we know, else tertial (the kommune's default). */
export function schemeOf(settings: Pick<Settings, "followUpPeriods">): FollowUpScheme {
  return settings.followUpPeriods === "month" ? "month" : "tertial";
}

/** True when `period` is one of the scheme's periods ("M05" is not a tertial). */
export function isPeriodOf(scheme: FollowUpScheme, period: string): boolean {
  return periodsOf(scheme).includes(period);
}

/** The periods from the first up to and including `period` (empty when it is not in the scheme). */
export function periodsTo(scheme: FollowUpScheme, period: string): readonly string[] {
  const all = periodsOf(scheme);
  const index = all.indexOf(period);
  return index < 0 ? [] : all.slice(0, index + 1);
}
