/**
 * The report JSON, version 1 (spec §8). Amounts in kroner as unrounded doubles; years as text.
 */
import type { IndicatorStatus } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type { BudgetKey, MeasureStatus } from "../model/portfolio.types";

export const REPORT_FORMAT = "gevinst-rapport";
export const REPORT_VERSION = 1;

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

export type ReportMeasure = {
  id: string;
  status: MeasureStatus;
  counted: boolean;
  years: Record<string, ReportFigures>;
  total: ReportFigures;
  npv: number;
  paybackYear: number | null;
};

export type ReportAggregate = { years: Record<string, ReportFigures>; total: ReportFigures };

export type ReportAdjustment = {
  key: Required<BudgetKey>;
  years: Record<
    string,
    {
      original: number;
      adjustment: number;
      adjusted: number;
      /** Set (true) on a plan year the budget has no column for: original = the budget year's. */
      carriedForward?: true;
    }
  >;
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
  issues: Issue[];
};
