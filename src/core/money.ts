/**
 * Amounts, rates and how they are read and shown. Amounts are kroner as IEEE doubles, exactly as
 * Excel holds them (spec §3); nothing is rounded until it is displayed.
 */

/** An amount in Norwegian kroner (kr). Expenses positive, incomes negative where it is a budget amount. */
export type Nok = number;

/** A fraction 0–1 (confidence, share, innfasing) or a rate per year (discount rate). */
export type Rate = number;

/** Half an øre: two amounts closer than this are the same to the øre. */
export const OERE_EPSILON = 0.005;

/** The number itself when it is finite, else 0 — so no NaN or Infinity ever reaches a total. */
export function finiteOrZero(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** True for a finite number (not NaN, not ±Infinity, not text). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

const kronerFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });

/**
 * Whole kroner with Norwegian grouping, e.g. 1234567 → «1 234 567 kr» (non-breaking space, minus
 * as U+2212, as `Intl.NumberFormat('nb-NO')` writes them). For messages and the task pane.
 */
export function formatKroner(amount: Nok): string {
  return `${kronerFormat.format(finiteOrZero(amount))} kr`;
}

/** A plain number with up to two decimals in Norwegian form («0,8», «1 695»). */
export function formatNumber(value: number): string {
  return decimalFormat.format(finiteOrZero(value));
}
