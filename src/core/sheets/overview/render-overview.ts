/**
 * Renders «Gevinst Oversikt», the kommune A3: texts and the savings requirement are inputs; the
 * deep-dive table is formulas over each deep-dive sheet's totals.
 */
import {
  OVERVIEW_DEEP_DIVES_SECTION,
  OVERVIEW_DEEP_DIVE_HEADERS,
  OVERVIEW_FIELDS,
  OVERVIEW_GAP_LABEL,
  OVERVIEW_NET_LABEL,
  OVERVIEW_TARGET_LABEL,
  OVERVIEW_TARGET_SECTION,
  OVERVIEW_TITLE,
} from "./overview.layout";
import { SHEET_OVERVIEW, SHEET_SUMMARY } from "../shared/sheet-names";
import {
  STYLE_HEADER,
  STYLE_LABEL,
  STYLE_SECTION,
  STYLE_TITLE,
  formulaStyle,
  inputStyle,
} from "../shared/styles";
import type { Portfolio } from "../../model/portfolio.types";
import { cellFor } from "../shared/cell-values";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { TOTALS_SUM_COL, TOTALS_YEAR_COL } from "../deep-dive/deep-dive-map";
import { cellRef, countIfs } from "../shared/formulas";
import { fieldRange } from "../deep-dive/deep-dive-formulas";
import { summaryRows } from "../summary/render-summary";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import type { DeepDiveFieldKey } from "../deep-dive/deep-dive.layout";

/** Kommune-level texts of the A3 (not part of the portfolio file). */
export type OverviewTexts = { currentSituation?: string; desiredSituation?: string; gap?: string };

export const OVERVIEW_FIELDS_FIRST_ROW = 2;
export const OVERVIEW_TARGET_ROW = OVERVIEW_FIELDS_FIRST_ROW + OVERVIEW_FIELDS.length + 3;

/** Absolute references to the savings requirement cells, one per plan year. */
export function targetRefs(): string[] {
  return [0, 1, 2, 3].map((i) =>
    cellRef(OVERVIEW_TARGET_ROW, 1 + i, { sheet: SHEET_OVERVIEW, abs: true }),
  );
}

export function renderOverview(input: {
  portfolio: Portfolio;
  texts: OverviewTexts;
  deepDives: readonly DeepDiveRef[];
}): SheetDraft {
  const { portfolio, texts, deepDives } = input;
  const years = [0, 1, 2, 3].map((i) => String(portfolio.budgetYear + i));
  const draft = new SheetDraft(SHEET_OVERVIEW);
  const title = portfolio.organisation
    ? `${OVERVIEW_TITLE} — ${portfolio.organisation}`
    : OVERVIEW_TITLE;
  draft.label(0, 0, title);
  draft.format(at(0, 0), STYLE_TITLE);
  OVERVIEW_FIELDS.forEach((field, i) => {
    const row = OVERVIEW_FIELDS_FIRST_ROW + i;
    draft.label(row, 0, field.label);
    draft.format(at(row, 0), STYLE_LABEL);
    draft.input(
      row,
      1,
      (texts as Record<string, string | undefined>)[field.key] ?? null,
      "overview",
    );
    draft.format(at(row, 1, 1, field.span ?? 1), inputStyle("longText"));
    draft.merges.push(at(row, 1, 1, field.span ?? 1));
  });
  const t = OVERVIEW_TARGET_ROW;
  draft.label(t - 2, 0, OVERVIEW_TARGET_SECTION);
  draft.format(at(t - 2, 0), STYLE_SECTION);
  draft.label(t - 1, 0, "Per planår");
  years.forEach((year, i) => draft.label(t - 1, 1 + i, Number(year)));
  draft.label(t - 1, 5, "Sum");
  draft.format(at(t - 1, 0, 1, 6), STYLE_HEADER);
  const summary = summaryRows();
  const rowsOut: [number, string, string][] = [
    [t + 1, OVERVIEW_NET_LABEL, "budgetNet"],
    [t + 2, OVERVIEW_GAP_LABEL, "gap"],
  ];
  draft.label(t, 0, OVERVIEW_TARGET_LABEL);
  years.forEach((year, i) => {
    draft.input(
      t,
      1 + i,
      cellFor(portfolio, `savingsTarget.${year}`, portfolio.savingsTarget[year] ?? null),
      "savingsTarget",
    );
  });
  draft.format(at(t, 1, 1, 4), inputStyle("kroner"));
  for (const [row, label, key] of rowsOut) {
    draft.label(row, 0, label);
    for (let i = 0; i < 4; i++)
      draft.formula(
        row,
        1 + i,
        cellRef(summary[key] as number, 1 + i, { sheet: SHEET_SUMMARY, abs: true }),
      );
    draft.format(at(row, 1, 1, 5), formulaStyle("kroner", key === "gap"));
  }
  // Only netto adds up over the years; innsparingskrav and gap are levels per year.
  draft.formula(t + 1, 5, `SUM(${cellRef(t + 1, 1)}:${cellRef(t + 1, 4)})`);

  let r = t + 4;
  draft.label(r, 0, OVERVIEW_DEEP_DIVES_SECTION);
  draft.format(at(r, 0), STYLE_SECTION);
  r++;
  const [hName, hOwner, hPotential, hNet, hStatus] = OVERVIEW_DEEP_DIVE_HEADERS;
  draft.label(r, 0, hName);
  draft.label(r, 1, hOwner);
  years.forEach((year, i) => draft.label(r, 2 + i, `${hPotential} ${year}`));
  draft.label(r, 6, `${hNet} (telles), sum`);
  draft.label(r, 7, hStatus);
  draft.format(at(r, 0, 1, 8), STYLE_HEADER);
  r++;
  for (const dd of deepDives) {
    const field = (key: DeepDiveFieldKey) =>
      cellRef(dd.map.fields[key]?.row ?? 0, 1, { sheet: dd.sheet, abs: true });
    draft.formula(r, 0, `${field("name")}&""`);
    draft.formula(r, 1, `${field("owner")}&""`);
    for (let i = 0; i < 4; i++)
      draft.formula(
        r,
        2 + i,
        cellRef(dd.map.totals["pipeline.expected"] as number, TOTALS_YEAR_COL + i, {
          sheet: dd.sheet,
          abs: true,
        }),
      );
    draft.formula(
      r,
      6,
      cellRef(dd.map.totals["counted.budgetNet"] as number, TOTALS_SUM_COL, {
        sheet: dd.sheet,
        abs: true,
      }),
    );
    const m = dd.map.sections.measures;
    const ids = fieldRange(m, "id", dd.sheet);
    const counted = countIfs([[fieldRange(m, "counted", dd.sheet), "1"]]);
    draft.formula(r, 7, `${counted}&" av "&COUNTIF(${ids},"?*")&" tiltak telles"`);
    draft.format(at(r, 0, 1, 8), formulaStyle("kroner"));
    r++;
  }
  draft.structure = JSON.stringify([deepDives.length]);
  draft.widths.push(
    { col: 0, width: 30 },
    { col: 1, width: 18 },
    ...[2, 3, 4, 5, 6].map((col) => ({ col, width: 15 })),
    { col: 7, width: 24 },
  );
  draft.freeze = { rows: 1, cols: 0 };
  draft.pageLayout = dataSheetPage(draft, at(0, 0, r, 8), 0, title);
  return draft;
}
