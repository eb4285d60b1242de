/**
 * The Gevinst sheets back to a portfolio (spec §10 `gevinst export`), with every issue: those the
 * sheets show at a cell (text in a number cell, a blank required cell) and the spec §6 checks.
 */
import type { BudgetLookup } from "../core/calculation/calculation.types";
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import type { OverviewTexts } from "../core/sheets/overview/render-overview";
import { validatePortfolio } from "../core/validation/validate-portfolio";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readGevinstWorkbook } from "./gevinst-sheets-io";

export type ReadPortfolioResult = {
  portfolio: Portfolio;
  overview: OverviewTexts;
  issues: Issue[];
};

/**
 * Sheet issues first; a validation BAD_VALUE about a value the sheet parser already reported
 * at its cell is dropped, so each problem is listed once, with its place.
 */
export function combineIssues(
  sheetIssues: readonly Issue[],
  validation: readonly Issue[],
): Issue[] {
  const located = sheetIssues.filter((i) => i.code === "BAD_VALUE" && i.cell);
  const same = (a: Issue, b: Issue) =>
    a.measure === b.measure && a.benefit === b.benefit && a.indicator === b.indicator;
  const rawOf = (issue: Issue) => /«([^»]*)»/.exec(issue.message)?.[1];
  const dropped = (issue: Issue) =>
    issue.code === "BAD_VALUE" &&
    located.some(
      (s) =>
        same(s, issue) && rawOf(s) !== undefined && issue.message.includes(`«${rawOf(s) ?? ""}»`),
    );
  return [...sheetIssues, ...validation.filter((issue) => !dropped(issue))];
}

export async function readPortfolio(
  port: WorkbookPort,
  options: { budget?: BudgetLookup } = {},
): Promise<ReadPortfolioResult> {
  const workbook = await readGevinstWorkbook(port);
  const { portfolio, overview, issues } = workbook.read;
  return {
    portfolio,
    overview,
    issues: combineIssues(issues, validatePortfolio(portfolio, options.budget)),
  };
}
