/**
 * Defined names that point at the confirmed budget sheets (`Gevinst_Budsjett_1` → the header's
 * first cell). They let `loadBudget` read the config and the budget in one call, and Excel
 * updates them when a sheet is renamed, so a renamed budget sheet is still found.
 */
import { quoteSheetName, toA1 } from "../core/workbook/address";
import type { BudgetMapping } from "../core/budget/budget.types";
import type { DefinedName, WorkbookChange } from "../core/workbook/workbook-port";

const PREFIX = "Gevinst_Budsjett_";

/** One defineName per source, numbered from 1 in source order. */
export function budgetNameChanges(mapping: BudgetMapping): WorkbookChange[] {
  return mapping.sources.map((source, i) => ({
    kind: "defineName",
    name: `${PREFIX}${i + 1}`,
    refersTo: `${quoteSheetName(source.sheet)}!${toA1({ row: source.headerRow, col: 0 }, true)}`,
  }));
}

/** Source index (0-based) → the sheet its name points at now. */
export function budgetNameSheets(names: readonly DefinedName[]): Map<number, string> {
  const sheets = new Map<number, string>();
  for (const { name, refersTo } of names) {
    if (!name.startsWith(PREFIX)) continue;
    const index = Number(name.slice(PREFIX.length)) - 1;
    const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(refersTo);
    const sheet = match?.[1]?.replace(/''/g, "'") ?? match?.[2];
    if (Number.isInteger(index) && index >= 0 && sheet) sheets.set(index, sheet);
  }
  return sheets;
}
