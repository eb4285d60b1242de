/**
 * Where each linked budget line stands in the budget (issue 9): the budget sheet and row Gevinst
 * found it at, so the original amounts are read with INDEX at that row — after a check that the
 * key there is still the line's — instead of four SUMIFS over the whole budget per line.
 *
 * The rows come from the budget when the caller has read it (connect, or a task pane that holds
 * the budget), else from what the budget-link sheet already stores; a line with no known row is
 * read with SUMIFS as before.
 */
import type { BudgetMapping, BudgetSource } from "../../budget/budget.types";
import { KEY_DIMENSIONS } from "../../budget/budget.types";
import { expandColumns } from "../shared/layout.types";
import { keyId, normaliseKey } from "../../calculation/budget-key";
import type { BudgetLookup } from "../../calculation/calculation.types";
import { BUDGET_LINK_COLUMNS } from "./budget-link.layout";
import type { BudgetKey, NormalisedKey } from "../../model/portfolio.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import { findColumns, lastRow, valueAt } from "../shared/parse-grid";

/** A line's place: index into `mapping.sources` and the 0-based sheet row. */
export type StoredRow = { source: number; row: number };

/** The source a sheet name and 0-based row belong to, or -1. */
export function sourceAt(mapping: BudgetMapping, sheet: string, row: number): number {
  return mapping.sources.findIndex(
    (s: BudgetSource) =>
      s.sheet.toLowerCase() === sheet.toLowerCase() && row >= s.firstRow && row <= s.lastRow,
  );
}

/** The row of each key that is one budget line made of one row (several rows are summed by SUMIFS). */
export function rowsFromBudget(
  keys: readonly NormalisedKey[],
  budget: BudgetLookup,
): Map<string, StoredRow> {
  const rows = new Map<string, StoredRow>();
  for (const key of keys) {
    const lines = budget.findLines(key);
    const line = lines.length === 1 ? lines[0] : undefined;
    if (line && (line.rowCount ?? 1) === 1)
      rows.set(keyId(key), { source: line.source, row: line.row });
  }
  return rows;
}

/**
 * The rows the budget-link sheet stores («Budsjettark», «Budsjettrad», 1-based as Excel shows
 * it), for sources of `mapping`. Unknown sheets, rows outside a source and text are left out.
 */
export function rowsFromSheet(
  grid: SheetGrid | undefined,
  mapping: BudgetMapping | null,
  headerRow: number,
): Map<string, StoredRow> {
  const rows = new Map<string, StoredRow>();
  if (!grid || !mapping) return rows;
  // Every key column the sheet may have (tjenesteområde too); one it lacks is simply absent.
  const wanted: readonly string[] = [...KEY_DIMENSIONS, "sourceSheet", "sourceRow"];
  const headers = Object.fromEntries(
    expandColumns(BUDGET_LINK_COLUMNS, [], { tjenesteomrade: true })
      .filter((c) => wanted.includes(c.field))
      .map((c) => [c.field, c.header]),
  );
  const cols = findColumns(grid, headerRow, headers);
  const { ansvar, art, funksjon, sourceSheet, sourceRow } = cols;
  if ([ansvar, art, funksjon, sourceSheet, sourceRow].some((c) => c === undefined)) return rows;
  const text = (row: number, col: number | undefined) =>
    col === undefined ? "" : String(valueAt(grid, row, col) ?? "");
  for (let row = headerRow + 1; row <= lastRow(grid); row++) {
    const stored = valueAt(grid, row, sourceRow as number);
    const sheet = valueAt(grid, row, sourceSheet as number);
    if (typeof stored !== "number" || !Number.isInteger(stored) || typeof sheet !== "string")
      continue;
    const source = sourceAt(mapping, sheet, stored - 1);
    if (source < 0) continue;
    const key: BudgetKey = { ansvar: "", art: "", funksjon: "" };
    for (const dim of KEY_DIMENSIONS) key[dim] = text(row, cols[dim]);
    rows.set(keyId(normaliseKey(key)), { source, row: stored - 1 });
  }
  return rows;
}
