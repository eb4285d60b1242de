/**
 * The five actions the bench measures, each run against any WorkbookPort, in the order a user
 * meets them: connect the budget, set up the sheets, import a portfolio, refresh, build the report.
 */
import { confirmBudgetMapping, connectBudget, loadBudget } from "../../src/app/connect-budget";
import { buildWorkbookReport } from "../../src/app/build-report";
import { importPortfolio } from "../../src/app/import-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import type { BudgetMapping } from "../../src/core/budget/budget.types";
import type { BudgetLookup } from "../../src/core/calculation/calculation.types";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";

export const ACTIONS = ["connect", "set up", "import", "refresh", "report"] as const;
export type Action = (typeof ACTIONS)[number];

const CONTEXT = { now: new Date("2026-09-01T10:00:00Z"), user: "Benk" };

/** Finds the budget and stores the mapping (what «Koble til budsjett» + «Bekreft» do). */
export async function connect(port: WorkbookPort): Promise<BudgetMapping> {
  const found = await connectBudget(port);
  if (found.status !== "found") throw new Error(`connect: ${found.key}`);
  await confirmBudgetMapping(port, found.mapping);
  return found.mapping;
}

/**
 * The connected budget as the task pane holds it after «Koble til budsjett» (`loadBudget`'s
 * index). Import and refresh get it, as in the product, so the budget-link sheet stores each
 * line's budget row and the recalc column is the product's figure.
 */
export async function connectedBudget(port: WorkbookPort): Promise<BudgetLookup> {
  const loaded = await loadBudget(port);
  if (loaded.status !== "loaded") throw new Error(`load budget: ${loaded.status}`);
  return loaded.index;
}

/** What an action runs with; `budget` is left out only by callers measuring the old path. */
export type ActionInput = {
  mapping: BudgetMapping | null;
  portfolio: Portfolio;
  budget?: BudgetLookup;
};

export async function runAction(
  action: Action,
  port: WorkbookPort,
  input: ActionInput,
): Promise<void> {
  const mapping = input.mapping;
  const budget = input.budget ? { budget: input.budget } : {};
  switch (action) {
    case "connect":
      await connect(port);
      return;
    case "set up":
      if (!mapping) throw new Error("set up needs a mapping");
      await setUpGevinstSheets(port, { ...CONTEXT, mapping });
      return;
    case "import":
      await importPortfolio(port, input.portfolio, { ...CONTEXT, ...budget });
      return;
    case "refresh":
      await refreshGevinstSheets(port, { ...CONTEXT, ...budget });
      return;
    case "report": {
      const report = await buildWorkbookReport(port);
      if (!report) throw new Error("no report");
      return;
    }
  }
}

/** The actions that must have run before `action`, in order. */
export function actionsBefore(action: Action): Action[] {
  return ACTIONS.slice(0, ACTIONS.indexOf(action));
}
