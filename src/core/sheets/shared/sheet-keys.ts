/**
 * The key dimensions the Gevinst sheets have columns for: ansvar, art, funksjon and prosjekt
 * always, and tjenesteområde (spec §13) only when the workbook's budget has it (or the portfolio
 * names one), so a workbook without it keeps the layout it always had (`ColumnSpec.onlyWith`).
 */
import { KEY_DIMENSIONS, type BudgetMapping, type KeyDimension } from "../../budget/budget.types";
import type { BudgetKey, NormalisedKey, Portfolio } from "../../model/portfolio.types";
import type { SheetDimensions } from "./layout.types";

/** The key dimensions with a column on the sheets, in KEY_DIMENSIONS order. */
export function sheetKeyDimensions(dimensions: SheetDimensions): readonly KeyDimension[] {
  return KEY_DIMENSIONS.filter((d) => d !== "tjenesteomrade" || dimensions.tjenesteomrade === true);
}

/** The key as the sheets hold it: without tjenesteomrade when they have no column for it. */
export function sheetKey(key: NormalisedKey, dimensions: SheetDimensions): NormalisedKey {
  if (dimensions.tjenesteomrade === true || key.tjenesteomrade === undefined) return key;
  const { ansvar, art, funksjon, prosjekt } = key;
  return { ansvar, art, funksjon, prosjekt };
}

/**
 * The optional dimensions a workbook's sheets show: tjenesteområde when a source of the budget
 * has a column for it, or a link or cost link of the portfolio names one (kept, not lost).
 */
export function sheetDimensionsOf(
  mapping: BudgetMapping | null | undefined,
  portfolio: Portfolio,
): SheetDimensions {
  const named = (key: BudgetKey | undefined) =>
    key !== undefined && String(key.tjenesteomrade ?? "").trim() !== "";
  const tjenesteomrade =
    (mapping?.sources.some((s) => s.keyColumns.tjenesteomrade !== undefined) ?? false) ||
    portfolio.measures.some(
      (m) => named(m.costLink) || m.benefits.some((b) => b.links.some((l) => named(l))),
    );
  return tjenesteomrade ? { tjenesteomrade } : {};
}
