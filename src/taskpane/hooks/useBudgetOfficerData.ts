import { useCallback, useState } from "react";
import { loadBudgetOfficerData, type BudgetOfficerData } from "../../app/budget-officer";
import { messageText } from "../../app/messages";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { useStrings } from "../strings";
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
  const strings = useStrings();
  const [notices, setNotices] = useState<string[]>([]);
  const load = useCallback(
    async (port: WorkbookPort) => {
      const data = await loadBudgetOfficerData(port);
      const said = data.budget.notices;
      // In the pane's language.
      if (said.length > 0) setNotices(said.map((ref) => messageText(ref, strings.messageLanguage)));
      return data;
    },
    [strings.messageLanguage],
  );
  const query = useWorkbookQuery(load);
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { ...query, notices, dismissNotices };
}
