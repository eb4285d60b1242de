/**
 * The report JSON, version 3 (spec §8, with the realisation follow-up of §12 and the rammeområder of
 * §13). Amounts in kroner as unrounded doubles; years as text.
 */
import type { IndicatorStatus, RealisationStatus } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type { MeasureStatus, NormalisedKey } from "../model/portfolio.types";
import type { VersionChanges, VersionSummary } from "../versions/versions.types";

export const REPORT_FORMAT = "gevinst-rapport";
export const REPORT_VERSION = 3;

/** The eight per-year figures of spec §8, in that order. */
export type ReportFigures = {
  gross: number;
  expected: number;
  withdrawable: number;
  cost: number;
  net: number;
  expectedNet: number;
  budgetNet: number;
  freedHours: number;
};

/** A measure's year: the eight figures, and the follow-up where anything was realised (spec §12). */
export type ReportMeasureYear = ReportFigures & {
  realised?: number;
  deviation?: number;
  /** null when nothing was expected. */
  realisationRate?: number | null;
  realisationStatus?: RealisationStatus;
  /**
   * Version 3 (spec §14), counted measures only: realised kroner per period (only periods with a
   * figure), present where any benefit has figures per period for the year.
   */
  periods?: Record<string, number>;
  /** With `periods`, when the year has a follow-up period: expected and realised up to it. */
  expectedToDate?: number;
  realisedToDate?: number;
  deviationToDate?: number;
  statusToDate?: RealisationStatus;
  /** The prognosis for the year, where there are periods or an entered prognosis. */
  forecast?: number;
  /** True when the prognosis is computed from the to-date figures. */
  forecastComputed?: boolean;
};

/**
 * A sum over measures: the eight figures and what was realised (0 where nothing); in `totals`,
 * version 3 adds `forecast` (spec §14) for the years where any counted measure has a prognosis.
 */
export type ReportAggregateFigures = ReportFigures & { realised: number; forecast?: number };

/** The budget year's follow-up (spec §14). */
export type ReportFollowUp = {
  year: string;
  /** The period reported to; null when only entered prognoses exist and none is set. */
  period: string | null;
  /** savingsTarget(year) − Σ counted prognosis. */
  gapByForecast: number;
  /** Ids of the measures not yet counted proposed to cover a positive gapByForecast. */
  cover: string[];
};

export type ReportMeasure = {
  id: string;
  status: MeasureStatus;
  counted: boolean;
  years: Record<string, ReportMeasureYear>;
  total: ReportFigures;
  npv: number;
  paybackYear: number | null;
};

export type ReportAggregate = {
  years: Record<string, ReportAggregateFigures>;
  total: ReportAggregateFigures;
};

export type ReportAdjustmentYear = {
  original: number;
  adjustment: number;
  adjusted: number;
  /** Set (true) on a plan year the budget has no column for: original = the budget year's. */
  carriedForward?: true;
  /** The accounts for the year, where the budget has a regnskap column for it (spec §12). */
  actual?: number;
  /** actual − adjusted */
  actualVsAdjusted?: number;
};

export type ReportAdjustment = {
  key: NormalisedKey;
  years: Record<string, ReportAdjustmentYear>;
};

export type ReportBalance = Record<
  string,
  { target: number; budgetNet: number; gap: number; balanced: boolean }
>;

/** A rammeområde's plan year (spec §13): as the kommune-wide balance, on the area's lines. */
export type ReportAreaYear = {
  /** Σ the original amounts of the area's budget lines. */
  ramme: number;
  /** Σ the counted measures' net budget effect on the area's lines. */
  budgetNet: number;
  /** The area's savingsTarget (0 when none). */
  target: number;
  /** target − budgetNet */
  gap: number;
  /** gap ≤ 0 */
  balanced: boolean;
};

export type ReportArea = { id: string; name: string; years: Record<string, ReportAreaYear> };

export type ReportIndicator = {
  id: string;
  measure: string;
  benefit: string;
  latest: number | null;
  achievement: number | null;
  status: IndicatorStatus | null;
};

export type Report = {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  budgetYear: number;
  years: string[];
  measures: ReportMeasure[];
  totals: ReportAggregate;
  pipeline: ReportAggregate;
  budgetAdjustments: ReportAdjustment[];
  balance: ReportBalance;
  indicators: ReportIndicator[];
  /**
   * Version 3 (spec §13): per rammeområde, the listed areas first, then codes only the budget
   * has. Absent unless the portfolio has areas and a budget with its lines is given.
   */
  areas?: ReportArea[];
  /** Version 3 (spec §15): the frozen versions, oldest first. Absent when there are none. */
  versions?: VersionSummary[];
  /**
   * Version 3 (spec §15): what changed between two versions (default the latest forslag → the
   * latest vedtatt). Absent unless both are there.
   */
  changes?: VersionChanges;
  /** Version 3 (spec §14): absent unless a counted measure has a prognosis for the budget year. */
  followUp?: ReportFollowUp;
  issues: ReportIssue[];
};

/** An issue as the report gives it: where it is and its text, without the catalogue key. */
export type ReportIssue = Omit<Issue, "key" | "params"> & { message: string };
