/**
 * The five actions the bench measures, each run against any WorkbookPort, in the order a user
 * meets them: connect the budget, set up the sheets, import a portfolio, refresh, build the report.
 */
import { confirmBudgetMapping, connectBudget } from "../../src/app/connect-budget";
import { buildWorkbookReport } from "../../src/app/build-report";
import { importPortfolio } from "../../src/app/import-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import type { BudgetMapping } from "../../src/core/budget/budget.types";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";

export const ACTIONS = ["connect", "set up", "import", "refresh", "report"] as const;
export type Action = (typeof ACTIONS)[number];

const CONTEXT = { now: new Date("2026-09-01T10:00:00Z"), user: "Benk" };

/** Finds the budget and stores the mapping (what «Koble til budsjett» + «Bekreft» do). */
export async function connect(port: WorkbookPort): Promise<BudgetMapping> {
  const found = await connectBudget(port);
  if (found.status !== "found") throw new Error(`connect: ${found.message}`);
  await confirmBudgetMapping(port, found.mapping);
  return found.mapping;
}

export async function runAction(
  action: Action,
  port: WorkbookPort,
  input: { mapping: BudgetMapping | null; portfolio: Portfolio },
): Promise<void> {
  const mapping = input.mapping;
  switch (action) {
    case "connect":
      await connect(port);
      return;
    case "set up":
      if (!mapping) throw new Error("set up needs a mapping");
      await setUpGevinstSheets(port, { ...CONTEXT, mapping });
      return;
    case "import":
      await importPortfolio(port, input.portfolio, CONTEXT);
      return;
    case "refresh":
      await refreshGevinstSheets(port, CONTEXT);
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
