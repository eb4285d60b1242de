/**
 * Rammeområder (spec §13): the budget split into areas by one key dimension, each with its own
 * savings target, so a sector sees its own ramme, effect and gap (docs/model.md §9b).
 */
import type { KeyDimension } from "../budget/budget.types";
import type { Nok } from "../money";

/** A listed area from the portfolio's `areas`. savingsTarget by plan year; 0/absent = no target. */
export type Area = { id: string; name: string; savingsTarget?: Record<string, number> };

/**
 * How budget lines group into areas: the code in `dimension`, trimmed, cut to its first `prefix`
 * characters when set (3 = KOSTRA funksjon of a 5-digit tjeneste). Typed as KeyDimension so a
 * dimension added there later needs no change here.
 */
export type AreaGrouping = { dimension: KeyDimension; prefix?: number };

export type AreaYear = {
  /** Σ original amounts of the area's budget lines. */
  ramme: Nok;
  /** Σ counted measures' net budget effect on the area's lines (−Σ adjustment). */
  budgetNet: Nok;
  /** The area's savingsTarget; 0 when none. */
  target: Nok;
  /** target − budgetNet, as the kommune-wide balance. */
  gap: Nok;
  /** gap ≤ 0, as the kommune-wide balance. */
  balanced: boolean;
};

export type AreaFigures = { id: string; name: string; years: Record<string, AreaYear> };

/** What fell in no area: lines without a code in the dimension, and links matching no budget line. */
export type UnassignedYear = { ramme: Nok; budgetNet: Nok };

export type AreaResult = {
  areas: AreaFigures[];
  unassigned: Record<string, UnassignedYear>;
};

export type AreaTargetsExceedTotal = {
  code: "AREA_TARGETS_EXCEED_TOTAL";
  year: string;
  sum: Nok;
  total: Nok;
};
