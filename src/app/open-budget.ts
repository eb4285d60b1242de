/**
 * Opening the connected budget, and repairing the connection when it is needed (issue 8):
 * a config written by an older Gevinst is migrated and saved in the current layout; a
 * `Gevinst_Config` that is damaged or gone, in a workbook Gevinst has already set up, is rebuilt
 * by finding the budget again in the sheets. Every outcome comes with a catalogue message; nothing
 * throws. Writes only `Gevinst_Config` and Gevinst names.
 */
import { CONFIG_SHEET } from "../core/config/config.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { isGevinstSheet, isWorkbookError } from "../core/workbook/workbook-port";
import type { MessageParams, MessageRef } from "../core/model/issue.types";
import { confirmBudgetMapping, connectBudget } from "./connect-budget";
import { loadBudget, type LoadBudgetResult } from "./load-budget";
import { failure, type Failure } from "./messages";

/** Another message inside this one's params: its key as `inner`, its params as `inner.<name>`. */
function nested(ref: MessageRef): MessageParams {
  const params: MessageParams = { inner: ref.key };
  for (const [name, value] of Object.entries(ref.params ?? {})) params[`inner.${name}`] = value;
  return params;
}

export type OpenBudgetResult = LoadBudgetResult & {
  /** What Gevinst repaired or upgraded, for the user (empty when nothing was needed). */
  notices: MessageRef[];
};

/** `first` with these notices. */
function withNotices(first: LoadBudgetResult, notices: Failure[]): OpenBudgetResult {
  return { ...first, notices };
}

/** Whether the connection should exist: the config sheet is there, or Gevinst sheets are. */
async function wasConnected(port: WorkbookPort): Promise<boolean> {
  const outline = await port.describe();
  return outline.sheets.some((s) => s.name === CONFIG_SHEET || isGevinstSheet(s.name));
}

/**
 * Loads the budget like `loadBudget`, then: saves a migrated config in the current layout, or
 * rebuilds a damaged or missing connection from the budget sheets (re-detection). The rebuilt
 * mapping is the detector's proposal: the notice asks the user to check it.
 */
export async function openBudget(port: WorkbookPort): Promise<OpenBudgetResult> {
  const first = await loadBudget(port);
  try {
    if (first.status === "loaded" && first.migratedFrom !== undefined) {
      await confirmBudgetMapping(port, first.mapping);
      return withNotices(first, [
        failure("CONFIG_UPGRADED", { sheet: CONFIG_SHEET, version: first.migratedFrom }),
      ]);
    }
    if (first.status !== "not-connected" || !(await wasConnected(port)))
      return withNotices(first, []);
    const proposal = await connectBudget(port);
    if (proposal.status !== "found")
      return withNotices(first, [
        // The reason (`proposal`) is rendered inside this notice in the same language.
        failure("CONNECTION_NOT_REBUILT", {
          sheet: CONFIG_SHEET,
          ...nested(proposal),
        }),
      ]);
    await confirmBudgetMapping(port, proposal.mapping);
    const again = await loadBudget(port);
    const source = proposal.mapping.sources[0];
    return withNotices(again, [
      failure("CONNECTION_REBUILT", {
        sheet: CONFIG_SHEET,
        year: proposal.mapping.budgetYear,
        ...(source ? { budgetSheet: source.sheet } : {}),
      }),
    ]);
  } catch (error) {
    // A refused write (cell-edit mode, a sheet gone …): the budget as read stays usable. Anything
    // that is not a platform failure is a bug and is thrown.
    if (!isWorkbookError(error)) throw error;
    return withNotices(first, [failure("WORKBOOK_ERROR", { reason: error.reason })]);
  }
}
