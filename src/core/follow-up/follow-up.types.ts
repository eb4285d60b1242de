/**
 * What the tertial follow-up (spec §14) returns. Amounts in kroner as unrounded doubles.
 */
import type { RealisationStatus } from "../calculation/calculation.types";
import type { Nok } from "../money";

/** One counted measure in one plan year with figures per period or an entered prognosis. */
export type FollowUpYear = {
  /** Realised kroner per period (tid: hours × hourly cost), only periods with a figure; absent without any. */
  periods?: Record<string, Nok>;
  /** The to-date figures, present with `periods` when the year has a follow-up period. */
  toDate?: {
    /** The period reported to. */
    period: string;
    /** Σ_b expected(b,t) × the share of the year due by the period (the benefit's periodisation). */
    expectedToDate: Nok;
    /** Σ realised in the periods up to and including the period. */
    realisedToDate: Nok;
    /** realisedToDate − expectedToDate */
    deviationToDate: Nok;
    /** realisedToDate / expectedToDate, null when nothing was due by the period. */
    rateToDate: number | null;
    /** §12's rule on the rate to date. */
    statusToDate: RealisationStatus;
  };
  /** The prognosis for the year: entered, or computed from the to-date figures. */
  forecast: Nok;
  /** True when the prognosis is computed, not entered. */
  forecastComputed: boolean;
};

/** A shortfall cover: a measure not yet counted that the prioritisation proposes (spec §14). */
export type CoverMeasure = { id: string; budgetNet: Nok; closes: Nok };

export type FollowUpSummary = {
  /** The budget year. */
  year: string;
  /** The period reported to, or null when only entered prognoses exist and no period is set. */
  period: string | null;
  /** savingsTarget(year) − Σ counted prognosis (a measure without one counts its expected). */
  gapByForecast: Nok;
  /** Measures proposed to cover a positive gapByForecast, in the order chosen. */
  cover: CoverMeasure[];
};

export type FollowUpResult = {
  /** Per measure (same order as the portfolio's): plan year → follow-up, only years that have one. */
  measures: Record<string, FollowUpYear>[];
  /** Plan year → Σ counted prognosis, only years where any counted measure has a prognosis. */
  totals: Record<string, { forecast: Nok }>;
  /** The budget year's follow-up, or null when no counted measure has a prognosis for it. */
  followUp: FollowUpSummary | null;
  /** Plan year → the period its to-date figures are for, where it has one. */
  periodOfYear: Record<string, string>;
};
