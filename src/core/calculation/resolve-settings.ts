/**
 * The settings the calculation actually uses. An unreadable or out-of-range setting falls back to
 * its default (spec §3 defaults) — validation reports it as BAD_VALUE.
 */
import { isFiniteNumber, type Nok, type Rate } from "../money";
import { isInvalidField } from "../model/read-values";
import type { Portfolio } from "../model/portfolio.types";
import { DEFAULT_SETTINGS } from "../model/settings";
import { resolveHourlyCost, resolveHoursPerFte } from "./hourly-cost";

export type ResolvedSettings = {
  hoursPerFte: number;
  hourlyCost: Nok;
  discountRate: Rate;
  tolerance: Rate;
};

/** True when a discount rate can be used: a finite share 0 ≤ r < 1 (validation's BAD_VALUE rule). */
function isUsableRate(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0 && value < 1;
}

/** hoursPerFte, hourlyCost (typed or derived), discountRate and tolerance as used. */
export function resolveSettings(portfolio: Portfolio): ResolvedSettings {
  const { settings } = portfolio;
  const usable = (field: string, ok: boolean) =>
    ok && !isInvalidField(portfolio, `settings.${field}`);
  return {
    hoursPerFte: usable("hoursPerFte", true)
      ? resolveHoursPerFte(settings)
      : DEFAULT_SETTINGS.hoursPerFte,
    hourlyCost: usable("hourlyCost", true) ? resolveHourlyCost(settings) : 0,
    discountRate: usable("discountRate", isUsableRate(settings.discountRate))
      ? settings.discountRate
      : DEFAULT_SETTINGS.discountRate,
    tolerance: usable(
      "tolerance",
      isFiniteNumber(settings.tolerance) && settings.tolerance >= 0 && settings.tolerance <= 1,
    )
      ? settings.tolerance
      : DEFAULT_SETTINGS.tolerance,
  };
}
