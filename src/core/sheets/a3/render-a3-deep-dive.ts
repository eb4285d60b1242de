/**
 * The three A3s of a deep-dive (spec §11, helhetsmodellen K2–K4), each its own sheet showing the
 * deep-dive's data sheet:
 * - K2 «Dypdykk»: what it covers, unmet needs, problems, opportunities, minimum requirements,
 *   business cases, the situation texts, and the calculated potential per plan year;
 * - K3 «Prioritert dypdykk»: its measures in priority order with net effect per year, kr per
 *   krone of cost and must-do; possible indicators; what is taken out of which budget line;
 * - K4 «Delområde med vedtatte tiltak»: per adopted measure who answers for it, its net effect,
 *   the action plan, preconditions and risks; indicators with nullpunkt, målverdi, owner and
 *   measurement plan; the ansvar lines it touches.
 */
import { yearField } from "../shared/layout.types";
import { keyId } from "../../calculation/budget-key";
import { sheetKeyDimensions } from "../shared/sheet-keys";
import type { DeepDive, Measure } from "../../model/portfolio.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { fieldRange } from "../deep-dive/deep-dive-formulas";
import { TOTALS_SUM_COL, TOTALS_YEAR_COL } from "../deep-dive/deep-dive-map";
import type { DeepDiveFieldKey } from "../deep-dive/deep-dive.layout";
import { cellRef, countIfs, sumIfs, textLiteral } from "../shared/formulas";
import { SheetDraft, at } from "../shared/sheet-draft";
import { FORMAT_DATE, formulaStyle } from "../shared/styles";
import {
  drawBoxes,
  drawFigureRow,
  drawHeader,
  drawSection,
  drawTableHeader,
  finishA3,
  rowSum,
  type A3Header,
  type TextBox,
} from "./a3-frame";
import { placesOf, RowCells } from "./deep-dive-cells";

export type DeepDiveA3Input = {
  sheet: string;
  years: readonly string[];
  ref: DeepDiveRef;
  deepDive: DeepDive;
  measures: readonly Measure[];
  header: Omit<A3Header, "title" | "document" | "fixedVersion">;
};

/** Statuses of a measure in the adopted budget (K4). */
export const ADOPTED_STATUSES = ["vedtatt", "under_realisering", "realisert"] as const;

const FIELD_BOXES: readonly (readonly { key: DeepDiveFieldKey; title: string }[])[] = [
  [
    { key: "valueChain", title: "Hva dypdykket dekker (verdikjede og sluttbrukere)" },
    { key: "unmetNeeds", title: "Udekkede behov" },
    { key: "problems", title: "Problemer" },
  ],
  [
    { key: "opportunities", title: "Muligheter (teknologi, nye arbeidsmåter)" },
    { key: "minimumRequirements", title: "Minimumskrav i lov og forskrift" },
    { key: "businessCases", title: "Mulige gevinstkalkyler" },
  ],
  [
    { key: "currentSituation", title: "Nå-situasjon" },
    { key: "desiredSituation", title: "Ønsket situasjon" },
    { key: "gap", title: "Gap" },
  ],
];

function fieldFormula(ref: DeepDiveRef, key: DeepDiveFieldKey): string {
  const place = ref.map.fields[key];
  return place ? `${cellRef(place.row, 1, { sheet: ref.sheet, abs: true })}&""` : '""';
}

function textOf(deepDive: DeepDive, key: DeepDiveFieldKey): string | undefined {
  const value = (deepDive as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function totalsRow(ref: DeepDiveRef, key: string): string[] {
  return [0, 1, 2, 3].map((i) =>
    cellRef(ref.map.totals[key] as number, TOTALS_YEAR_COL + i, { sheet: ref.sheet, abs: true }),
  );
}

/** Owner, workshop date and why it was chosen, in one line under the header. */
function drawFacts(draft: SheetDraft, row: number, ref: DeepDiveRef): void {
  const facts: [number, string, DeepDiveFieldKey][] = [
    [0, "Ansvarlig", "owner"],
    [3, "Verksted", "workshopDate"],
    [7, "Valgt fordi", "selectedBecause"],
  ];
  for (const [col, label, key] of facts) {
    draft.label(row, col, label);
    draft.format(at(row, col), { bold: true });
    const place = ref.map.fields[key];
    if (!place) continue;
    const cell = cellRef(place.row, 1, { sheet: ref.sheet, abs: true });
    draft.formula(
      row,
      col + 1,
      key === "workshopDate" ? `IF(${cell}="","",${cell})` : `${cell}&""`,
    );
    if (key === "workshopDate")
      draft.format(at(row, col + 1), { numberFormat: FORMAT_DATE, horizontalAlignment: "left" });
  }
}

/**
 * At most this many rows per table, so that an A3 stays one page with its text at 9 pt or more
 * however many measures a deep-dive has (spec §11): at 30 adopted measures the K4 printed at
 * 2.7 pt. What does not fit is counted in one line that points to the deep-dive sheet, where
 * everything is; the K3 keeps the best-ranked measures.
 */
export const A3_ROW_LIMITS = {
  k2Measures: 15,
  k3Measures: 15,
  k3Indicators: 8,
  k3Lines: 8,
  k4Measures: 8,
  k4PlanRows: 14,
  k4IndicatorRows: 10,
} as const;

/** «… og 4 tiltak til: se arket «Gevinst DD Hjemmetjenesten».» in italics across the page. */
function drawMore(draft: SheetDraft, row: number, count: number, what: string, sheet: string) {
  draft.label(row, 0, `… og ${count} ${what} til: se arket «${sheet}».`);
  draft.format(at(row, 0), { italic: true });
}

export function renderA3DeepDiveK2(input: DeepDiveA3Input): SheetDraft {
  const { ref, deepDive, years } = input;
  const draft = new SheetDraft(input.sheet);
  let row = drawHeader(draft, {
    ...input.header,
    title: `Dypdykk: ${deepDive.name}`,
    document: "A3 per dypdykk (årshjulet K2: gjøre dypdykk)",
    fixedVersion: "K2",
  });
  drawFacts(draft, row, ref);
  row += 2;
  for (const boxes of FIELD_BOXES) {
    const shown: TextBox[] = boxes.map((box) => ({
      title: box.title,
      formula: fieldFormula(ref, box.key),
      text: textOf(deepDive, box.key),
    }));
    row = drawBoxes(draft, row, shown);
  }
  row++;
  drawSection(draft, row, "Beregnet gevinstpotensial per planår (alle tiltak unntatt avbrutt)");
  row++;
  drawTableHeader(draft, row, ["Per planår", ...years.map(Number), "Sum"]);
  const figures: [string, string, "kroner" | "hours"][] = [
    ["Brutto gevinst", "gross", "kroner"],
    ["Forventet gevinst (brutto × konfidens)", "expected", "kroner"],
    ["Uttak fra budsjettet", "withdrawable", "kroner"],
    ["Frigjort kapasitet (timer)", "freedHours", "hours"],
    ["Kostnad", "cost", "kroner"],
    ["Netto budsjettvirkning", "budgetNet", "kroner"],
  ];
  for (const [label, key, format] of figures) {
    row++;
    drawFigureRow(
      draft,
      row,
      label,
      [
        ...totalsRow(ref, `pipeline.${key}`),
        cellRef(ref.map.totals[`pipeline.${key}`] as number, TOTALS_SUM_COL, {
          sheet: ref.sheet,
          abs: true,
        }),
      ],
      { format, total: key === "budgetNet" },
    );
  }
  row += 2;
  drawSection(draft, row, "Tiltak i dypdykket");
  row++;
  drawTableHeader(draft, row, [
    "Tiltak",
    "Status",
    "Gevinstansvarlig",
    ...years.map((year) => `Forventet ${year}`),
    "Sum forventet",
  ]);
  const places = placesOf(input.measures);
  const first = row + 1;
  const shown = input.measures.slice(0, A3_ROW_LIMITS.k2Measures);
  for (const measure of shown) {
    row++;
    const cells = new RowCells(ref, "measures", places.measures.get(measure.id) ?? 0, measure.id);
    draft.formula(row, 0, `${textLiteral(`${measure.id} `)}&${cells.text("name")}`);
    draft.formula(row, 1, cells.text("status"));
    draft.formula(row, 2, cells.text("owner"));
    for (let i = 0; i < 4; i++) draft.formula(row, 3 + i, cells.figure(yearField("expected", i)));
    draft.formula(row, 7, rowSum(row, 3));
  }
  styleTable(draft, first, row, 3, 3, 5);
  if (shown.length < input.measures.length)
    drawMore(draft, ++row, input.measures.length - shown.length, "tiltak", ref.sheet);
  finishDeepDiveA3(draft, row + 1);
  return draft;
}

/** Text columns [0, textCols) and kroner columns from `figureCol` on. */
function styleTable(
  draft: SheetDraft,
  first: number,
  last: number,
  textCols: number,
  figureCol: number,
  figureCols: number,
): void {
  if (last < first) return;
  const rows = last - first + 1;
  draft.format(at(first, 0, rows, textCols), { border: "thin", verticalAlignment: "top" });
  draft.format(at(first, figureCol, rows, figureCols), formulaStyle("kroner"));
}

function finishDeepDiveA3(draft: SheetDraft, rows: number): void {
  draft.structure = JSON.stringify([draft.name, rows, draft.heights]);
  finishA3(draft, rows);
}

export function renderA3DeepDiveK3(
  input: DeepDiveA3Input & { ranking: readonly string[] },
): SheetDraft {
  const { ref, deepDive, years } = input;
  const draft = new SheetDraft(input.sheet);
  let row = drawHeader(draft, {
    ...input.header,
    title: `Prioritert dypdykk: ${deepDive.name}`,
    document: "A3 per prioritert dypdykk (årshjulet K3: velge endringstiltak)",
    fixedVersion: "K3",
  });
  drawFacts(draft, row, ref);
  row += 2;
  drawSection(draft, row, "Tiltak i prioritert rekkefølge (netto budsjettvirkning per planår)");
  row++;
  drawTableHeader(draft, row, [
    "Tiltak",
    "Rang",
    "Status",
    "Må gjøres",
    ...years.map(Number),
    "Sum netto",
    "Kr per kr kostnad",
    "Kostnad, sum",
  ]);
  const places = placesOf(input.measures);
  const ranked = [...input.measures]
    .filter((m) => m.status !== "avbrutt")
    .sort((a, b) => rankOf(input.ranking, a.id) - rankOf(input.ranking, b.id));
  const order = ranked.slice(0, A3_ROW_LIMITS.k3Measures);
  const b = ref.map.sections.benefits;
  const first = row + 1;
  order.forEach((measure, k) => {
    row++;
    const cells = new RowCells(ref, "measures", places.measures.get(measure.id) ?? 0, measure.id);
    draft.formula(row, 0, `${textLiteral(`${measure.id} `)}&${cells.text("name")}`);
    // The order as last prioritised (Gevinst re-sorts at every refresh); the figures are live.
    draft.label(row, 1, k + 1);
    draft.formula(row, 2, cells.text("status"));
    draft.formula(row, 3, cells.text("mustDo"));
    for (let i = 0; i < 4; i++) draft.formula(row, 4 + i, cells.figure(yearField("budgetNet", i)));
    draft.formula(row, 8, rowSum(row, 4));
    const cost = `(${[0, 1, 2, 3].map((i) => cells.figure(yearField("cost", i))).join("+")})`;
    const expectedNet = `(${[0, 1, 2, 3].map((i) => cells.figure(yearField("expected", i))).join("+")})-${cost}`;
    // As the core's ranking: the effect is netto when some benefit is uttak, else forventet − kostnad.
    const hasWithdrawal = `${countIfs([
      [fieldRange(b, "measure", ref.sheet), textLiteral(measure.id)],
      [fieldRange(b, "budgetEffect", ref.sheet), '"uttak"'],
    ])}>0`;
    draft.formula(
      row,
      9,
      `IF(${cost}=0,"",IF(${hasWithdrawal},${cellRef(row, 8)},${expectedNet})/${cost})`,
    );
    draft.formula(row, 10, cost);
  });
  styleTable(draft, first, row, 4, 4, 7);
  if (row >= first) {
    draft.format(at(first, 9, row - first + 1, 1), {
      ...formulaStyle("number"),
      numberFormat: "0.00",
    });
    draft.format(at(first, 1, row - first + 1, 3), { horizontalAlignment: "center" });
  }
  if (order.length < ranked.length)
    drawMore(draft, ++row, ranked.length - order.length, "tiltak", ref.sheet);
  row += 2;
  row = drawIndicators(draft, row, input, false);
  row += 1;
  drawSection(draft, row, "Uttak fra budsjettlinjene per planår");
  row++;
  drawTableHeader(draft, row, ["Budsjettlinje", ...years.map(Number), "Sum"]);
  const l = ref.map.sections.links;
  // The key columns the deep-dive sheet has (tjenesteområde where the budget has it).
  const dimensions = sheetKeyDimensions({
    tjenesteomrade: l.columns.tjenesteomrade !== undefined,
  });
  const lines = new Map<string, string[]>();
  for (const measure of input.measures)
    for (const benefit of measure.benefits)
      for (const link of benefit.links) {
        const key = dimensions.map((d) => link[d] ?? "");
        lines.set(keyId(link), key);
      }
  const firstLine = row + 1;
  const keys = [...lines.values()].sort();
  for (const key of keys.slice(0, A3_ROW_LIMITS.k3Lines)) {
    row++;
    draft.label(row, 0, key.filter((part) => part !== "").join("-"));
    const criteria: [string, string][] = dimensions.map((field, i) => [
      fieldRange(l, field, ref.sheet),
      textLiteral(key[i] ?? ""),
    ]);
    for (let i = 0; i < 4; i++)
      draft.formula(
        row,
        1 + i,
        sumIfs(fieldRange(l, yearField("withdrawn", i), ref.sheet), criteria),
      );
    draft.formula(row, 5, rowSum(row));
  }
  styleTable(draft, firstLine, row, 1, 1, 5);
  if (keys.length > A3_ROW_LIMITS.k3Lines)
    drawMore(draft, ++row, keys.length - A3_ROW_LIMITS.k3Lines, "budsjettlinjer", ref.sheet);
  finishDeepDiveA3(draft, row + 1);
  return draft;
}

function rankOf(ranking: readonly string[], id: string): number {
  const i = ranking.indexOf(id);
  return i < 0 ? ranking.length : i;
}

/** Indicators of the deep-dive's measures (K3: possible; K4: with owner and plan). */
function drawIndicators(
  draft: SheetDraft,
  row: number,
  input: DeepDiveA3Input,
  adoptedOnly: boolean,
): number {
  const { ref } = input;
  drawSection(
    draft,
    row,
    adoptedOnly ? "Indikatorer og måleplan (husk en baseline)" : "Mulige indikatorer",
  );
  row++;
  const section = ref.map.sections.indicators;
  // Owner and measurement plan belong to the adopted measures (K4), not the possible ones (K3).
  const hasOwner = adoptedOnly && section.columns.owner !== undefined;
  const hasPlan = adoptedOnly && section.columns.plan !== undefined;
  drawTableHeader(draft, row, [
    "Indikator",
    "Tiltak",
    "Enhet",
    "Retning",
    "Nullpunkt",
    "Dato nullpunkt",
    "Målverdi",
    "Måldato",
    ...(hasOwner ? ["Eier"] : []),
  ]);
  const first = row + 1;
  const measures = new Set(
    input.measures
      .filter((m) => (adoptedOnly ? isAdopted(m) : m.status !== "avbrutt"))
      .map((m) => m.id),
  );
  const all = placesOf(input.measures).indicators.filter((p) => measures.has(p.measure.id));
  const perIndicator = hasPlan ? 2 : 1;
  const limit = adoptedOnly ? A3_ROW_LIMITS.k4IndicatorRows : A3_ROW_LIMITS.k3Indicators;
  const shown = all.slice(0, Math.floor(limit / perIndicator));
  for (const place of shown) {
    row++;
    const cells = new RowCells(ref, "indicators", place.index, place.id);
    draft.formula(row, 0, cells.text("name"));
    draft.label(row, 1, place.measure.id);
    draft.formula(row, 2, cells.text("unit"));
    draft.formula(row, 3, cells.text("direction"));
    draft.formula(row, 4, cells.value("baseline"));
    draft.formula(row, 5, cells.value("baselineDate"));
    draft.formula(row, 6, cells.value("target"));
    draft.formula(row, 7, cells.value("targetDate"));
    if (hasOwner) draft.formula(row, 8, cells.text("owner"));
    if (hasPlan) {
      // The plan (before, during, after) on a line of its own, running across the page.
      row++;
      draft.label(row, 0, "Måleplan");
      draft.format(at(row, 0), { italic: true });
      draft.formula(row, 1, cells.text("plan"));
    }
  }
  if (row >= first) {
    const rows = row - first + 1;
    draft.format(at(first, 0, rows, 9), { verticalAlignment: "top" });
    draft.format(at(first, 5, rows, 1), { numberFormat: FORMAT_DATE });
    draft.format(at(first, 7, rows, 1), { numberFormat: FORMAT_DATE });
    draft.format(at(first, 4, rows, 1), { numberFormat: "#,##0.##" });
    draft.format(at(first, 6, rows, 1), { numberFormat: "#,##0.##" });
  } else {
    row++;
    draft.label(row, 0, "Ingen indikatorer ennå.");
  }
  if (shown.length < all.length)
    drawMore(draft, ++row, all.length - shown.length, "indikatorer", ref.sheet);
  return row + 1;
}

function isAdopted(measure: Measure): boolean {
  return (ADOPTED_STATUSES as readonly string[]).includes(measure.status);
}

/** True when a deep-dive has a measure the K3 A3 shows (any that counts or is proposed). */
export function hasPrioritised(measures: readonly Measure[]): boolean {
  return measures.some((m) => m.status !== "avbrutt");
}

/** True when a deep-dive has adopted measures (K4). */
export function hasAdopted(measures: readonly Measure[]): boolean {
  return measures.some(isAdopted);
}

export function renderA3DeepDiveK4(input: DeepDiveA3Input): SheetDraft {
  const { ref, deepDive, years } = input;
  const draft = new SheetDraft(input.sheet);
  let row = drawHeader(draft, {
    ...input.header,
    title: `Delområde med vedtatte tiltak: ${deepDive.name}`,
    document: "A3 per delområde med vedtatte tiltak (årshjulet K4: forberede endring)",
    fixedVersion: "K4",
  });
  drawFacts(draft, row, ref);
  row += 2;
  drawSection(draft, row, "Vedtatte tiltak: hvem svarer for dem, og netto budsjettvirkning");
  row++;
  drawTableHeader(draft, row, [
    "Tiltak",
    "Gevinstansvarlig",
    "Status",
    ...years.map(Number),
    "Sum netto",
    "Ansvar",
  ]);
  draft.format(at(row, 8, 1, 3), { fill: "#D9E2F3", border: "thin" });
  const places = placesOf(input.measures);
  const adopted = input.measures.filter(isAdopted);
  const first = row + 1;
  const listed = adopted.slice(0, A3_ROW_LIMITS.k4Measures);
  for (const measure of listed) {
    row++;
    const cells = new RowCells(ref, "measures", places.measures.get(measure.id) ?? 0, measure.id);
    draft.formula(row, 0, `${textLiteral(`${measure.id} `)}&${cells.text("name")}`);
    draft.formula(row, 1, cells.text("owner"));
    draft.formula(row, 2, cells.text("status"));
    for (let i = 0; i < 4; i++) draft.formula(row, 3 + i, cells.figure(yearField("budgetNet", i)));
    draft.formula(row, 7, rowSum(row, 3));
    const ansvar = new Set<string>();
    if (measure.costLink?.ansvar) ansvar.add(measure.costLink.ansvar);
    for (const b of measure.benefits) for (const link of b.links) ansvar.add(link.ansvar);
    draft.label(row, 8, [...ansvar].sort().join(", "));
  }
  styleTable(draft, first, row, 3, 3, 5);
  if (listed.length < adopted.length)
    drawMore(draft, ++row, adopted.length - listed.length, "vedtatte tiltak", ref.sheet);
  row += 2;
  row = drawActionPlan(draft, row, input, adopted);
  row = drawIndicators(draft, row, input, true);
  finishDeepDiveA3(draft, row);
  return draft;
}

/**
 * Per adopted measure its preconditions and risks (texts on the measure's row) and its action
 * plan (the deep-dive sheet's «Handlingsplan» section): what, who, by when, status.
 */
function drawActionPlan(
  draft: SheetDraft,
  row: number,
  input: DeepDiveA3Input,
  adopted: readonly Measure[],
): number {
  const { ref } = input;
  const measures = ref.map.sections.measures;
  const actions = ref.map.sections.actions;
  const hasTexts = measures.columns.preconditions !== undefined;
  if (!actions && !hasTexts) return row;
  drawSection(draft, row, "Handlingsplan: hva skal gjøres, av hvem og når");
  row++;
  drawTableHeader(draft, row, ["Tiltak", "Hva skal gjøres", "", "", "Hvem", "Frist", "Status"]);
  const places = placesOf(input.measures);
  let actionIndex = 0;
  const actionIndexOf = new Map<string, number>();
  for (const measure of input.measures)
    for (const action of actionsOf(measure))
      actionIndexOf.set(`${measure.id}|${action.id}`, actionIndex++);
  const first = row + 1;
  const textRows: number[] = [];
  const blockRows = (m: Measure) => Math.max(1, actionsOf(m).length) + (hasTexts ? 2 : 0);
  const planned: Measure[] = [];
  let used = 0;
  for (const measure of adopted) {
    used += blockRows(measure);
    if (used > A3_ROW_LIMITS.k4PlanRows) break;
    planned.push(measure);
  }
  for (const measure of planned) {
    const cells = new RowCells(ref, "measures", places.measures.get(measure.id) ?? 0, measure.id);
    const list = actionsOf(measure);
    row++;
    draft.label(row, 0, measure.id);
    draft.format(at(row, 0), { bold: true });
    if (actions)
      list.forEach((action, k) => {
        const r = row + k;
        const index = actionIndexOf.get(`${measure.id}|${action.id}`) ?? 0;
        const a = new RowCells(ref, "actions", index, action.id);
        draft.formula(r, 1, a.text("what"));
        draft.formula(r, 4, a.text("who"));
        draft.formula(r, 5, a.value("due"));
        draft.formula(r, 6, a.text("status"));
      });
    row += Math.max(1, list.length) - 1;
    // Preconditions and risks on lines of their own: the text runs across the page (no merge,
    // so rows can move at the next refresh without leaving merged cells behind).
    if (hasTexts)
      for (const [label, field] of [
        ["Forutsetninger", "preconditions"],
        ["Risiko", "risks"],
      ] as const) {
        row++;
        draft.label(row, 0, label);
        draft.formula(row, 1, cells.text(field));
        textRows.push(row);
      }
  }
  if (row >= first) {
    const rows = row - first + 1;
    draft.format(at(first, 0, rows, 7), { verticalAlignment: "top" });
    draft.format(at(first, 5, rows, 1), { numberFormat: FORMAT_DATE, horizontalAlignment: "left" });
    for (const r of textRows) draft.format(at(r, 0), { italic: true });
  }
  if (planned.length < adopted.length)
    drawMore(draft, ++row, adopted.length - planned.length, "tiltak i handlingsplanen", ref.sheet);
  return row + 2;
}

type ActionLike = { id: string };

function actionsOf(measure: Measure): readonly ActionLike[] {
  const actions = (measure as { actions?: unknown }).actions;
  return Array.isArray(actions) ? (actions as ActionLike[]) : [];
}
