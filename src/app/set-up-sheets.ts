/**
 * «Opprett gevinstark»: adds the Gevinst sheets that are missing and brings formulas and formats
 * up to date. Input cells people typed are never overwritten; running it twice changes nothing.
 */
import type { BudgetMapping } from "../core/budget/budget.types";
import { dateToSerial } from "../core/sheets/shared/cell-values";
import { workbookPlanner, type WorkbookPlan } from "../core/sheets/plan-workbook";
import type { LogEntry } from "../core/sheets/shared/render-fixed";
import type { Issue } from "../core/model/issue.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readGevinstWorkbook } from "./gevinst-sheets-io";

export type SheetsResult = {
  /** Cells whose content was written. */
  cellsWritten: number;
  sheetsAdded: string[];
  sheetsRenamed: { from: string; to: string }[];
  issues: Issue[];
};

export type ActionContext = {
  /** When the action happens (core has no clock). */
  now: Date;
  /** Who does it, for the log. */
  user: string;
};

/**
 * Plans once without a log line; if anything changes, plans again with the log line, so a run
 * that changes nothing leaves no trace either. Pass a `workbookPlanner`: the second plan then
 * redoes only the log sheet.
 */
export function planWithLog(
  plan: (log: LogEntry[]) => WorkbookPlan,
  context: ActionContext,
  what: string,
  describe: (plan: WorkbookPlan) => { before: string; after: string },
): WorkbookPlan {
  const first = plan([]);
  if (first.changes.length === 0) return first;
  const texts = describe(first);
  return plan([{ at: dateToSerial(context.now), user: context.user, what, ...texts }]);
}

export function resultOf(plan: WorkbookPlan, issues: Issue[] = []): SheetsResult {
  return {
    cellsWritten: plan.cellsWritten,
    sheetsAdded: plan.sheetsAdded,
    sheetsRenamed: plan.sheetsRenamed,
    issues: [...issues, ...plan.issues],
  };
}

export async function setUpGevinstSheets(
  port: WorkbookPort,
  options: ActionContext & { mapping: BudgetMapping; organisation?: string },
): Promise<SheetsResult> {
  const workbook = await readGevinstWorkbook(port, {
    mapping: options.mapping,
    budgetYear: options.mapping.budgetYear,
  });
  const { portfolio } = workbook.read;
  const fresh = workbook.state.grids.length === 0;
  if (fresh && options.organisation) portfolio.organisation = options.organisation;
  if (fresh) portfolio.budgetYear = options.mapping.budgetYear;
  const plan = planWithLog(
    workbookPlanner({
      portfolio,
      overview: workbook.read.overview,
      mapping: options.mapping,
      state: workbook.state,
      scope: fresh ? "all" : new Set(),
    }),
    options,
    "Opprettet gevinstark",
    (p) => ({
      before: "",
      after:
        p.sheetsAdded.length > 0
          ? `La til ${p.sheetsAdded.join(", ")}`
          : `${p.cellsWritten} celler oppdatert`,
    }),
  );
  if (plan.changes.length > 0) await port.apply(plan.changes);
  return resultOf(plan);
}
