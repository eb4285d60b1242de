/**
 * «Oppdater gevinstark»: rewrites computed cells and formats from what the sheets hold, adds a
 * sheet for a deep-dive that has none and renames a deep-dive's sheet when its name changed.
 * Only cells whose content differs are written; no input cell is overwritten; no sheet is deleted.
 */
import type { BudgetMapping } from "../core/budget/budget.types";
import type { BudgetLookup } from "../core/calculation/calculation.types";
import { workbookPlanner } from "../core/sheets/plan-workbook";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readGevinstWorkbook } from "./gevinst-sheets-io";
import { planWithLog, resultOf, type ActionContext, type SheetsResult } from "./set-up-sheets";

export async function refreshGevinstSheets(
  port: WorkbookPort,
  options: ActionContext & {
    mapping?: BudgetMapping;
    /** The budget read with `mapping`, when the caller holds it: stores each line's budget row. */
    budget?: BudgetLookup;
  },
): Promise<SheetsResult> {
  const workbook = await readGevinstWorkbook(
    port,
    options.mapping ? { mapping: options.mapping } : {},
  );
  const mapping = options.mapping ?? workbook.storedMapping;
  const plan = planWithLog(
    workbookPlanner({
      portfolio: workbook.read.portfolio,
      overview: workbook.read.overview,
      mapping,
      state: workbook.state,
      scope: new Set(),
      ...(options.budget ? { budget: options.budget } : {}),
    }),
    options,
    "Oppdaterte gevinstark",
    (p) => ({ before: "", after: `${p.cellsWritten} celler skrevet` }),
  );
  if (plan.changes.length > 0) await port.apply(plan.changes);
  return resultOf(plan, workbook.read.issues);
}
