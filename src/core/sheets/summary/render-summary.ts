/**
 * Renders «Gevinst Sammendrag»: every figure is a sum of the deep-dive sheets' own totals cells,
 * so a line manager's edit on any deep-dive sheet flows through without the add-in.
 */
import { MEASURE_STATUSES } from "../../model/portfolio.types";
import { SHEET_SUMMARY } from "../shared/sheet-names";
import {
  PIPELINE_ROWS,
  SUMMARY_ROWS,
  SUMMARY_SECTION_DEEP_DIVES,
  SUMMARY_SECTION_PIPELINE,
  SUMMARY_SECTION_STATUS,
  SUMMARY_SECTION_TOTALS,
  SUMMARY_TITLE,
  type SummaryRow,
} from "./summary.layout";
import {
  FORMAT_FTE,
  STYLE_HEADER,
  STYLE_SECTION,
  STYLE_TITLE,
  formulaStyle,
} from "../shared/styles";
import type { DefinedName } from "../../workbook/workbook-port";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { TOTALS_YEAR_COL } from "../deep-dive/deep-dive-map";
import { cellRef, rowRange, sumTerms } from "../shared/formulas";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import { labelOf } from "../shared/labels";

export const SUMMARY_FIRST_ROW = 4;
const SUM_COL = 5;

/** Row of each main-block entry (fixed, so the defined names never move). */
export function summaryRows(): Record<string, number> {
  const rows: Record<string, number> = {};
  SUMMARY_ROWS.forEach((row, i) => {
    rows[row.key] = SUMMARY_FIRST_ROW + i;
  });
  return rows;
}

/** The spec §9 names over the summary's year cells. */
export function summaryNames(): DefinedName[] {
  const rows = summaryRows();
  return SUMMARY_ROWS.filter((row) => row.name).map((row) => ({
    name: row.name as string,
    refersTo: rowRange(SHEET_SUMMARY, rows[row.key] as number, 1, 4),
  }));
}

function totalsCell(dd: DeepDiveRef, key: string, yearIndex: number): string {
  return cellRef(dd.map.totals[key] as number, TOTALS_YEAR_COL + yearIndex, {
    sheet: dd.sheet,
    abs: true,
  });
}

function header(draft: SheetDraft, row: number, years: readonly string[], first: string): void {
  draft.label(row, 0, first);
  years.forEach((year, i) => draft.label(row, 1 + i, Number(year)));
  draft.label(row, SUM_COL, "Sum");
  draft.format(at(row, 0, 1, SUM_COL + 1), STYLE_HEADER);
}

function sumCol(draft: SheetDraft, row: number): void {
  draft.formula(row, SUM_COL, `SUM(${cellRef(row, 1)}:${cellRef(row, 4)})`);
}

export type SummaryInput = {
  years: readonly string[];
  deepDives: readonly DeepDiveRef[];
  /** Absolute references to the savings requirement inputs on the overview, one per year. */
  targetRefs: readonly string[];
  /** Absolute reference to «Timer per årsverk brukt». */
  hoursPerFteRef: string;
};

function rowFormula(
  row: SummaryRow,
  input: SummaryInput,
  i: number,
  rows: Record<string, number>,
): string {
  const own = (key: string) => cellRef(rows[key] as number, 1 + i);
  switch (row.kind) {
    case "figure":
      return sumTerms(input.deepDives.map((dd) => totalsCell(dd, `${row.scope}.${row.figure}`, i)));
    case "fte":
      return `${own("freedHours")}/${input.hoursPerFteRef}`;
    case "target":
      return `IF(ISNUMBER(${input.targetRefs[i] ?? "0"}),${input.targetRefs[i] ?? "0"},0)`;
    case "gap":
      return `${own("target")}-${own("budgetNet")}`;
    case "balanced":
      return `IF(${own("gap")}<=0,"Ja","Nei")`;
  }
}

export function renderSummary(input: SummaryInput): SheetDraft {
  const draft = new SheetDraft(SHEET_SUMMARY);
  draft.ownsAllCells = true;
  const { years, deepDives } = input;
  const rows = summaryRows();
  draft.label(0, 0, SUMMARY_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  draft.label(SUMMARY_FIRST_ROW - 2, 0, SUMMARY_SECTION_TOTALS);
  draft.format(at(SUMMARY_FIRST_ROW - 2, 0), STYLE_SECTION);
  header(draft, SUMMARY_FIRST_ROW - 1, years, "Per planår");
  for (const row of SUMMARY_ROWS) {
    const r = rows[row.key] as number;
    draft.label(r, 0, row.label);
    for (let i = 0; i < 4; i++) draft.formula(r, 1 + i, rowFormula(row, input, i, rows));
    // Innsparingskrav and gap are levels per year: adding four years of them means nothing.
    if (row.kind === "figure") sumCol(draft, r);
    const style = formulaStyle(
      row.kind === "balanced" ? "text" : "kroner",
      row.kind === "gap" || row.key === "budgetNet",
    );
    draft.format(
      at(r, 1, 1, 5),
      row.kind === "fte" ? { ...style, numberFormat: FORMAT_FTE } : style,
    );
  }
  let r = SUMMARY_FIRST_ROW + SUMMARY_ROWS.length + 1;
  const block = (title: string, first: string) => {
    draft.label(r, 0, title);
    draft.format(at(r, 0), STYLE_SECTION);
    header(draft, r + 1, years, first);
    r += 2;
  };
  block(SUMMARY_SECTION_DEEP_DIVES, "Dypdykk");
  for (const dd of deepDives) {
    draft.formula(
      r,
      0,
      cellRef(dd.map.fields.name?.row ?? 3, 1, { sheet: dd.sheet, abs: true }) + '&""',
    );
    for (let i = 0; i < 4; i++) draft.formula(r, 1 + i, totalsCell(dd, "counted.budgetNet", i));
    sumCol(draft, r);
    draft.format(at(r, 1, 1, 5), formulaStyle("kroner"));
    r++;
  }
  r++;
  block(SUMMARY_SECTION_STATUS, "Status");
  for (const status of MEASURE_STATUSES) {
    draft.label(r, 0, labelOf(status));
    for (let i = 0; i < 4; i++)
      draft.formula(
        r,
        1 + i,
        sumTerms(deepDives.map((dd) => totalsCell(dd, `status.${status}`, i))),
      );
    sumCol(draft, r);
    draft.format(at(r, 1, 1, 5), formulaStyle("kroner"));
    r++;
  }
  r++;
  block(SUMMARY_SECTION_PIPELINE, "Per planår");
  for (const row of PIPELINE_ROWS) {
    draft.label(r, 0, row.label);
    for (let i = 0; i < 4; i++) draft.formula(r, 1 + i, rowFormula(row, input, i, rows));
    sumCol(draft, r);
    draft.format(at(r, 1, 1, 5), formulaStyle("kroner"));
    r++;
  }
  draft.structure = JSON.stringify([deepDives.length]);
  draft.widths.push({ col: 0, width: 46 }, ...[1, 2, 3, 4, 5].map((col) => ({ col, width: 15 })));
  draft.freeze = { rows: SUMMARY_FIRST_ROW, cols: 1 };
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, r, SUM_COL + 1),
    SUMMARY_FIRST_ROW - 1,
    SUMMARY_TITLE,
  );
  return draft;
}
