/**
 * «Opprett gevinstark»: adds the Gevinst sheets that are missing and brings formulas and formats
 * up to date. Input cells people typed are never overwritten; running it twice changes nothing.
 */
import type { BudgetMapping } from "../core/budget/budget.types";
import { dateToSerial } from "../core/sheets/shared/cell-values";
import {
  workbookPlanner,
  type WorkbookPlan,
  type WorkbookPlanInput,
} from "../core/sheets/plan-workbook";
import type { LogEntry } from "../core/sheets/log/render-log";
import type { Issue } from "../core/model/issue.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { typeA3Units } from "./a3-units-setting";
import { readGevinstWorkbook, type GevinstWorkbook } from "./gevinst-sheets-io";

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
  const plan = planSetUp(workbook, options);
  if (plan.changes.length > 0) await port.apply(plan.changes);
  return resultOf(plan);
}

/**
 * The set-up's plan on a workbook already read: a fresh workbook gets every sheet with the
 * mapping's budget year (and `organisation`); one set up before is only brought up to date.
 * `budget`, when the caller has read it, lets the planner store budget rows and draw the A3s
 * per unit (`gevinst init` reads the budget in the same round trip); `a3Units` is typed into
 * «A3 per enhet» in the same write, so those A3s are drawn at once.
 */
export function planSetUp(
  workbook: GevinstWorkbook,
  options: ActionContext & {
    mapping: BudgetMapping;
    organisation?: string;
    budget?: WorkbookPlanInput["budget"];
    a3Units?: string;
  },
): WorkbookPlan {
  const { portfolio } = workbook.read;
  const fresh = workbook.state.grids.length === 0;
  if (fresh && options.organisation) portfolio.organisation = options.organisation;
  if (fresh) portfolio.budgetYear = options.mapping.budgetYear;
  const typed =
    options.a3Units === undefined
      ? { state: workbook.state, changes: [] }
      : typeA3Units(workbook.state, options.a3Units);
  const plan = planWithLog(
    workbookPlanner({
      portfolio,
      overview: workbook.read.overview,
      mapping: options.mapping,
      state: typed.state,
      scope: fresh ? "all" : new Set(),
      ...(options.budget ? { budget: options.budget } : {}),
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
  return typed.changes.length === 0
    ? plan
    : {
        ...plan,
        changes: [...plan.changes, ...typed.changes],
        cellsWritten: plan.cellsWritten + 1,
      };
}
