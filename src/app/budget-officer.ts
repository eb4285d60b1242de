/** What the budget officer's view shows: the budget as opened and the portfolio in the sheets. */
import { SHEET_SETTINGS } from "../core/sheets/shared/sheet-names";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { openBudget, type OpenBudgetResult } from "./open-budget";
import { readPortfolio, type ReadPortfolioResult } from "./read-portfolio";

export type BudgetOfficerData = {
  /** The budget as opened: a migrated config saved, a damaged one rebuilt (see `notices`). */
  budget: OpenBudgetResult;
  /** Null until the Gevinst sheets exist. */
  sheets: ReadPortfolioResult | null;
};

export async function loadBudgetOfficerData(port: WorkbookPort): Promise<BudgetOfficerData> {
  const budget = await openBudget(port);
  const outline = await port.describe();
  const hasSheets = outline.sheets.some((s) => s.name === SHEET_SETTINGS);
  const sheets = hasSheets
    ? await readPortfolio(port, budget.status === "loaded" ? { budget: budget.index } : {})
    : null;
  return { budget, sheets };
}
