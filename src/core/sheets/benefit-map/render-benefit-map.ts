/**
 * The gevinstkart of a deep-dive (spec §16, DFØ's benefit map) drawn in cells on one A3 page:
 * per measure (tiltak) its preconditions, then each of its benefits (gevinster) with type,
 * forventet per plan year, the indicators that measure it and its owner, all leading to the
 * deep-dive's goal (mål: «Ønsket situasjon») in the box at the top. Every text and figure is a
 * live formula over the deep-dive's data sheet, found by id as the A3s find theirs, so a name
 * or figure changed in plain Excel shows at once and a renamed measure after a refresh.
 */
import type { Benefit, DeepDive, Measure } from "../../model/portfolio.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { TOTALS_SUM_COL, TOTALS_YEAR_COL } from "../deep-dive/deep-dive-map";
import { yearField } from "../shared/layout.types";
import { cellRef, textLiteral } from "../shared/formulas";
import { SheetDraft, at } from "../shared/sheet-draft";
import { FILL_HEADER, STYLE_HEADER, formulaStyle } from "../shared/styles";
import {
  A3_COLUMNS,
  A3_WIDTHS,
  boxHeight,
  drawHeader,
  drawSection,
  finishA3,
  rowSum,
  type A3Header,
} from "../a3/a3-frame";
import { placesOf, RowCells } from "../a3/deep-dive-cells";
import { columnsWidth, printableSize } from "../shared/page-geometry";

export type BenefitMapInput = {
  sheet: string;
  years: readonly string[];
  ref: DeepDiveRef;
  deepDive: DeepDive;
  /** Every measure on the deep-dive sheet, in the order it is written there. */
  measures: readonly Measure[];
  header: Omit<A3Header, "title" | "document" | "fixedVersion">;
};

/**
 * At most this many benefit rows on the page, so that the map stays one A3 page with its text at
 * 9 pt or more (spec §11); the rest are counted in one line pointing to the deep-dive sheet.
 */
export const BENEFIT_MAP_ROWS = 16;
/** Indicators named beside one benefit; more are counted («+ 2 til»). */
export const BENEFIT_MAP_INDICATORS = 3;

/**
 * The map's own column widths (characters), as wide in all as the A3 grid (so the page scales
 * as the A3s do): texts 26, type 11, figures 12, owner 17.
 */
const TEXT_WIDTHS = [26, 26, 26, 11, 12, 12, 12, 12, 12, 26] as const;
const WIDTHS: readonly number[] = [
  ...TEXT_WIDTHS,
  A3_WIDTHS.reduce((a, b) => a + b, 0) - TEXT_WIDTHS.reduce((a, b) => a + b, 0),
];
const COL = {
  measure: 0,
  preconditions: 1,
  benefit: 2,
  type: 3,
  firstYear: 4,
  sum: 8,
  indicators: 9,
  owner: 10,
} as const;
const LINE_HEIGHT = 15;
/** Characters a line of the goal box holds (it runs across the page). */
const GOAL_WIDTH = 170;
/** Share of the printable height the A3 frame fills (a3-frame.ts: room for pixel rounding). */
const PAGE_FILL = 0.92;
/** Kroner, with a dash for a benefit of no kroner (kvalitet) rather than a 0 that reads as lost. */
const FORMAT_KRONER_OR_DASH = '#,##0;-#,##0;"–"';

/** The shade of every other measure's block. */
const FILL_BLOCK = "#F2F2F2";
const STYLE_BOX_TITLE = { bold: true, fill: FILL_HEADER, border: "thin", wrap: true } as const;
const STYLE_BOX_TEXT = {
  wrap: true,
  verticalAlignment: "top",
  border: "thin",
  locked: true,
  fill: "#FFFFFF",
} as const;

/** Measures the map shows: all but avbrutt (the pipeline, as the K2's potential). */
export function mappedMeasures(measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => m.status !== "avbrutt");
}

/** Lines `text` takes in a column `width` characters wide (a bold or wide letter needs more). */
function linesIn(text: string, width: number): number {
  return text
    .split(/\r?\n/)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 1.05) / width)), 0);
}

type Block = { measure: Measure; benefits: readonly Benefit[]; lines: number[] };

/** Lines each row of a measure's block needs: its texts in the first, a benefit's in each. */
function blockLines(measure: Measure, benefits: readonly Benefit[]): number[] {
  const first = Math.max(
    linesIn(`${measure.id} ${measure.name}`, (WIDTHS[COL.measure] ?? 26) * 0.95),
    linesIn(measure.preconditions ?? "", WIDTHS[COL.preconditions] ?? 26),
  );
  if (benefits.length === 0) return [first];
  return benefits.map((benefit, k) => {
    const names = benefit.indicators
      .slice(0, BENEFIT_MAP_INDICATORS)
      .map((i) => i.name)
      .join("; ");
    return Math.max(
      linesIn(benefit.name, WIDTHS[COL.benefit] ?? 26),
      linesIn(names, WIDTHS[COL.indicators] ?? 26) +
        (benefit.indicators.length > BENEFIT_MAP_INDICATORS ? 1 : 0),
      linesIn(benefit.owner ?? "", WIDTHS[COL.owner] ?? 26),
      k === 0 ? first : 1,
    );
  });
}

/**
 * Text lines the table's rows may take on the page: the printable A3 height (as the frame fills
 * it) less the header, the goal box, the table's header, the «… og N til» line and the total.
 */
function lineBudget(deepDive: DeepDive): number {
  const page = printableSize("A3", "landscape");
  const columns = WIDTHS.map((width, col) => ({ col, width }));
  const scale = Math.min(1, page.width / columnsWidth(columns, 0, A3_COLUMNS));
  const target = (page.height / scale) * PAGE_FILL;
  // Title 30; two header rows and a blank; goal title and text; blank; section 24; table
  // header two lines; the «… og N til» line; the total two lines.
  const fixed =
    30 + 3 * LINE_HEIGHT + LINE_HEIGHT + 4 + boxHeight(deepDive.desiredSituation, GOAL_WIDTH);
  const rest = LINE_HEIGHT + 24 + 2 * LINE_HEIGHT + LINE_HEIGHT + 2 * LINE_HEIGHT + 2;
  return Math.floor((target - fixed - rest) / LINE_HEIGHT);
}

/**
 * The measures and benefits that fit on the page (at most BENEFIT_MAP_ROWS rows and the page's
 * height in text lines), and how many do not.
 */
const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

export function fitBlocks(
  measures: readonly Measure[],
  deepDive: DeepDive,
): { blocks: Block[]; hiddenMeasures: number; hiddenBenefits: number } {
  const blocks: Block[] = [];
  let rows = 0;
  let lines = 0;
  const budget = lineBudget(deepDive);
  let hiddenMeasures = 0;
  let hiddenBenefits = 0;
  for (const measure of measures) {
    if (hiddenMeasures > 0) {
      hiddenMeasures++;
      continue;
    }
    // As many of its benefits as fit in the rows and lines left (none: the measure is left out).
    let shown = Math.min(measure.benefits.length, BENEFIT_MAP_ROWS - rows);
    let block = blockLines(measure, measure.benefits.slice(0, shown));
    while (shown > 0 && lines + sum(block) > budget)
      block = blockLines(measure, measure.benefits.slice(0, --shown));
    const fits = rows < BENEFIT_MAP_ROWS && lines + sum(block) <= budget;
    // Once one is left out, so are those after it: the map keeps the sheet's order.
    if (!fits || (shown === 0 && measure.benefits.length > 0)) {
      hiddenMeasures++;
      continue;
    }
    hiddenBenefits += measure.benefits.length - shown;
    blocks.push({ measure, benefits: measure.benefits.slice(0, shown), lines: block });
    rows += block.length;
    lines += sum(block);
  }
  return { blocks, hiddenMeasures, hiddenBenefits };
}

/** «… og 3 tiltak og 2 gevinster til: se arket «Gevinst DD Hjemmetjenesten».» */
export function moreText(hiddenMeasures: number, hiddenBenefits: number, sheet: string): string {
  const parts = [
    ...(hiddenMeasures > 0 ? [`${hiddenMeasures} tiltak`] : []),
    ...(hiddenBenefits > 0
      ? [`${hiddenBenefits} ${hiddenBenefits === 1 ? "gevinst" : "gevinster"}`]
      : []),
  ];
  return `… og ${parts.join(" og ")} til: se arket «${sheet}».`;
}

function setHeight(draft: SheetDraft, row: number, height: number): void {
  const found = draft.heights.find((h) => h.row === row);
  if (found) found.height = Math.max(found.height, height);
  else draft.heights.push({ row, height });
}

/** The goal box across the page at fixed rows (merged there only, so no merge moves). */
function drawGoal(draft: SheetDraft, row: number, ref: DeepDiveRef, deepDive: DeepDive): number {
  draft.label(row, 0, "Mål: ønsket situasjon, som gevinstene under skal føre til");
  draft.format(at(row, 0, 1, A3_COLUMNS), STYLE_BOX_TITLE);
  draft.merges.push(at(row, 0, 1, A3_COLUMNS));
  setHeight(draft, row, LINE_HEIGHT + 4);
  const place = ref.map.fields.desiredSituation;
  draft.formula(
    row + 1,
    0,
    place ? `${cellRef(place.row, 1, { sheet: ref.sheet, abs: true })}&""` : '""',
  );
  draft.format(at(row + 1, 0, 1, A3_COLUMNS), STYLE_BOX_TEXT);
  draft.merges.push(at(row + 1, 0, 1, A3_COLUMNS));
  setHeight(draft, row + 1, boxHeight(deepDive.desiredSituation, GOAL_WIDTH));
  return row + 2;
}

function drawMapHeader(draft: SheetDraft, row: number, years: readonly string[]): void {
  const labels = [
    "Tiltak",
    "Forutsetninger for tiltaket",
    "→ Gevinst",
    "Type",
    ...years.map((year) => `Forventet ${year} (kr)`),
    "Sum forventet (kr)",
    "Indikatorer (måler gevinsten)",
    "Gevinsteier",
  ];
  labels.forEach((label, col) => draft.label(row, col, label));
  draft.format(at(row, 0, 1, labels.length), STYLE_HEADER);
  const lines = labels.map((label, col) => linesIn(label, (WIDTHS[col] ?? 12) * 0.9));
  setHeight(draft, row, Math.max(...lines) * LINE_HEIGHT);
}

/** The indicator names of one benefit, joined by «; » with no stray separator for one gone. */
function indicatorsFormula(
  ref: DeepDiveRef,
  indicators: readonly { id: string; index: number }[],
  more: number,
): string {
  if (indicators.length === 0) return '""';
  const names = indicators.map((p) => new RowCells(ref, "indicators", p.index, p.id).text("name"));
  const [first, ...rest] = names as [string, ...string[]];
  let formula = first;
  for (const name of rest) formula = `${formula}&IF(${name}="","","; "&${name})`;
  return more > 0 ? `${formula}&${textLiteral(` (+ ${more} til)`)}` : formula;
}

export function renderBenefitMap(input: BenefitMapInput): SheetDraft {
  const { ref, deepDive, years } = input;
  const draft = new SheetDraft(input.sheet);
  let row = drawHeader(draft, {
    ...input.header,
    title: `Gevinstkart: ${deepDive.name}`,
    document: "Gevinstkart per dypdykk (årshjulet K2–K3)",
  });
  row = drawGoal(draft, row, ref, deepDive);
  row++;
  drawSection(draft, row, "Tiltak → gevinster → mål (alle tiltak unntatt avbrutt)");
  row++;
  drawMapHeader(draft, row, years);
  const places = placesOf(input.measures);
  // Each benefit's row and its indicators' rows, counted in the order the deep-dive sheet writes
  // them (as placesOf, but by measure and benefit: two measures may both have a «G1»).
  const indicatorPlaces = new Map<string, { id: string; index: number }[]>();
  const benefitRows = new Map<string, number>();
  let indicatorIndex = 0;
  for (const measure of input.measures)
    for (const benefit of measure.benefits) {
      benefitRows.set(`${measure.id}|${benefit.id}`, benefitRows.size);
      indicatorPlaces.set(
        `${measure.id}|${benefit.id}`,
        benefit.indicators.map((i) => ({ id: i.id, index: indicatorIndex++ })),
      );
    }
  const mapped = mappedMeasures(input.measures);
  const { blocks, hiddenMeasures, hiddenBenefits } = fitBlocks(mapped, deepDive);
  const first = row + 1;
  const measureRows: number[] = [];
  const blockRows: { first: number; rows: number }[] = [];
  for (const { measure, benefits, lines } of blocks) {
    row++;
    measureRows.push(row);
    const cells = new RowCells(ref, "measures", places.measures.get(measure.id) ?? 0, measure.id);
    draft.formula(row, COL.measure, `${textLiteral(`${measure.id} `)}&${cells.text("name")}`);
    draft.formula(row, COL.preconditions, cells.text("preconditions"));
    if (benefits.length === 0) {
      draft.label(row, COL.benefit, "Ingen gevinster ennå");
      draft.format(at(row, COL.benefit), { italic: true });
    }
    benefits.forEach((benefit, k) => {
      const r = row + k;
      const b = new RowCells(
        ref,
        "benefits",
        benefitRows.get(`${measure.id}|${benefit.id}`) ?? 0,
        benefit.id,
      );
      draft.formula(r, COL.benefit, b.text("name"));
      draft.formula(r, COL.type, b.text("type"));
      for (let i = 0; i < 4; i++)
        draft.formula(r, COL.firstYear + i, b.figure(yearField("expected", i)));
      draft.formula(r, COL.sum, rowSum(r, COL.firstYear));
      const indicators = indicatorPlaces.get(`${measure.id}|${benefit.id}`) ?? [];
      const shown = indicators.slice(0, BENEFIT_MAP_INDICATORS);
      draft.formula(
        r,
        COL.indicators,
        indicatorsFormula(ref, shown, indicators.length - shown.length),
      );
      draft.formula(r, COL.owner, b.text("owner"));
    });
    lines.forEach((n, k) => setHeight(draft, row + k, n * LINE_HEIGHT));
    blockRows.push({ first: row, rows: Math.max(1, benefits.length) });
    row += Math.max(1, benefits.length) - 1;
  }
  if (row >= first) {
    const rows = row - first + 1;
    draft.format(at(first, 0, rows, A3_COLUMNS), {
      border: "thin",
      verticalAlignment: "top",
      wrap: true,
    });
    draft.format(at(first, COL.firstYear, rows, 5), {
      ...formulaStyle("kroner"),
      verticalAlignment: "top",
      numberFormat: FORMAT_KRONER_OR_DASH,
    });
    // Each measure's name stands out where its block begins, and every other block is shaded,
    // so the eye sees which benefits belong to which measure.
    for (const r of measureRows) draft.format(at(r, COL.measure), { bold: true });
    blockRows.forEach((block, i) => {
      if (i % 2 === 1)
        draft.format(at(block.first, 0, block.rows, A3_COLUMNS), { fill: FILL_BLOCK });
    });
  } else {
    row++;
    draft.label(row, 0, "Ingen tiltak ennå.");
  }
  if (hiddenMeasures + hiddenBenefits > 0) {
    row++;
    draft.label(row, 0, moreText(hiddenMeasures, hiddenBenefits, ref.sheet));
    draft.format(at(row, 0), { italic: true });
  }
  row++;
  drawTotal(draft, row, ref);
  draft.structure = JSON.stringify([draft.name, row + 1, draft.heights]);
  finishA3(draft, row + 1);
  useMapWidths(draft);
  return draft;
}

export const TOTAL_LABEL = "Sum forventet, hele dypdykket (unntatt avbrutt)";

/** Forventet of all the deep-dive's measures but avbrutt: its data sheet's own total. */
function drawTotal(draft: SheetDraft, row: number, ref: DeepDiveRef): void {
  const totalRow = ref.map.totals["pipeline.expected"] as number;
  const cell = (col: number) => cellRef(totalRow, col, { sheet: ref.sheet, abs: true });
  draft.label(row, 0, TOTAL_LABEL);
  draft.format(at(row, 0), { bold: true, fill: FILL_HEADER, border: "thin", wrap: true });
  for (let i = 0; i < 4; i++) draft.formula(row, COL.firstYear + i, cell(TOTALS_YEAR_COL + i));
  draft.formula(row, COL.sum, cell(TOTALS_SUM_COL));
  draft.format(at(row, COL.firstYear, 1, 5), formulaStyle("kroner", true));
  setHeight(draft, row, linesIn(TOTAL_LABEL, (WIDTHS[0] ?? 26) * 0.9) * LINE_HEIGHT + 2);
}

/** The A3 frame sets its grid's widths; the map has its own, as wide in all. */
function useMapWidths(draft: SheetDraft): void {
  draft.widths.splice(0, draft.widths.length, ...WIDTHS.map((width, col) => ({ col, width })));
}
