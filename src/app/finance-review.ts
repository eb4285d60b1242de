/**
 * «Gjennomgang» for the finance director: the report and the prioritisation from one read, the
 * October checklist (never green about something that is not there) and the approvals in the log.
 */
import { SHEET_LOG, SHEET_SETTINGS } from "../core/sheets/shared/sheet-names";
import { parseA3Units } from "../core/sheets/a3/render-a3-unit";
import { a3UnitsCell } from "../core/sheets/settings/parse-settings";
import { versionComparison, type VersionComparison } from "../core/versions";
import { LOG_HEADERS } from "../core/sheets/log/log.layout";
import type { IssueCode } from "../core/model/issue.types";
import {
  MEASURE_STATUSES,
  type MeasureStatus,
  type Portfolio,
} from "../core/model/portfolio.types";
import { prioritiseMeasures, type Prioritisation } from "../core/prioritisation";
import { buildReport } from "../core/report";
import { messageText } from "./messages";
import { serialToDate } from "../core/sheets/shared/cell-values";
import type { Report } from "../core/report/report.types";
import type { SheetGrid, WorkbookPort } from "../core/workbook/workbook-port";
import { APPROVAL_WHAT } from "./record-approval";
import { readWorkbookWithBudget } from "./read-with-budget";

/** One «Godkjent» line from the log. */
export type Approval = { approver: string; at: Date; budgetYear: number | null; summary: string };

export type FinanceData = {
  hasSheets: boolean;
  portfolio: Portfolio;
  report: Report;
  prioritisation: Prioritisation;
  /** Every approval in the log, newest first. */
  approvals: Approval[];
  /** What politics changed: the latest forslag against the latest vedtatt (spec §15). */
  comparison: VersionComparison;
};

/** One read (Gevinst and budget sheets); the report and the proposal computed by the core. */
export async function loadFinanceData(port: WorkbookPort): Promise<FinanceData> {
  const { workbook, portfolio, budget, issues } = await readWorkbookWithBudget(port);
  const report = buildReport(portfolio, {
    ...(budget ? { budget } : {}),
    issues,
    text: messageText,
  });
  const log = workbook.grids.find((g) => g.name === SHEET_LOG);
  return {
    hasSheets: workbook.state.grids.length > 0,
    portfolio,
    report,
    prioritisation: prioritiseMeasures(portfolio),
    approvals: log ? approvalsIn(log) : [],
    comparison: versionComparison(
      portfolio,
      parseA3Units(a3UnitsCell(workbook.grids.find((g) => g.name === SHEET_SETTINGS))),
    ),
  };
}

/** The log's «Godkjent budsjettforslag B» lines, newest first (columns found by their headings). */
export function approvalsIn(log: SheetGrid): Approval[] {
  const rows = log.values;
  const header = rows.findIndex((row) => row.some((v) => v === LOG_HEADERS[2]));
  if (header < 0) return [];
  const col = (name: (typeof LOG_HEADERS)[number]) => rows[header]?.indexOf(name) ?? -1;
  const [at, who, what, , after] = LOG_HEADERS.map(col);
  const found: Approval[] = [];
  for (const row of rows.slice(header + 1)) {
    const text = String(row[what ?? -1] ?? "");
    if (!text.startsWith(APPROVAL_WHAT)) continue;
    const serial = row[at ?? -1];
    if (typeof serial !== "number") continue;
    const year = Number(text.slice(APPROVAL_WHAT.length).trim());
    found.push({
      approver: String(row[who ?? -1] ?? ""),
      at: serialToDate(serial),
      budgetYear: Number.isInteger(year) && year > 0 ? year : null,
      summary: String(row[after ?? -1] ?? ""),
    });
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime());
}

export type Breakdown = { key: string; value: number };

/** Σ budgetNet over the period per deep-dive id ("" = without), counted measures only. */
export function netByDeepDive(data: Pick<FinanceData, "report" | "portfolio">): Breakdown[] {
  const sums = new Map<string, number>();
  for (const m of data.report.measures) {
    if (!m.counted) continue;
    const deepDive = data.portfolio.measures.find((p) => p.id === m.id)?.deepDive ?? "";
    sums.set(deepDive, (sums.get(deepDive) ?? 0) + m.total.budgetNet);
  }
  return [...sums].map(([key, value]) => ({ key, value }));
}

/** Σ expected over the period per status, every measure; statuses with no measure left out. */
export function expectedByStatus(report: Report): { key: MeasureStatus; value: number }[] {
  return MEASURE_STATUSES.filter((status) => report.measures.some((m) => m.status === status)).map(
    (status) => ({
      key: status,
      value: report.measures
        .filter((m) => m.status === status)
        .reduce((s, m) => s + m.total.expected, 0),
    }),
  );
}

export type ReadinessKey =
  "measures" | "target" | "owner" | "baseline" | "links" | "shares" | "balance";

/**
 * A point of the checklist: `ok` when checked and fine, `missing` when not (or when what it is
 * about is not there at all), `none` when there is nothing of its kind to check (no indicators).
 */
export type ReadinessState = "ok" | "missing" | "none";
export type ReadinessPoint = { key: ReadinessKey; state: ReadinessState };

const BLOCKING: Record<"owner" | "baseline" | "links" | "shares", IssueCode[]> = {
  owner: ["MISSING_OWNER"],
  baseline: ["MISSING_BASELINE"],
  links: ["MISSING_BUDGET_LINK", "LINK_NOT_FOUND", "LINK_AMBIGUOUS"],
  shares: ["SHARES_NOT_ONE"],
};

/**
 * The October checklist. Never green about what is not there: no counted measure, or no
 * innsparingskrav for a plan year, makes «measures» / «target» and «balance» missing.
 */
export function readiness(
  report: Report,
  portfolio: Pick<Portfolio, "measures" | "savingsTarget">,
): ReadinessPoint[] {
  const counted = report.measures.filter((m) => m.counted);
  const targets = portfolio.savingsTarget;
  const hasTargets = report.years.length > 0 && report.years.every((y) => targets[y] !== undefined);
  const clean = (key: keyof typeof BLOCKING) =>
    !report.issues.some((i) => BLOCKING[key].includes(i.code));
  const countedIds = new Set(counted.map((m) => m.id));
  const measures = portfolio.measures.filter((m) => countedIds.has(m.id));
  const withdrawals = measures.some((m) => m.benefits.some((b) => b.budgetEffect === "uttak"));
  const indicators = measures.some((m) => m.benefits.some((b) => b.indicators.length > 0));
  const state = (applies: boolean, fine: boolean): ReadinessState =>
    !applies ? "none" : fine ? "ok" : "missing";
  const balanced = report.years.every((y) => report.balance[y]?.balanced ?? false);
  return [
    { key: "measures", state: counted.length > 0 ? "ok" : "missing" },
    { key: "target", state: hasTargets ? "ok" : "missing" },
    { key: "owner", state: counted.length === 0 ? "missing" : state(true, clean("owner")) },
    { key: "baseline", state: state(indicators, clean("baseline")) },
    { key: "links", state: state(withdrawals, clean("links")) },
    { key: "shares", state: state(withdrawals, clean("shares")) },
    { key: "balance", state: hasTargets && counted.length > 0 && balanced ? "ok" : "missing" },
  ];
}

/**
 * The points the figures rest on: without them the approved numbers would be wrong or empty.
 * A missing gevinstansvarlig or baseline is a warning (spec §6): shown as not ready, but it does
 * not stop the approval of the budget figures.
 */
const BLOCKS_APPROVAL: ReadonlySet<ReadinessKey> = new Set([
  "measures",
  "target",
  "links",
  "shares",
  "balance",
]);

/** What stops «Godkjent»: every such point that is missing (an empty list: ready to approve). */
export function notReady(points: readonly ReadinessPoint[]): ReadinessKey[] {
  return points
    .filter((p) => p.state === "missing" && BLOCKS_APPROVAL.has(p.key))
    .map((p) => p.key);
}
