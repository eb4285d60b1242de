import { useCallback, useState } from "react";
import { openBudget, type OpenBudgetResult } from "../../app/open-budget";
import { readPortfolio, type ReadPortfolioResult } from "../../app/read-portfolio";
import { SHEET_SETTINGS } from "../../core/sheets/shared/sheet-names";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { useWorkbookQuery, type QueryState } from "./useWorkbookQuery";

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

export type BudgetOfficerQuery = QueryState<BudgetOfficerData> & {
  /** What opening the budget repaired or upgraded, kept until the user closes it. */
  notices: string[];
  dismissNotices: () => void;
};

/** The connected budget and the portfolio in the sheets, re-read after every edit. */
export function useBudgetOfficerData(): BudgetOfficerQuery {
  // Kept apart from the data: a repair writes Gevinst_Config, that edit triggers a re-read, and
  // the re-read (nothing left to repair) has no notices — the message must outlive it.
  const [notices, setNotices] = useState<string[]>([]);
  const load = useCallback(async (port: WorkbookPort) => {
    const data = await loadBudgetOfficerData(port);
    if (data.budget.notices.length > 0) setNotices(data.budget.notices);
    return data;
  }, []);
  const query = useWorkbookQuery(load);
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { ...query, notices, dismissNotices };
}
