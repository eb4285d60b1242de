import { useState } from "react";
import { recordApproval } from "../../app/record-approval";
import { readGevinstWorkbook } from "../../app/gevinst-sheets-io";
import { combineIssues } from "../../app/read-portfolio";
import { createBudgetIndex, mappingHasProsjekt } from "../../core/budget/budget-index";
import { readBudgetLines } from "../../core/budget/budget-lines";
import type { IssueCode } from "../../core/model/issue.types";
import {
  MEASURE_STATUSES,
  type MeasureStatus,
  type Portfolio,
} from "../../core/model/portfolio.types";
import { formatKroner } from "../../core/money";
import { prioritiseMeasures, type Prioritisation } from "../../core/prioritisation";
import { buildReport } from "../../core/report";
import type { Report } from "../../core/report/report.types";
import { validatePortfolio } from "../../core/validation";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { useAction } from "./useAction";
import { useWorkbookQuery } from "./useWorkbookQuery";

export type FinanceData = {
  hasSheets: boolean;
  portfolio: Portfolio;
  report: Report;
  prioritisation: Prioritisation;
};

/** One read (Gevinst and budget sheets); the report and the proposal computed by the core. */
export async function loadFinanceData(port: WorkbookPort): Promise<FinanceData> {
  const workbook = await readGevinstWorkbook(port, { withBudget: true });
  const mapping = workbook.storedMapping;
  const budget = mapping
    ? createBudgetIndex(readBudgetLines(mapping, workbook.grids).lines, {
        hasProsjekt: mappingHasProsjekt(mapping),
      })
    : undefined;
  const { portfolio } = workbook.read;
  const issues = combineIssues(workbook.read.issues, validatePortfolio(portfolio, budget));
  const report = buildReport(portfolio, { ...(budget ? { budget } : {}), issues });
  return {
    hasSheets: workbook.state.grids.length > 0,
    portfolio,
    report,
    prioritisation: prioritiseMeasures(portfolio),
  };
}

export type Breakdown = { key: string; label: string; value: number };

/** Σ budgetNet over the period per deep-dive, counted measures only. */
export function netByDeepDive(data: FinanceData, withoutDeepDive: string): Breakdown[] {
  const sums = new Map<string, number>();
  for (const m of data.report.measures) {
    if (!m.counted) continue;
    const deepDive = data.portfolio.measures.find((p) => p.id === m.id)?.deepDive ?? "";
    sums.set(deepDive, (sums.get(deepDive) ?? 0) + m.total.budgetNet);
  }
  return [...sums].map(([key, value]) => ({
    key,
    label: data.portfolio.deepDives.find((d) => d.id === key)?.name ?? withoutDeepDive,
    value,
  }));
}

/** Σ expected over the period per status, every measure. */
export function expectedByStatus(
  report: Report,
  labels: Record<MeasureStatus, string>,
): Breakdown[] {
  return MEASURE_STATUSES.map((status) => ({
    key: status,
    label: labels[status],
    value: report.measures
      .filter((m) => m.status === status)
      .reduce((s, m) => s + m.total.expected, 0),
  })).filter((b) => report.measures.some((m) => m.status === b.key));
}

export type ReadinessKey = "owner" | "baseline" | "links" | "shares" | "balance";

const BLOCKING: Record<Exclude<ReadinessKey, "balance">, IssueCode[]> = {
  owner: ["MISSING_OWNER"],
  baseline: ["MISSING_BASELINE"],
  links: ["MISSING_BUDGET_LINK", "LINK_NOT_FOUND", "LINK_AMBIGUOUS"],
  shares: ["SHARES_NOT_ONE"],
};

/** The October checklist: each point true when no issue of its kind is left. */
export function readiness(report: Report): { key: ReadinessKey; ok: boolean }[] {
  const points = (Object.keys(BLOCKING) as (keyof typeof BLOCKING)[]).map((key) => ({
    key,
    ok: !report.issues.some((i) => BLOCKING[key].includes(i.code)),
  }));
  const balanced = report.years.every((y) => report.balance[y]?.balanced ?? false);
  return [...points, { key: "balance", ok: balanced }];
}

/** Økonomisjef: the review, and «Godkjent» written to the log. */
export function useFinanceReview() {
  const { port, now, user } = useServices();
  const strings = useStrings();
  const query = useWorkbookQuery(loadFinanceData);
  const action = useAction();
  const [approver, setApprover] = useState("");
  const approve = () =>
    void action.run("approve", async () => {
      const data = query.data;
      if (!data) return null;
      const at = now();
      const firstYear = data.report.years[0] ?? "";
      const gap = data.report.balance[firstYear]?.gap ?? 0;
      await recordApproval(port, {
        approver,
        budgetYear: data.report.budgetYear,
        summary: strings.finance.approvalSummary(formatKroner(gap)),
        now: at,
        user,
      });
      const date = new Intl.DateTimeFormat("nb-NO", {
        dateStyle: "short",
        timeStyle: "short",
      }).format(at);
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [strings.finance.approved(approver.trim(), date)],
      };
    });
  return { ...query, action, approver, setApprover, approve };
}
