/**
 * «Godkjent»: the finance director approves the budget proposal. Name and time go to the log
 * sheet as one line, always; formulas already up to date are not rewritten. The only use-case
 * that writes a log line on its own, without changing the portfolio.
 */
import { dateToSerial } from "../core/sheets/shared/cell-values";
import { planGevinstWorkbook } from "../core/sheets/plan-workbook";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { EditError, required } from "./edit-portfolio";
import { readGevinstWorkbook } from "./gevinst-sheets-io";
import { resultOf, type ActionContext, type SheetsResult } from "./set-up-sheets";

export type ApprovalInput = ActionContext & {
  /** Who approves (the log's user); required. */
  approver: string;
  budgetYear: number;
  /** What was approved, in a line (the log's «after»). */
  summary: string;
};

/**
 * Records the approval in `Gevinst Logg`.
 * @throws EditError without a name or without Gevinst sheets; WorkbookError from the host.
 */
export async function recordApproval(
  port: WorkbookPort,
  options: ApprovalInput,
): Promise<SheetsResult> {
  const approver = required(options.approver, "Navnet på den som godkjenner");
  const workbook = await readGevinstWorkbook(port);
  if (workbook.state.grids.length === 0)
    throw new EditError("Gevinst-arkene finnes ikke ennå. Opprett dem først.");
  const plan = planGevinstWorkbook({
    portfolio: workbook.read.portfolio,
    overview: workbook.read.overview,
    mapping: workbook.storedMapping,
    state: workbook.state,
    scope: new Set(),
    log: [
      {
        at: dateToSerial(options.now),
        user: approver,
        what: `Godkjent budsjettforslag ${options.budgetYear}`,
        before: "",
        after: options.summary,
      },
    ],
  });
  await port.apply(plan.changes);
  return resultOf(plan);
}
