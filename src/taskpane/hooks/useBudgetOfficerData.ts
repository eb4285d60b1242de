import { loadBudget, type LoadBudgetResult } from "../../app/connect-budget";
import { readPortfolio, type ReadPortfolioResult } from "../../app/read-portfolio";
import { SHEET_SETTINGS } from "../../core/layout/sheet-names";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { useWorkbookQuery, type QueryState } from "./useWorkbookQuery";

export type BudgetOfficerData = {
  budget: LoadBudgetResult;
  /** Null until the Gevinst sheets exist. */
  sheets: ReadPortfolioResult | null;
};

export async function loadBudgetOfficerData(port: WorkbookPort): Promise<BudgetOfficerData> {
  const budget = await loadBudget(port);
  const outline = await port.describe();
  const hasSheets = outline.sheets.some((s) => s.name === SHEET_SETTINGS);
  const sheets = hasSheets
    ? await readPortfolio(port, budget.status === "loaded" ? { budget: budget.index } : {})
    : null;
  return { budget, sheets };
}

/** The connected budget and the portfolio in the sheets, re-read after every edit. */
export function useBudgetOfficerData(): QueryState<BudgetOfficerData> {
  return useWorkbookQuery(loadBudgetOfficerData);
}
