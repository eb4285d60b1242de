/**
 * Opening the connected budget, and repairing the connection when it is needed (issue 8):
 * a config written by an older Gevinst is migrated and saved in the current layout; a
 * `Gevinst_Config` that is damaged or gone, in a workbook Gevinst has already set up, is rebuilt
 * by finding the budget again in the sheets. Every outcome comes with a Norwegian message; nothing
 * throws. Writes only `Gevinst_Config` and Gevinst names.
 */
import { CONFIG_SHEET } from "../core/config/config.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { isGevinstSheet, isWorkbookError } from "../core/workbook/workbook-port";
import { WORKBOOK_ERROR_MESSAGES } from "../core/workbook/workbook-messages";
import { confirmBudgetMapping, connectBudget } from "./connect-budget";
import { loadBudget, type LoadBudgetResult } from "./load-budget";

export type OpenBudgetResult = LoadBudgetResult & {
  /** What Gevinst repaired or upgraded, for the user (empty when nothing was needed). */
  notices: string[];
};

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
      return {
        ...first,
        notices: [
          `Innstillingene i ${CONFIG_SHEET} var lagret av en eldre versjon av Gevinst (versjon ${first.migratedFrom}) og er oppgradert.`,
        ],
      };
    }
    if (first.status !== "not-connected" || !(await wasConnected(port)))
      return { ...first, notices: [] };
    const proposal = await connectBudget(port);
    if (proposal.status !== "found")
      return {
        ...first,
        notices: [
          `Koblingen til budsjettet i ${CONFIG_SHEET} mangler eller er skadet, og Gevinst fant ikke budsjettet på nytt: ${proposal.message} Velg «Koble til budsjett».`,
        ],
      };
    await confirmBudgetMapping(port, proposal.mapping);
    const again = await loadBudget(port);
    const source = proposal.mapping.sources[0];
    const where = source ? ` på arket «${source.sheet}»` : "";
    return {
      ...again,
      notices: [
        `Koblingen til budsjettet i ${CONFIG_SHEET} manglet eller var skadet. Gevinst fant budsjettet${where} på nytt (budsjettår ${proposal.mapping.budgetYear}); kontroller koblingen under «Koble til budsjett».`,
      ],
    };
  } catch (error) {
    // A refused write (cell-edit mode, a sheet gone …): the budget as read stays usable. Anything
    // that is not a platform failure is a bug and is thrown.
    if (!isWorkbookError(error)) throw error;
    return { ...first, notices: [WORKBOOK_ERROR_MESSAGES[error.reason]] };
  }
}
