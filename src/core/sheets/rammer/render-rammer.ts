/**
 * Renders «Gevinst Rammer» (spec §13). The top table is input: the areas, names and innsparingskrav
 * per plan year. Below it, one block per plan year with per area:
 * - ramme: SUMIFS into the budget sheet by the area's code in the area dimension, as the core sums
 *   the area's lines; with a prefix (SUMIFS wildcards do not match codes stored as numbers) or
 *   without a mapping it is the core's figure as a value, and the sheet says so;
 * - netto (telles): −SUMIFS over «Gevinst Budsjettkobling»'s «Justering» by the area's code (code
 *   and «*» with a prefix: the key cells there are text), on lines found in the budget
 *   («Treff i budsjettet» ≥ 1), as the core's −Σ adjustment on the area's lines;
 * - innsparingskrav from the top table, gap = krav − netto, «I balanse?» = gap ≤ 0.
 */
import type { BudgetSource, KeyDimension } from "../../budget/budget.types";
import type { AreaGrouping } from "../../areas/area.types";
import type { Portfolio } from "../../model/portfolio.types";
import { SHEET_BUDGET_LINKS, SHEET_RAMMER } from "../shared/sheet-names";
import { cellFor } from "../shared/cell-values";
import { cellRef, columnRange, sumIfs, sumTerms } from "../shared/formulas";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import {
  STYLE_HEADER,
  STYLE_HINT,
  STYLE_LABEL,
  STYLE_SECTION,
  STYLE_TITLE,
  formulaStyle,
  inputStyle,
} from "../shared/styles";
import {
  AREA_DIMENSION_LABELS,
  RAMMER_DIMENSION_LABEL,
  RAMMER_HINT,
  RAMMER_ID_HEADER,
  RAMMER_KOMMUNE_LABEL,
  RAMMER_NAME_HEADER,
  RAMMER_PREFIX_HINT,
  RAMMER_PREFIX_LABEL,
  RAMMER_RAMME_LABEL,
  RAMMER_SPARE_ROWS,
  RAMMER_SUM_LABEL,
  RAMMER_TARGETS_SECTION,
  RAMMER_TITLE,
  RAMMER_UNALLOCATED_LABEL,
  RAMMER_WIDTHS,
  RAMMER_YEAR_HEADERS,
  RAMMER_YEAR_SECTION,
} from "./rammer.layout";

/** The input entity of the sheet: an import that brings areas writes them, a refresh never. */
export const RAMMER_ENTITY = "areas";

const DIMENSION_ROW = 3;
const PREFIX_ROW = 4;
const RAMME_ROW = 5;
const TARGETS_SECTION_ROW = 7;
const FIRST_AREA_ROW = TARGETS_SECTION_ROW + 2;

/** Where the ramme comes from: live SUMIFS into the budget, the core's values, or none known. */
export type RammeSource =
  | { kind: "formula"; sources: readonly BudgetSource[] }
  | { kind: "values"; byId: ReadonlyMap<string, readonly number[]>; reason: "prefix" | "mapping" }
  | { kind: "unknown" };

/** The budget-link sheet's cells the netto formulas sum. */
export type BudgetLinkCells = {
  firstRow: number;
  lastRow: number;
  /** Column of the area dimension there, or null when the sheet has none. */
  areaCol: number | null;
  matchesCol: number;
  /** «Justering» per plan year. */
  adjustmentCols: readonly number[];
};

export type RammerInput = {
  portfolio: Portfolio;
  years: readonly string[];
  /** Codes that are in the budget but not listed, in the order calculateAreas gives. */
  unlisted: readonly string[];
  /** The grouping the figures use (the portfolio's, else the default for this budget). */
  grouping: AreaGrouping;
  ramme: RammeSource;
  budgetLinks: BudgetLinkCells;
  /** Absolute references to the kommune's innsparingskrav, one per plan year. */
  kommuneTargetRefs: readonly string[];
};

/** The hint beside «Ramme»: where the figure comes from, in the budget officer's words. */
function rammeHint(ramme: RammeSource): string {
  switch (ramme.kind) {
    case "formula":
      return `Summen av budsjettlinjene i «${ramme.sources.map((s) => s.sheet).join("», «")}» (formel).`;
    case "values":
      return ramme.reason === "prefix"
        ? "Tall fra budsjettet ved siste oppdatering (en del av koden kan ikke summeres med formel): trykk «Oppdater gevinstark» når budsjettet endres."
        : "Tall fra budsjettet ved siste oppdatering: trykk «Oppdater gevinstark» når budsjettet endres.";
    case "unknown":
      return "Budsjettet er ikke lest: trykk «Oppdater gevinstark» med budsjettet koblet.";
  }
}

/** The rows of the per-year blocks: section, header, areas, sum. */
function yearBlockTop(firstYearRow: number, areaRows: number, yearIndex: number): number {
  return firstYearRow + yearIndex * (areaRows + 4);
}

export function renderRammer(input: RammerInput): SheetDraft {
  const { portfolio, years } = input;
  const draft = new SheetDraft(SHEET_RAMMER);
  const title = portfolio.organisation
    ? `${RAMMER_TITLE} — ${portfolio.organisation}`
    : RAMMER_TITLE;
  draft.label(0, 0, title);
  draft.format(at(0, 0), STYLE_TITLE);
  draft.label(1, 0, RAMMER_HINT);
  draft.format(at(1, 0), STYLE_HINT);

  draft.label(DIMENSION_ROW, 0, RAMMER_DIMENSION_LABEL);
  draft.input(
    DIMENSION_ROW,
    1,
    portfolio.areaDimension
      ? AREA_DIMENSION_LABELS[portfolio.areaDimension]
      : cellFor(portfolio, "areaDimension", null),
    RAMMER_ENTITY,
  );
  draft.label(
    DIMENSION_ROW,
    2,
    portfolio.areaDimension
      ? null
      : `tomt: ${AREA_DIMENSION_LABELS[input.grouping.dimension]} brukes`,
  );
  draft.label(PREFIX_ROW, 0, RAMMER_PREFIX_LABEL);
  draft.input(
    PREFIX_ROW,
    1,
    cellFor(portfolio, "areaPrefix", portfolio.areaPrefix ?? null),
    RAMMER_ENTITY,
  );
  draft.label(PREFIX_ROW, 2, RAMMER_PREFIX_HINT);
  draft.label(RAMME_ROW, 0, RAMMER_RAMME_LABEL);
  draft.label(RAMME_ROW, 1, rammeHint(input.ramme));
  draft.format(at(DIMENSION_ROW, 0, 3, 1), STYLE_LABEL);
  draft.format(at(DIMENSION_ROW, 1), inputStyle("text"));
  draft.format(at(PREFIX_ROW, 1), inputStyle("number"));
  draft.format(at(DIMENSION_ROW, 2, 2, 1), STYLE_HINT);
  draft.format(at(RAMME_ROW, 1), STYLE_HINT);

  // The input table: listed areas, then the budget's other codes (no name, no krav), then spare.
  draft.label(TARGETS_SECTION_ROW, 0, RAMMER_TARGETS_SECTION);
  draft.format(at(TARGETS_SECTION_ROW, 0), STYLE_SECTION);
  const headerRow = TARGETS_SECTION_ROW + 1;
  draft.label(headerRow, 0, RAMMER_ID_HEADER);
  draft.label(headerRow, 1, RAMMER_NAME_HEADER);
  years.forEach((year, i) => draft.label(headerRow, 2 + i, Number(year)));
  draft.format(at(headerRow, 0, 1, 6), STYLE_HEADER);
  const areas = portfolio.areas ?? [];
  const listed = new Set(areas.map((a) => a.id.trim()));
  const unlisted = input.unlisted.filter((code) => !listed.has(code));
  const areaRows = areas.length + unlisted.length + RAMMER_SPARE_ROWS;
  areas.forEach((area, k) => {
    const row = FIRST_AREA_ROW + k;
    draft.input(row, 0, area.id, RAMMER_ENTITY);
    draft.input(row, 1, area.name, RAMMER_ENTITY);
    years.forEach((year, i) => {
      const path = `areas.${k}.savingsTarget.${year}`;
      draft.input(
        row,
        2 + i,
        cellFor(portfolio, path, area.savingsTarget?.[year] ?? null),
        RAMMER_ENTITY,
      );
    });
  });
  unlisted.forEach((code, k) => {
    const row = FIRST_AREA_ROW + areas.length + k;
    draft.input(row, 0, code, RAMMER_ENTITY);
    draft.input(row, 1, null, RAMMER_ENTITY);
    years.forEach((_, i) => draft.input(row, 2 + i, null, RAMMER_ENTITY));
  });
  for (let k = areas.length + unlisted.length; k < areaRows; k++) {
    const row = FIRST_AREA_ROW + k;
    for (let col = 0; col < 6; col++) draft.input(row, col, null, RAMMER_ENTITY);
  }
  draft.format(at(FIRST_AREA_ROW, 0, areaRows, 1), inputStyle("key"));
  draft.format(at(FIRST_AREA_ROW, 1, areaRows, 1), inputStyle("text"));
  draft.format(at(FIRST_AREA_ROW, 2, areaRows, 4), inputStyle("kroner"));
  const lastAreaRow = FIRST_AREA_ROW + areaRows - 1;
  const sumRow = lastAreaRow + 1;
  draft.label(sumRow, 0, RAMMER_SUM_LABEL);
  draft.label(sumRow + 1, 0, RAMMER_KOMMUNE_LABEL);
  draft.label(sumRow + 2, 0, RAMMER_UNALLOCATED_LABEL);
  for (let i = 0; i < 4; i++) {
    const col = 2 + i;
    draft.formula(sumRow, col, `SUM(${columnRange(undefined, col, FIRST_AREA_ROW, lastAreaRow)})`);
    const kommune = input.kommuneTargetRefs[i] ?? "0";
    draft.formula(sumRow + 1, col, `IF(ISNUMBER(${kommune}),${kommune},0)`);
    draft.formula(sumRow + 2, col, `${cellRef(sumRow + 1, col)}-${cellRef(sumRow, col)}`);
  }
  draft.format(at(sumRow, 0, 3, 2), STYLE_LABEL);
  draft.format(at(sumRow, 2, 3, 4), formulaStyle("kroner", true));

  const firstYearRow = sumRow + 4;
  const links = input.budgetLinks;
  const criterion = (idRef: string) =>
    input.grouping.prefix !== undefined ? `${idRef}&"*"` : `${idRef}&""`;
  years.forEach((year, i) => {
    const top = yearBlockTop(firstYearRow, areaRows, i);
    draft.label(top, 0, `${RAMMER_YEAR_SECTION} ${year}`);
    draft.format(at(top, 0), STYLE_SECTION);
    RAMMER_YEAR_HEADERS.forEach((header, c) => draft.label(top + 1, c, header));
    draft.format(at(top + 1, 0, 1, RAMMER_YEAR_HEADERS.length), STYLE_HEADER);
    const first = top + 2;
    for (let k = 0; k < areaRows; k++) {
      const row = first + k;
      const inputRow = FIRST_AREA_ROW + k;
      const id = cellRef(inputRow, 0, { abs: true });
      const blank = (formula: string) => `IF(TRIM(${id}&"")="","",${formula})`;
      draft.formula(row, 0, `${id}&""`);
      draft.formula(
        row,
        1,
        blank(
          `IF(TRIM(${cellRef(inputRow, 1, { abs: true })}&"")="",${id}&"",${cellRef(inputRow, 1, { abs: true })}&"")`,
        ),
      );
      const code = areas[k]?.id.trim() ?? unlisted[k - areas.length];
      draft.formula(row, 2, blank(rammeFormula(input, i, id, code)));
      const net =
        links.areaCol === null
          ? "0"
          : `-${sumIfs(
              columnRange(
                SHEET_BUDGET_LINKS,
                links.adjustmentCols[i] as number,
                links.firstRow,
                links.lastRow,
              ),
              [
                [
                  columnRange(SHEET_BUDGET_LINKS, links.areaCol, links.firstRow, links.lastRow),
                  criterion(id),
                ],
                [
                  columnRange(SHEET_BUDGET_LINKS, links.matchesCol, links.firstRow, links.lastRow),
                  '">=1"',
                ],
              ],
            )}`;
      draft.formula(row, 3, blank(net));
      const target = cellRef(inputRow, 2 + i, { abs: true });
      draft.formula(row, 4, blank(`IF(ISNUMBER(${target}),${target},0)`));
      draft.formula(row, 5, blank(`${cellRef(row, 4)}-${cellRef(row, 3)}`));
      draft.formula(row, 6, blank(`IF(${cellRef(row, 5)}<=0,"Ja","Nei")`));
    }
    const last = first + areaRows - 1;
    const total = last + 1;
    draft.label(total, 0, RAMMER_SUM_LABEL);
    for (const col of [2, 3, 4])
      draft.formula(total, col, `SUM(${columnRange(undefined, col, first, last)})`);
    draft.formula(total, 5, `${cellRef(total, 4)}-${cellRef(total, 3)}`);
    draft.formula(total, 6, `IF(${cellRef(total, 5)}<=0,"Ja","Nei")`);
    draft.format(at(first, 0, areaRows, 2), formulaStyle("text"));
    draft.format(at(first, 2, areaRows, 4), formulaStyle("kroner"));
    draft.format(at(first, 6, areaRows, 1), formulaStyle("text"));
    draft.format(at(total, 0, 1, 2), STYLE_LABEL);
    draft.format(at(total, 2, 1, 4), formulaStyle("kroner", true));
    draft.format(at(total, 6), formulaStyle("text", true));
  });

  draft.structure = JSON.stringify(["rammer", areaRows, years[0] ?? ""]);
  draft.widths.push(...RAMMER_WIDTHS.map((width, col) => ({ col, width })));
  draft.freeze = { rows: 1, cols: 0 };
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, draft.usedRows(), RAMMER_WIDTHS.length),
    0,
    title,
  );
  return draft;
}

/** The ramme of the area in input row `id` for plan year `i`. */
function rammeFormula(input: RammerInput, i: number, id: string, code: string | undefined): string {
  const { ramme } = input;
  if (ramme.kind === "formula") {
    const dimension: KeyDimension = input.grouping.dimension;
    const terms = ramme.sources.flatMap((s) => {
      const col = s.keyColumns[dimension];
      if (col === undefined) return [];
      const sum = sumIfs(columnRange(s.sheet, s.planColumns[i] as number, s.firstRow, s.lastRow), [
        [columnRange(s.sheet, col, s.firstRow, s.lastRow), `${id}&""`],
      ]);
      return [s.unit === 1000 ? `${sum}*1000` : sum];
    });
    return terms.length > 0 ? sumTerms(terms) : "0";
  }
  if (ramme.kind === "values" && code !== undefined) return String(ramme.byId.get(code)?.[i] ?? 0);
  return "0";
}

/** How many rows the sheet gives its areas (listed, budget-only and spare): where things are. */
export type RammerLayout = { areaRows: number; areaCount: number };

/**
 * Absolute references into the sheet for its readers (the kommune A3): the shown name of area
 * `k` (0-based, in the sheet's order) and its gap in plan year `i`.
 */
export function rammerRefs(layout: RammerLayout): {
  name: (k: number) => string;
  gap: (k: number, i: number) => string;
} {
  const firstYearRow = FIRST_AREA_ROW + layout.areaRows + 4;
  const rowOf = (k: number, i: number) => yearBlockTop(firstYearRow, layout.areaRows, i) + 2 + k;
  return {
    name: (k) => cellRef(rowOf(k, 0), 1, { sheet: SHEET_RAMMER, abs: true }),
    gap: (k, i) => cellRef(rowOf(k, i), 5, { sheet: SHEET_RAMMER, abs: true }),
  };
}

/** The sheet's layout for these areas (the same count renderRammer draws). */
export function rammerLayout(areaCount: number): RammerLayout {
  return { areaRows: areaCount + RAMMER_SPARE_ROWS, areaCount };
}
