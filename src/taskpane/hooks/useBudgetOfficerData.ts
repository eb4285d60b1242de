import { useCallback, useState } from "react";
import { loadBudgetOfficerData, type BudgetOfficerData } from "../../app/budget-officer";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { useWorkbookQuery, type QueryState } from "./useWorkbookQuery";

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
