/**
 * The step every review shares: the Gevinst sheets and the budget sheets in one read, the budget
 * lines indexed with the stored mapping, and every issue (the sheets' own and the spec §6 checks).
 */
import { createBudgetIndex, indexOptionsOf, type BudgetIndex } from "../core/budget/budget-index";
import { readBudgetLines } from "../core/budget/budget-lines";
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import { validatePortfolio } from "../core/validation";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readGevinstWorkbook, type GevinstWorkbook } from "./gevinst-sheets-io";
import { combineIssues } from "./read-portfolio";

export type WorkbookWithBudget = {
  workbook: GevinstWorkbook;
  portfolio: Portfolio;
  /** The budget lines, when a mapping is stored. */
  budget?: BudgetIndex;
  issues: Issue[];
};

export async function readWorkbookWithBudget(port: WorkbookPort): Promise<WorkbookWithBudget> {
  const workbook = await readGevinstWorkbook(port, { withBudget: true });
  const mapping = workbook.storedMapping;
  const budget = mapping
    ? createBudgetIndex(readBudgetLines(mapping, workbook.grids).lines, indexOptionsOf(mapping))
    : undefined;
  const { portfolio } = workbook.read;
  const issues = combineIssues(workbook.read.issues, validatePortfolio(portfolio, budget));
  return { workbook, portfolio, issues, ...(budget ? { budget } : {}) };
}
