/**
 * The report (spec §8) from a calculated portfolio and its issues.
 */
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import type {
  AggregateResult,
  BudgetLookup,
  PortfolioResult,
  YearFigures,
} from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type { Portfolio } from "../model/portfolio.types";
import { validatePortfolio } from "../validation/validate-portfolio";
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type Report,
  type ReportAggregate,
  type ReportFigures,
} from "./report.types";

function figures(f: YearFigures): ReportFigures {
  return {
    gross: f.gross,
    expected: f.expected,
    withdrawable: f.withdrawable,
    cost: f.cost,
    net: f.net,
    expectedNet: f.expectedNet,
    budgetNet: f.budgetNet,
    freedHours: f.freedHours,
  };
}

function byYear(
  years: readonly string[],
  source: Record<string, YearFigures>,
): Record<string, ReportFigures> {
  const result: Record<string, ReportFigures> = {};
  for (const year of years) {
    const f = source[year];
    if (f) result[year] = figures(f);
  }
  return result;
}

function aggregate(years: readonly string[], source: AggregateResult): ReportAggregate {
  return { years: byYear(years, source.years), total: figures(source.total) };
}

/** An issue with its fields in the report's order: severity, code, where, message. */
function issueJson(issue: Issue): Issue {
  const { severity, code, message, ...place } = issue;
  const ordered: Record<string, unknown> = { severity, code };
  for (const key of [
    "measure",
    "benefit",
    "indicator",
    "deepDive",
    "sheet",
    "cell",
    "line",
    "field",
  ] as const) {
    if (place[key] !== undefined) ordered[key] = place[key];
  }
  ordered.message = message;
  return ordered as Issue;
}

/** The report from an already calculated portfolio and its issues. */
export function reportFromResult(result: PortfolioResult, issues: readonly Issue[]): Report {
  const years = [...result.years];
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    budgetYear: result.budgetYear,
    years,
    measures: result.measures.map((m) => ({
      id: m.id,
      status: m.status,
      counted: m.counted,
      years: byYear(years, m.years),
      total: figures(m.total),
      npv: m.npv,
      paybackYear: m.paybackYear,
    })),
    totals: aggregate(years, result.totals),
    pipeline: aggregate(years, result.pipeline),
    budgetAdjustments: result.budgetAdjustments.map((a) => {
      const perYear: Report["budgetAdjustments"][number]["years"] = {};
      years.forEach((year, i) => {
        const slot = a.years[year];
        if (!slot) return;
        perYear[year] = {
          original: slot.original,
          adjustment: slot.adjustment,
          adjusted: slot.adjusted,
          // spec §4: the plan year has no column of its own; original = the budget year's.
          ...(a.line?.carried?.[i] ? { carriedForward: true } : {}),
        };
      });
      return { key: { ...a.key }, years: perYear };
    }),
    balance: Object.fromEntries(years.map((year) => [year, { ...result.balance[year]! }])),
    indicators: result.indicators.map((i) => ({
      id: i.id,
      measure: i.measure,
      benefit: i.benefit,
      latest: i.latest,
      achievement: i.achievement,
      status: i.status,
    })),
    issues: issues.map(issueJson),
  };
}

export type BuildReportOptions = {
  budget?: BudgetLookup;
  /** Issues found elsewhere (sheets, file); without them the portfolio is validated here. */
  issues?: readonly Issue[];
};

/**
 * Calculates and validates the portfolio and returns the report of spec §8. Given `issues` are
 * used as they are (the caller has validated, e.g. while reading the Gevinst sheets).
 */
export function buildReport(portfolio: Portfolio, options: BuildReportOptions = {}): Report {
  const result = calculatePortfolio(portfolio, { budget: options.budget });
  const issues = options.issues ?? validatePortfolio(portfolio, options.budget);
  return reportFromResult(result, issues);
}

/** The report as JSON text (two-space indent, final newline), as `gevinst report --json` prints it. */
export function writeReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
