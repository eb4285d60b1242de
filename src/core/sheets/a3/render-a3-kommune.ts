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
import { rammerRefs, type RammerLayout } from "../rammer/render-rammer";
import { SHEET_RAMMER } from "../shared/sheet-names";
import { STYLE_HINT } from "../shared/styles";

export const A3_KOMMUNE_TITLE = "Kommunen som helhet";
export const A3_KOMMUNE_KEY = "K1";
/** Rammeområder shown one by one on the A3 (spec §13); the rest are counted in one line. */
export const A3_KOMMUNE_AREA_LIMIT = 12;

export function renderA3Kommune(input: {
  years: readonly string[];
  texts: OverviewTexts;
  deepDives: readonly { ref: DeepDiveRef; deepDive: DeepDive | null }[];
  header: Omit<A3Header, "title" | "document">;
  /** «Gevinst Rammer»'s layout when the workbook has it: a block of the areas' gap per year. */
  rammer?: RammerLayout;
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
  if (input.rammer && input.rammer.areaCount > 0)
    row = drawAreaGaps(draft, row, years, input.rammer);

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
  draft.structure = JSON.stringify(
    input.rammer
      ? ["a3-kommune", input.deepDives.length, draft.heights, input.rammer.areaCount]
      : ["a3-kommune", input.deepDives.length, draft.heights],
  );
  finishA3(draft, row + 1);
  return draft;
}

/** «Må gjøres, Stort potensial» from a deep-dive's `selectedBecause`, when the model has it. */
function selectedText(deepDive: DeepDive): string {
  const codes = (deepDive as { selectedBecause?: unknown }).selectedBecause;
  return Array.isArray(codes) ? codes.map((c) => labelOf(String(c))).join(", ") : "";
}

/**
 * The rammeområder's gap per plan year (spec §13), read from «Gevinst Rammer» so the A3 and the
 * sheet can never differ: at most A3_KOMMUNE_AREA_LIMIT areas, in the sheet's order, then one
 * line counting the rest. Returns the row after the block.
 */
function drawAreaGaps(
  draft: SheetDraft,
  top: number,
  years: readonly string[],
  layout: RammerLayout,
): number {
  const refs = rammerRefs(layout);
  let row = top;
  drawSection(draft, row, "Rammeområder: gap per planår (krav − netto)");
  row++;
  drawTableHeader(draft, row, ["Rammeområde", ...years.map((year) => `Gap ${year}`), "År med gap"]);
  const shown = Math.min(layout.areaCount, A3_KOMMUNE_AREA_LIMIT);
  for (let k = 0; k < shown; k++) {
    row++;
    drawFigureRow(
      draft,
      row,
      "",
      years.map((_, i) => refs.gap(k, i)),
    );
    draft.formula(row, 0, `${refs.name(k)}&""`);
    draft.formula(
      row,
      5,
      `COUNTIF(${cellRef(row, 1)}:${cellRef(row, 4)},">0")&" av ${years.length}"`,
    );
    draft.format(at(row, 5), { ...formulaStyle("text"), horizontalAlignment: "center" });
  }
  if (layout.areaCount > shown) {
    row++;
    draft.label(
      row,
      0,
      `… og ${layout.areaCount - shown} rammeområder til: se arket «${SHEET_RAMMER}».`,
    );
    draft.format(at(row, 0), STYLE_HINT);
  }
  return row + 2;
}
