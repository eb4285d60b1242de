/**
 * The report (spec §8, §12, §13) from a calculated portfolio and its issues.
 */
import { calculateAreas } from "../areas/calculate-areas";
import type { AreaFigures, AreaGrouping } from "../areas/area.types";
import type { BudgetLine } from "../budget/budget.types";
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import type {
  AggregateResult,
  BudgetLookup,
  MeasureResult,
  PortfolioResult,
  YearFigures,
} from "../calculation/calculation.types";
import { calculateFollowUp } from "../follow-up/calculate-follow-up";
import type { FollowUpResult, FollowUpYear } from "../follow-up/follow-up.types";
import type { Issue } from "../model/issue.types";
import type { Portfolio } from "../model/portfolio.types";
import { validatePortfolio } from "../validation/validate-portfolio";
import type { A3Unit } from "../sheets/a3/render-a3-unit";
import { versionComparison } from "../versions/version-comparison";
import type { VersionChanges, VersionSummary } from "../versions/versions.types";
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type Report,
  type ReportAggregate,
  type ReportAggregateFigures,
  type ReportAdjustmentYear,
  type ReportArea,
  type ReportFigures,
  type ReportIssue,
  type ReportMeasureYear,
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

function withRealised(f: YearFigures): ReportAggregateFigures {
  return { ...figures(f), realised: f.realised };
}

function aggregate(years: readonly string[], source: AggregateResult): ReportAggregate {
  const perYear: Record<string, ReportAggregateFigures> = {};
  for (const year of years) {
    const f = source.years[year];
    if (f) perYear[year] = withRealised(f);
  }
  return { years: perYear, total: withRealised(source.total) };
}

/** A measure's years, with the follow-up (spec §12, §14) only where anything was realised. */
function measureYears(
  years: readonly string[],
  m: MeasureResult,
  followUp: Record<string, FollowUpYear> = {},
): Record<string, ReportMeasureYear> {
  const result: Record<string, ReportMeasureYear> = byYear(years, m.years);
  for (const [year, r] of Object.entries(m.realisation)) {
    const slot = result[year];
    if (!slot) continue;
    result[year] = {
      ...slot,
      realised: r.realised,
      deviation: r.deviation,
      realisationRate: r.rate,
      realisationStatus: r.status,
    };
  }
  for (const [year, f] of Object.entries(followUp)) {
    const slot = result[year];
    if (!slot) continue;
    result[year] = {
      ...slot,
      ...(f.periods ? { periods: { ...f.periods } } : {}),
      ...(f.toDate
        ? {
            expectedToDate: f.toDate.expectedToDate,
            realisedToDate: f.toDate.realisedToDate,
            deviationToDate: f.toDate.deviationToDate,
            statusToDate: f.toDate.statusToDate,
          }
        : {}),
      forecast: f.forecast,
      forecastComputed: f.forecastComputed,
    };
  }
  return result;
}

/** `totals` with the prognosis per year (spec §14) where there is one. */
function withForecast(
  totals: ReportAggregate,
  followUp: FollowUpResult | undefined,
): ReportAggregate {
  if (!followUp) return totals;
  for (const [year, t] of Object.entries(followUp.totals)) {
    const slot = totals.years[year];
    if (slot) slot.forecast = t.forecast;
  }
  return totals;
}

/** An issue's text in the report's language (src/app/messages: bokmål for the JSON report). */
export type IssueText = (issue: Issue) => string;

/** An issue with its fields in the report's order: severity, code, where, message. */
function issueJson(issue: Issue, text: IssueText): ReportIssue {
  const { severity, code, ...place } = issue;
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
  ordered.message = text(issue);
  return ordered as ReportIssue;
}

function areaJson(area: AreaFigures, years: readonly string[]): ReportArea {
  const perYear: ReportArea["years"] = {};
  for (const year of years) {
    const y = area.years[year];
    if (y)
      perYear[year] = {
        ramme: y.ramme,
        budgetNet: y.budgetNet,
        target: y.target,
        gap: y.gap,
        balanced: y.balanced,
      };
  }
  return { id: area.id, name: area.name, years: perYear };
}

/**
 * How the portfolio's areas group the budget (spec §13): its `areaDimension`, else tjenesteområde
 * when any line has one, else funksjon when any line has one, else ansvar; `areaPrefix` as given.
 */
export function areaGroupingOf(portfolio: Portfolio, lines: readonly BudgetLine[]): AreaGrouping {
  const has = (dimension: "tjenesteomrade" | "funksjon") =>
    lines.some((line) => (line.key[dimension] ?? "").trim() !== "");
  const dimension =
    portfolio.areaDimension ??
    (has("tjenesteomrade") ? "tjenesteomrade" : has("funksjon") ? "funksjon" : "ansvar");
  return portfolio.areaPrefix !== undefined
    ? { dimension, prefix: portfolio.areaPrefix }
    : { dimension };
}

/**
 * The report from an already calculated portfolio and its issues; `areas` (spec §13, from
 * calculateAreas) is written when given.
 */
export function reportFromResult(
  result: PortfolioResult,
  issues: readonly Issue[],
  text: IssueText,
  areas?: readonly AreaFigures[],
  versions?: { versions: VersionSummary[]; changes?: VersionChanges },
  followUp?: FollowUpResult,
): Report {
  const years = [...result.years];
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    budgetYear: result.budgetYear,
    years,
    measures: result.measures.map((m, i) => ({
      id: m.id,
      status: m.status,
      counted: m.counted,
      years: measureYears(years, m, followUp?.measures[i]),
      total: figures(m.total),
      npv: m.npv,
      paybackYear: m.paybackYear,
    })),
    totals: withForecast(aggregate(years, result.totals), followUp),
    pipeline: aggregate(years, result.pipeline),
    budgetAdjustments: result.budgetAdjustments.map((a) => {
      const perYear: Report["budgetAdjustments"][number]["years"] = {};
      years.forEach((year, i) => {
        const slot = a.years[year];
        if (!slot) return;
        const entry: ReportAdjustmentYear = {
          original: slot.original,
          adjustment: slot.adjustment,
          adjusted: slot.adjusted,
          // spec §4: the plan year has no column of its own; original = the budget year's.
          ...(a.line?.carried?.[i] ? { carriedForward: true as const } : {}),
        };
        if (slot.actual !== undefined) {
          entry.actual = slot.actual;
          entry.actualVsAdjusted = slot.actualVsAdjusted ?? slot.actual - slot.adjusted;
        }
        perYear[year] = entry;
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
    ...(areas ? { areas: areas.map((area) => areaJson(area, years)) } : {}),
    ...(versions ? { versions: versions.versions } : {}),
    ...(versions?.changes ? { changes: versions.changes } : {}),
    ...(followUp?.followUp
      ? {
          followUp: {
            year: followUp.followUp.year,
            period: followUp.followUp.period,
            gapByForecast: followUp.followUp.gapByForecast,
            cover: followUp.followUp.cover.map((c) => c.id),
          },
        }
      : {}),
    issues: issues.map((issue) => issueJson(issue, text)),
  };
}

export type BuildReportOptions = {
  /** How an issue is written in the report (the catalogues; bokmål for the JSON report). */
  text: IssueText;
  /** The budget; with its `lines` (a BudgetIndex has them) the report has `areas` (spec §13). */
  budget?: BudgetLookup & { readonly lines?: readonly BudgetLine[] };
  /** Issues found elsewhere (sheets, file); without them the portfolio is validated here. */
  issues?: readonly Issue[];
  /**
   * The versions to compare (spec §15; default the latest forslag → the latest vedtatt). A version
   * asked for that is not there is VERSION_UNKNOWN in the issues.
   */
  compare?: { from?: string; to?: string };
  /** The units with an A3 of their own, so `changes.reapprove` names theirs too. */
  a3Units?: readonly A3Unit[];
};

/**
 * Calculates and validates the portfolio and returns the report of spec §8, §12 and §13. Given
 * `issues` are used as they are (the caller has validated, e.g. while reading the Gevinst sheets).
 * `areas` is there only when the portfolio lists areas and the budget's lines are given; it reuses
 * the calculation's per-line adjustments, so a measure innarbeidet i budsjettet (adjustment 0)
 * counts in the kommune's budgetNet but in no area (docs/model.md §9b).
 */
export function buildReport(portfolio: Portfolio, options: BuildReportOptions): Report {
  const result = calculatePortfolio(portfolio, { budget: options.budget });
  const issues = options.issues ?? validatePortfolio(portfolio, options.budget);
  const lines = options.budget?.lines;
  const areas =
    portfolio.areas && portfolio.areas.length > 0 && lines
      ? calculateAreas(
          portfolio.areas,
          areaGroupingOf(portfolio, lines),
          lines,
          result.budgetAdjustments,
          result.years,
        ).areas
      : undefined;
  const comparison = versionComparison(portfolio, options.a3Units ?? [], options.compare);
  const versions =
    portfolio.versions && portfolio.versions.length > 0
      ? {
          versions: portfolio.versions.map(({ id, kind, name, date, by }) => ({
            id,
            kind,
            name,
            date,
            by,
          })),
          ...(comparison.status === "compared" ? { changes: comparison.changes } : {}),
        }
      : undefined;
  const asked = comparison.status === "none" ? comparison.issues : [];
  return reportFromResult(
    result,
    [...issues, ...asked],
    options.text,
    areas,
    versions,
    calculateFollowUp(portfolio, result),
  );
}

/** The report as JSON text (two-space indent, final newline), as `gevinst report --json` prints it. */
export function writeReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
