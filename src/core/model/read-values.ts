/**
 * One rule for every number the calculation reads: a value that was unreadable (listed in the
 * entity's `invalid`), not finite, or — for fractions — outside 0–1 counts as 0. Validation
 * reports the same values as BAD_VALUE, so what counts as 0 is always visible to the user.
 */
import { isFiniteNumber } from "../money";
import type { InvalidFields } from "./portfolio.types";

type WithInvalid = { invalid?: InvalidFields };

/** True when `path` (e.g. "annual", "phaseIn.2027") was unreadable in the entity. */
export function isInvalidField(entity: WithInvalid, path: string): boolean {
  return entity.invalid !== undefined && Object.prototype.hasOwnProperty.call(entity.invalid, path);
}

/**
 * The largest amount (kr or hours) taken as typed: 10^15, far above any kommune budget. Larger
 * finite numbers (1e308) are typing errors, and sums of them would overflow to Infinity.
 */
export const MAX_AMOUNT = 1e15;

/** True for a finite number within ±MAX_AMOUNT. */
export function isUsableAmount(value: unknown): value is number {
  return isFiniteNumber(value) && Math.abs(value) <= MAX_AMOUNT;
}

/** An amount (kr or hours): the value when readable, finite and within ±MAX_AMOUNT, else 0. */
export function readAmount(entity: WithInvalid, path: string, value: unknown): number {
  if (isInvalidField(entity, path) || !isUsableAmount(value)) return 0;
  return value;
}

/** True for a finite number in 0–1. */
export function isFraction(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0 && value <= 1;
}

/**
 * A fraction 0–1 (confidence, share, innfasing): `whenAbsent` when not given, the value when it
 * is a readable number in 0–1, else 0 (a bad fraction must never inflate a total).
 */
export function readFraction(
  entity: WithInvalid,
  path: string,
  value: unknown,
  whenAbsent: number,
): number {
  if (isInvalidField(entity, path)) return 0;
  if (value === undefined || value === null) return whenAbsent;
  return isFraction(value) ? value : 0;
}
