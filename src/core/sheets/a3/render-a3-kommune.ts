/**
 * «Gevinst A3 Kommunen»: the A3 for the kommune as a whole (helhetsmodellen K1, adjusted in K3
 * and K4; spec §11). Nå-situasjon, ønsket situasjon and gap from «Gevinst Oversikt»; the
 * omstillingsbehov and the balance per plan year from «Gevinst Sammendrag», with in-cell bars of
 * net effect against innsparingskrav; the chosen deep-dives with their potential per year.
 */
import type { DeepDive } from "../../model/portfolio.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { fieldRange } from "../deep-dive/deep-dive-formulas";
import { TOTALS_SUM_COL, TOTALS_YEAR_COL } from "../deep-dive/deep-dive-map";
import type { DeepDiveFieldKey } from "../deep-dive/deep-dive.layout";
import { OVERVIEW_FIELDS_FIRST_ROW, type OverviewTexts } from "../overview/render-overview";
import { OVERVIEW_FIELDS, type OverviewFieldKey } from "../overview/overview.layout";
import { cellRef, countIfs } from "../shared/formulas";
import { labelOf } from "../shared/labels";
import { SheetDraft, at } from "../shared/sheet-draft";
import { SHEET_A3_KOMMUNE, SHEET_OVERVIEW, SHEET_SUMMARY } from "../shared/sheet-names";
import { formulaStyle } from "../shared/styles";
import { summaryRows } from "../summary/render-summary";
import {
  drawBoxes,
  drawFigureRow,
  drawHeader,
  drawSection,
  drawTableHeader,
  finishA3,
  rowSum,
  type A3Header,
} from "./a3-frame";
import { balanceBars } from "./balance-bars";

export const A3_KOMMUNE_TITLE = "Kommunen som helhet";
export const A3_KOMMUNE_KEY = "K1";

export function renderA3Kommune(input: {
  years: readonly string[];
  texts: OverviewTexts;
  deepDives: readonly { ref: DeepDiveRef; deepDive: DeepDive | null }[];
  header: Omit<A3Header, "title" | "document">;
}): SheetDraft {
  const { years } = input;
  const draft = new SheetDraft(SHEET_A3_KOMMUNE);
  let row = drawHeader(draft, {
    ...input.header,
    title: `${A3_KOMMUNE_TITLE} — gevinstarbeid i økonomiplanen ${years[0]}–${years[3]}`,
    document: "A3 for kommunen (årshjulet K1, justert i K3 og K4)",
  });

  const overviewText = (key: OverviewFieldKey) => {
    const i = OVERVIEW_FIELDS.findIndex((f) => f.key === key);
    return `${cellRef(OVERVIEW_FIELDS_FIRST_ROW + i, 1, { sheet: SHEET_OVERVIEW, abs: true })}&""`;
  };
  row = drawBoxes(draft, row, [
    {
      title: "Nå-situasjon",
      formula: overviewText("currentSituation"),
      text: input.texts.currentSituation,
    },
    {
      title: "Ønsket situasjon (mål, strategier, minimumskrav i lov og forskrift)",
      formula: overviewText("desiredSituation"),
      text: input.texts.desiredSituation,
    },
    { title: "Gap", formula: overviewText("gap"), text: input.texts.gap },
  ]);

  row++;
  drawSection(draft, row, "Omstillingsbehov og balanse per planår");
  drawSection(draft, row, "Netto budsjettvirkning mot innsparingskrav", 7);
  row++;
  const tableTop = row;
  drawTableHeader(draft, row, ["Per planår", ...years.map(Number), "Sum"]);
  const summary = summaryRows();
  const fromSummary = (key: string) =>
    years.map((_, i) =>
      cellRef(summary[key] as number, 1 + i, { sheet: SHEET_SUMMARY, abs: true }),
    );
  const lines: [string, string, boolean, boolean][] = [
    ["Omstillingsbehov (innsparingskrav)", "target", false, false],
    ["Netto budsjettvirkning (telles)", "budgetNet", true, false],
    ["Gap (krav − netto)", "gap", false, true],
  ];
  const rowOf: Record<string, number> = {};
  for (const [label, key, sums, total] of lines) {
    row++;
    rowOf[key] = row;
    drawFigureRow(draft, row, label, fromSummary(key), { total });
    if (sums) {
      draft.formula(row, 5, rowSum(row));
      draft.format(at(row, 5), formulaStyle("kroner", total));
    }
  }
  row++;
  drawFigureRow(draft, row, "I balanse?", fromSummary("balanced"), { format: "text" });
  balanceBars(draft, {
    top: tableTop,
    col: 7,
    years,
    netRow: rowOf.budgetNet as number,
    targetRow: rowOf.target as number,
  });
  row = Math.max(row, tableTop + 1 + 2 * years.length) + 2;

  drawSection(draft, row, "Valgte dypdykk");
  row++;
  drawTableHeader(draft, row, [
    "Dypdykk",
    ...years.map((year) => `Potensial ${year}`),
    "Netto telles",
    "Tiltak som telles",
    "Valgt fordi",
  ]);
  draft.format(at(row, 8, 1, 3), { fill: "#D9E2F3", border: "thin" });
  const first = row + 1;
  for (const { ref, deepDive } of input.deepDives) {
    row++;
    const dd = ref;
    const field = (key: DeepDiveFieldKey) =>
      `${cellRef(dd.map.fields[key]?.row ?? 0, 1, { sheet: dd.sheet, abs: true })}&""`;
    draft.formula(row, 0, field("name"));
    for (let i = 0; i < 4; i++)
      draft.formula(
        row,
        1 + i,
        cellRef(dd.map.totals["pipeline.expected"] as number, TOTALS_YEAR_COL + i, {
          sheet: dd.sheet,
          abs: true,
        }),
      );
    draft.formula(
      row,
      5,
      cellRef(dd.map.totals["counted.budgetNet"] as number, TOTALS_SUM_COL, {
        sheet: dd.sheet,
        abs: true,
      }),
    );
    const m = dd.map.sections.measures;
    const counted = countIfs([[fieldRange(m, "counted", dd.sheet), "1"]]);
    draft.formula(row, 6, `${counted}&" av "&COUNTIF(${fieldRange(m, "id", dd.sheet)},"?*")`);
    if (dd.map.fields.selectedBecause) draft.formula(row, 7, field("selectedBecause"));
    else if (deepDive) draft.label(row, 7, selectedText(deepDive));
  }
  if (row >= first) {
    draft.format(at(first, 0, row - first + 1, 1), { border: "thin" });
    draft.format(at(first, 1, row - first + 1, 5), formulaStyle("kroner"));
    draft.format(at(first, 6, row - first + 1, 1), {
      ...formulaStyle("text"),
      horizontalAlignment: "center",
    });
    draft.format(at(first, 7, row - first + 1, 4), { border: "thin" });
  }
  row++;
  drawFigureRow(
    draft,
    row,
    "Sum dypdykk",
    [0, 1, 2, 3, 4].map((c) =>
      row > first ? `SUM(${cellRef(first, 1 + c)}:${cellRef(row - 1, 1 + c)})` : "0",
    ),
    { total: true },
  );
  draft.structure = JSON.stringify(["a3-kommune", input.deepDives.length, draft.heights]);
  finishA3(draft, row + 1);
  return draft;
}

/** «Må gjøres, Stort potensial» from a deep-dive's `selectedBecause`, when the model has it. */
function selectedText(deepDive: DeepDive): string {
  const codes = (deepDive as { selectedBecause?: unknown }).selectedBecause;
  return Array.isArray(codes) ? codes.map((c) => labelOf(String(c))).join(", ") : "";
}
