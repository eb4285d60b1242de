/**
 * The periodisation of a benefit's expected effect over the year (spec §14): even (1/3 per
 * tertial, 1/12 per month) unless the benefit gives a `periodProfile` whose shares sum to 1.
 */
import { isFraction, isInvalidField } from "../model/read-values";
import type { Benefit, FollowUpScheme } from "../model/portfolio.types";
import { isPeriodOf, periodsOf } from "./periods";

/** Σ shares may miss 1 by this much (as SHARES_NOT_ONE: ±1e-9). */
export const PROFILE_EPSILON = 1e-9;

/**
 * Why a profile cannot be used, or null when it can: a period outside the scheme, a share that is
 * unreadable or outside 0–1, or shares that do not sum to 1. Validation reports each.
 */
export function profileProblem(
  benefit: Benefit,
  scheme: FollowUpScheme,
): "outside_scheme" | "bad_share" | "not_one" | null {
  const profile = benefit.periodProfile;
  if (profile === undefined) return null;
  if (isInvalidField(benefit, "periodProfile")) return "bad_share";
  let sum = 0;
  for (const [period, share] of Object.entries(profile)) {
    if (!isPeriodOf(scheme, period)) return "outside_scheme";
    if (isInvalidField(benefit, `periodProfile.${period}`) || !isFraction(share))
      return "bad_share";
    sum += share;
  }
  for (const key of Object.keys(benefit.invalid ?? {}))
    if (key.startsWith("periodProfile.")) return "bad_share";
  return Math.abs(sum - 1) <= PROFILE_EPSILON ? null : "not_one";
}

/**
 * The share of the year due in each period of the scheme, in order. A usable profile gives its
 * shares (a period it leaves out is 0); no profile, or one that cannot be used (PROFILE_NOT_ONE,
 * PERIOD_OUTSIDE_SCHEME, BAD_VALUE), falls back to even — the model never guesses a profile.
 */
export function periodShares(benefit: Benefit, scheme: FollowUpScheme): number[] {
  const periods = periodsOf(scheme);
  const profile = benefit.periodProfile;
  if (profile === undefined || profileProblem(benefit, scheme) !== null)
    return periods.map(() => 1 / periods.length);
  return periods.map((period) => profile[period] ?? 0);
}

/** The share of the year due up to and including period index `index` (0-based). */
export function shareToDate(shares: readonly number[], index: number): number {
  let sum = 0;
  for (let i = 0; i <= index && i < shares.length; i++) sum += shares[i] ?? 0;
  return sum;
}
