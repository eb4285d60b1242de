/**
 * The report (spec §8) computed from the workbook's Gevinst sheets, with the core — the same
 * figures the sheets' formulas show. One describe(), one readSheets() (Gevinst sheets, config and
 * budget sheets together).
 */
import { createBudgetIndex, indexOptionsOf } from "../core/budget/budget-index";
import { readBudgetLines } from "../core/budget/budget-lines";
import type { BudgetMapping } from "../core/budget/budget.types";
import { buildReport } from "../core/report/build-report";
import { messageText } from "./messages";
import type { Report } from "../core/report/report.types";
import type { Portfolio } from "../core/model/portfolio.types";
import type { OverviewTexts } from "../core/sheets/overview/render-overview";
import { validatePortfolio } from "../core/validation/validate-portfolio";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readGevinstWorkbook } from "./gevinst-sheets-io";
import { combineIssues } from "./read-portfolio";

export async function buildWorkbookReport(
  port: WorkbookPort,
  options: { mapping?: BudgetMapping } = {},
): Promise<Report> {
  return (await reportWithSheets(port, options)).report;
}

/** The report and what it was made from (the presentation also shows the overview's texts). */
export async function reportWithSheets(
  port: WorkbookPort,
  options: { mapping?: BudgetMapping } = {},
): Promise<{ report: Report; portfolio: Portfolio; overview: OverviewTexts }> {
  const workbook = await readGevinstWorkbook(port, { ...options, withBudget: true });
  const mapping = options.mapping ?? workbook.storedMapping;
  const { portfolio, overview } = workbook.read;
  const budget = mapping
    ? createBudgetIndex(readBudgetLines(mapping, workbook.grids).lines, indexOptionsOf(mapping))
    : undefined;
  const issues = combineIssues(workbook.read.issues, validatePortfolio(portfolio, budget));
  const report = buildReport(portfolio, {
    ...(budget ? { budget } : {}),
    issues,
    text: messageText,
  });
  return { report, portfolio, overview };
}
