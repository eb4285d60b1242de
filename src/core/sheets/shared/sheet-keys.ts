/**
 * The key dimensions the Gevinst sheets have columns for: every key dimension but
 * tjenesteområde (spec §13), which has no column on the deep-dive and budget-link sheets yet
 * (issue 24). A key on the sheets is the key without it; the budget index finds a line by the
 * rest of its key (docs/budget.md «Matching»), so a line budget with a tjenesteområde column
 * links from the sheets as it does from the portfolio file.
 */
import { KEY_DIMENSIONS, type KeyDimension } from "../../budget/budget.types";
import type { NormalisedKey } from "../../model/portfolio.types";

export type SheetKeyDimension = Exclude<KeyDimension, "tjenesteomrade">;

export const SHEET_KEY_DIMENSIONS: readonly SheetKeyDimension[] = KEY_DIMENSIONS.filter(
  (d): d is SheetKeyDimension => d !== "tjenesteomrade",
);

/** The key as the sheets hold it: without tjenesteomrade. */
export function sheetKey(key: NormalisedKey): NormalisedKey {
  const { ansvar, art, funksjon, prosjekt } = key;
  return { ansvar, art, funksjon, prosjekt };
}
