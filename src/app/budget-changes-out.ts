/**
 * «Budsjettendringer ut» (spec §15): the budget adjustments of the workbook's Gevinst sheets as
 * the file the kommune's budget system imports — for `gevinst changes` now, the pane's download
 * later. The workbook is read once (Gevinst sheets and budget), the core does the rest.
 */
import {
  budgetChangeRows,
  changeColumns,
  writeChangesCsv,
  type BudgetChanges,
} from "../core/budget-changes";
import { calculatePortfolio } from "../core/calculation/calculate-portfolio";
import type { Issue } from "../core/model/issue.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readWorkbookWithBudget } from "./read-with-budget";

export type BudgetChangesOut =
  | { status: "no-budget"; issues: Issue[] }
  | { status: "ready"; changes: BudgetChanges; csv: string; issues: Issue[] };

/** The changes file of the workbook; `no-budget` when no budget mapping is stored. */
export async function budgetChangesOut(port: WorkbookPort): Promise<BudgetChangesOut> {
  const { workbook, portfolio, budget, issues } = await readWorkbookWithBudget(port);
  const mapping = workbook.storedMapping;
  if (!budget || !mapping) return { status: "no-budget", issues };
  const result = calculatePortfolio(portfolio, { budget });
  const changes: BudgetChanges = {
    columns: changeColumns(mapping, workbook.grids),
    rows: budgetChangeRows(portfolio, result, budget),
  };
  return { status: "ready", changes, csv: writeChangesCsv(changes), issues };
}
