/**
 * The report JSON, version 2 (spec §8, with the realisation follow-up of §12). Amounts in kroner as unrounded doubles; years as text.
 */
import type { IndicatorStatus, RealisationStatus } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type { MeasureStatus, NormalisedKey } from "../model/portfolio.types";

export const REPORT_FORMAT = "gevinst-rapport";
export const REPORT_VERSION = 2;

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
};

/** A sum over measures: the eight figures and what was realised (0 where nothing). */
export type ReportAggregateFigures = ReportFigures & { realised: number };

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
  issues: ReportIssue[];
};

/** An issue as the report gives it: where it is and its text, without the catalogue key. */
export type ReportIssue = Omit<Issue, "key" | "params"> & { message: string };
