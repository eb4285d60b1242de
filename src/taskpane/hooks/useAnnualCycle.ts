import { a3SheetsFor, loadCycleData, quarterOf } from "../../app/annual-cycle";
import { goToSheet } from "../../app/go-to-sheet";
import { useServices } from "../services";
import { useAction } from "./useAction";
import { useWorkbookQuery } from "./useWorkbookQuery";

/** Årshjul: this quarter's activities and its A3 sheets, one click to each. */
export function useAnnualCycle() {
  const { port, now } = useServices();
  const query = useWorkbookQuery(loadCycleData);
  const action = useAction();
  const quarter = quarterOf(now());
  const goTo = (sheet: string, cell?: string) =>
    void action.run(`go:${sheet}`, async () => {
      await goToSheet(port, sheet, cell);
      return null;
    });
  const data = query.data;
  return {
    ...query,
    quarter,
    activities: data ? data.activities.filter((a) => a.quarter === quarter) : [],
    a3Sheets: data ? a3SheetsFor(quarter, data.sheetNames) : [],
    action,
    goTo,
  };
}
