/**
 * Renders «Gevinst Budsjettkobling»: one row per linked budget line (spec §4). The original
 * amount is a live SUMIFS into the budget sheet by key — so it survives the budget being re-sorted
 * — taken only when exactly one line matches (as the core does); the adjustment sums what the
 * deep-dive sheets take off the line (counted uttak × share) and the costs they put on it.
 */
import type { BudgetMapping, BudgetSource } from "../budget/budget.types";
import { BUDGET_LINKS_TITLE, BUDGET_LINK_COLUMNS } from "../layout/budget-link.layout";
import { expandColumns } from "../layout/layout.types";
import { SHEET_BUDGET_LINKS } from "../layout/sheet-names";
import { STYLE_HEADER, STYLE_TITLE, formulaStyle } from "../layout/styles";
import type { BudgetKey, Portfolio } from "../model/portfolio.types";
import { keyId, normaliseKey, compareKeys } from "../calculation/budget-key";
import type { DeepDiveRef } from "./deep-dive-ref";
import { fieldRange } from "./deep-dive-formulas";
import type { SectionPlace } from "./deep-dive-map";
import { cellRef, columnRange, countIfs, keyCriterion, sumIfs, sumTerms } from "./formulas";
import { SheetDraft, at } from "./sheet-draft";

export const BUDGET_LINKS_HEADER_ROW = 2;
const DIMENSIONS = ["ansvar", "art", "funksjon", "prosjekt"] as const;

/** Every key the portfolio links to (benefit links and cost links), sorted, once each. */
export function linkedKeys(portfolio: Portfolio): Required<BudgetKey>[] {
  const keys = new Map<string, Required<BudgetKey>>();
  const add = (key: BudgetKey) => keys.set(keyId(key), normaliseKey(key));
  for (const measure of portfolio.measures) {
    if (measure.costLink) add(measure.costLink);
    for (const benefit of measure.benefits) for (const link of benefit.links) add(link);
  }
  return [...keys.values()].sort(compareKeys);
}

function sourceCriteria(
  source: BudgetSource,
  keyCells: Record<string, string>,
): [string, string][] {
  const range = (col: number) => columnRange(source.sheet, col, source.firstRow, source.lastRow);
  const criteria: [string, string][] = [];
  for (const dim of DIMENSIONS) {
    const col = source.keyColumns[dim];
    if (col !== undefined) criteria.push([range(col), keyCriterion(keyCells[dim] as string)]);
  }
  return criteria;
}

export function renderBudgetLinks(input: {
  years: readonly string[];
  keys: readonly Required<BudgetKey>[];
  mapping: BudgetMapping | null;
  deepDives: readonly DeepDiveRef[];
}): SheetDraft {
  const draft = new SheetDraft(SHEET_BUDGET_LINKS);
  const columns = expandColumns(BUDGET_LINK_COLUMNS, input.years);
  const colOf = (field: string) => columns.findIndex((c) => c.field === field);
  draft.label(0, 0, BUDGET_LINKS_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  columns.forEach((column, c) => draft.label(BUDGET_LINKS_HEADER_ROW, c, column.header));
  draft.format(at(BUDGET_LINKS_HEADER_ROW, 0, 1, columns.length), STYLE_HEADER);
  const sources = input.mapping?.sources ?? [];
  let row = BUDGET_LINKS_HEADER_ROW + 1;
  for (const key of input.keys) {
    const keyCells: Record<string, string> = {};
    for (const dim of DIMENSIONS) {
      draft.label(row, colOf(dim), key[dim] === "" ? null : key[dim]);
      keyCells[dim] = cellRef(row, colOf(dim), { absCol: true });
    }
    const matches = cellRef(row, colOf("matches"));
    draft.formula(
      row,
      colOf("matches"),
      sumTerms(sources.map((s) => countIfs(sourceCriteria(s, keyCells)))),
    );
    const ddCriteria = (
      section: SectionPlace,
      sheet: string,
      fields: readonly string[],
    ): [string, string][] =>
      DIMENSIONS.map((dim, i) => [
        fieldRange(section, fields[i] as string, sheet),
        keyCriterion(keyCells[dim] as string),
      ]);
    for (let i = 0; i < 4; i++) {
      const original = sumTerms(
        sources.map((s) => {
          const sum = sumIfs(
            columnRange(s.sheet, s.planColumns[i] as number, s.firstRow, s.lastRow),
            sourceCriteria(s, keyCells),
          );
          return s.unit === 1000 ? `${sum}*1000` : sum;
        }),
      );
      draft.formula(row, colOf(`original.${i}`), `IF(${matches}=1,${original},0)`);
      const withdrawn = input.deepDives.map((dd) => {
        const links = dd.map.sections.links as SectionPlace;
        return sumIfs(
          fieldRange(links, `withdrawn.${i}`, dd.sheet),
          ddCriteria(links, dd.sheet, DIMENSIONS),
        );
      });
      const costs = input.deepDives.map((dd) => {
        const m = dd.map.sections.measures as SectionPlace;
        return sumIfs(fieldRange(m, `cost.${i}`, dd.sheet), [
          [fieldRange(m, "counted", dd.sheet), "1"],
          ...ddCriteria(m, dd.sheet, ["costAnsvar", "costArt", "costFunksjon", "costProsjekt"]),
        ]);
      });
      draft.formula(row, colOf(`adjustment.${i}`), `${sumTerms(costs)}-(${sumTerms(withdrawn)})`);
      draft.formula(
        row,
        colOf(`adjusted.${i}`),
        `${cellRef(row, colOf(`original.${i}`))}+${cellRef(row, colOf(`adjustment.${i}`))}`,
      );
    }
    row++;
  }
  columns.forEach((column, c) => {
    if (row > BUDGET_LINKS_HEADER_ROW + 1)
      draft.format(
        at(BUDGET_LINKS_HEADER_ROW + 1, c, row - BUDGET_LINKS_HEADER_ROW - 1, 1),
        formulaStyle(column.spec.value),
      );
  });
  draft.structure = JSON.stringify([row]);
  draft.widths.push(...columns.map((column, col) => ({ col, width: column.spec.width })));
  draft.freeze = { rows: BUDGET_LINKS_HEADER_ROW + 1, cols: 4 };
  return draft;
}
