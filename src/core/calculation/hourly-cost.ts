/**
 * Timekost (kr per hour) for `tid` benefits (spec §3): typed directly, or derived from the annual
 * salary with holiday pay, employer's tax and pension.
 */
import { isFiniteNumber, type Nok } from "../money";
import type { SalaryBasis, Settings } from "../model/portfolio.types";
import { isUsableAmount } from "../model/read-values";
import { DEFAULT_SETTINGS } from "../model/settings";

/**
 * annual salary × (1 + holiday pay) × (1 + employer's tax) × (1 + pension) / hoursPerFte, in kr
 * per hour; 0 when any part is not a finite number or hoursPerFte is not positive.
 *
 * @example deriveHourlyCost({ annualSalary: 600000, holidayPay: 0.12, employerTax: 0.141, pension: 0.12 }, 1695)
 *   // 600000 × 1.12 × 1.141 × 1.12 / 1695 ≈ 506.64
 */
export function deriveHourlyCost(basis: SalaryBasis, hoursPerFte: number): Nok {
  const parts = [basis.annualSalary, basis.holidayPay, basis.employerTax, basis.pension];
  if (!parts.every(isFiniteNumber) || !isFiniteNumber(hoursPerFte) || hoursPerFte <= 0) return 0;
  const hourly =
    (basis.annualSalary * (1 + basis.holidayPay) * (1 + basis.employerTax) * (1 + basis.pension)) /
    hoursPerFte;
  return isUsableAmount(hourly) ? hourly : 0;
}

/** hoursPerFte when it is a positive finite number, else the default 1 695. */
export function resolveHoursPerFte(settings: Settings): number {
  return isFiniteNumber(settings.hoursPerFte) && settings.hoursPerFte > 0
    ? settings.hoursPerFte
    : DEFAULT_SETTINGS.hoursPerFte;
}

/**
 * The hourly cost used: the typed `hourlyCost` when it is a positive finite number; otherwise the
 * derivation from `salaryBasis`; otherwise 0 (validation then warns MISSING_FIELD).
 */
export function resolveHourlyCost(settings: Settings): Nok {
  if (isUsableAmount(settings.hourlyCost) && settings.hourlyCost > 0) return settings.hourlyCost;
  if (settings.salaryBasis)
    return deriveHourlyCost(settings.salaryBasis, resolveHoursPerFte(settings));
  return 0;
}
