/**
 * What «Gevinst Rammer» needs from the rest of the workbook plan (spec §13): the grouping, the
 * areas only the budget has, where the ramme comes from, and the budget-link cells to sum.
 */
import type { BudgetLine, BudgetMapping, KeyDimension } from "../../budget/budget.types";
import { calculateAreas } from "../../areas/calculate-areas";
import type { AreaGrouping } from "../../areas/area.types";
import type { Portfolio } from "../../model/portfolio.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import { BUDGET_LINK_COLUMNS, type BudgetLinkField } from "../budget-link/budget-link.layout";
import { expandColumns, yearField, type SheetDimensions } from "../shared/layout.types";
import type { SheetDraft } from "../shared/sheet-draft";
import { parseRammerSheet, readRammeValues } from "./parse-rammer";
import { rammerLayout, renderRammer, type RammeSource, type RammerLayout } from "./render-rammer";

/** True when the workbook gets the sheet: the portfolio has areas or a dimension, or it exists. */
export function wantsRammer(portfolio: Portfolio, existing: SheetGrid | undefined): boolean {
  return (portfolio.areas?.length ?? 0) > 0 || portfolio.areaDimension !== undefined || !!existing;
}

/**
 * The grouping as the report's `areaGroupingOf` picks it: the portfolio's dimension, else
 * tjenesteområde, funksjon, ansvar — by the lines when known, else by the mapping's columns.
 */
export function rammerGrouping(
  portfolio: Portfolio,
  mapping: BudgetMapping | null,
  lines: readonly BudgetLine[] | undefined,
): AreaGrouping {
  const has = (dimension: KeyDimension) =>
    lines
      ? lines.some((line) => (line.key[dimension] ?? "").trim() !== "")
      : (mapping?.sources.some((s) => s.keyColumns[dimension] !== undefined) ?? false);
  const dimension =
    portfolio.areaDimension ??
    (has("tjenesteomrade") ? "tjenesteomrade" : has("funksjon") ? "funksjon" : "ansvar");
  return portfolio.areaPrefix !== undefined
    ? { dimension, prefix: portfolio.areaPrefix }
    : { dimension };
}

export function planRammer(input: {
  portfolio: Portfolio;
  years: readonly string[];
  mapping: BudgetMapping | null;
  lines: readonly BudgetLine[] | undefined;
  existing: SheetGrid | undefined;
  dimensions: SheetDimensions;
  budgetLinkHeaderRow: number;
  budgetLinkRows: number;
  kommuneTargetRefs: readonly string[];
}): { draft: SheetDraft; layout: RammerLayout } {
  const { portfolio, years, mapping, lines } = input;
  const grouping = rammerGrouping(portfolio, mapping, lines);
  const areas = portfolio.areas ?? [];
  const result = lines ? calculateAreas(areas, grouping, lines, [], years) : null;
  const unlisted = result
    ? result.areas.slice(areas.length).map((a) => a.id)
    : input.existing
      ? parseRammerSheet(input.existing, years).unlisted
      : [];
  const sources = mapping?.sources ?? [];
  let ramme: RammeSource;
  if (sources.length > 0 && grouping.prefix === undefined) ramme = { kind: "formula", sources };
  else if (result)
    ramme = {
      kind: "values",
      byId: new Map(
        result.areas.map((a) => [a.id.trim(), years.map((y) => a.years[y]?.ramme ?? 0)]),
      ),
      reason: grouping.prefix !== undefined ? "prefix" : "mapping",
    };
  else if (input.existing)
    ramme = {
      kind: "values",
      byId: readRammeValues(input.existing, years),
      reason: grouping.prefix !== undefined ? "prefix" : "mapping",
    };
  else ramme = { kind: "unknown" };

  const columns = expandColumns(BUDGET_LINK_COLUMNS, years, input.dimensions);
  const colOf = (field: BudgetLinkField) => columns.findIndex((c) => c.field === field);
  const areaCol = colOf(grouping.dimension);
  const firstRow = input.budgetLinkHeaderRow + 1;
  const listed = new Set(areas.map((a) => a.id.trim()));
  const layout = rammerLayout(areas.length + unlisted.filter((c) => !listed.has(c)).length);
  const draft = renderRammer({
    portfolio,
    years,
    unlisted,
    grouping,
    ramme,
    budgetLinks: {
      firstRow,
      lastRow: firstRow + Math.max(1, input.budgetLinkRows) - 1,
      areaCol: areaCol >= 0 ? areaCol : null,
      matchesCol: colOf("matches"),
      adjustmentCols: years.map((_, i) => colOf(yearField("adjustment", i))),
    },
    kommuneTargetRefs: input.kommuneTargetRefs,
  });
  return { draft, layout };
}
