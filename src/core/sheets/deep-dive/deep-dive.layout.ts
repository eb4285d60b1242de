/**
 * The deep-dive sheet: the line manager's sheet and its A3 (helhetsmodellen Q2–Q4). From the
 * top: the analysis texts, the deep-dive's totals per plan year, then the sections Tiltak,
 * Gevinster, Budsjettkoblinger, Indikatorer and Målinger. Each deep-dive's inputs live on its own
 * sheet, so line managers edit only their own.
 */
import {
  ACTION_STATUSES,
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  type MeasureStatus,
} from "../../model/portfolio.types";
import {
  BUDGET_NET_COLUMN,
  COST_COLUMN,
  COUNTED_COLUMN,
  EXPECTED_COLUMN,
  FREED_HOURS_COLUMN,
  GROSS_COLUMN,
  NPV_COLUMN,
  WITHDRAWABLE_COLUMN,
  yearlyFigure,
} from "../shared/figure-columns";
import {
  fieldList,
  sectionSpec,
  type ColumnSpec,
  type FieldKeys,
  type SectionFields,
  type SectionSpec,
} from "../shared/layout.types";
import { labelOf, labelsOf } from "../shared/labels";

export const YES_NO = labelsOf(["ja", "nei"]);

/** 1 when the row's amounts go on the budget lines: counted and not innarbeidet i budsjettet. */
const ADJUSTS_COLUMN = {
  key: "adjusts",
  header: "Justerer budsjett",
  kind: "formula",
  value: "number",
  width: 9,
} as const satisfies ColumnSpec;

/** The analysis block: label in column A, value in column B (texts merged across). */
export const DEEP_DIVE_FIELDS = fieldList([
  { key: "id", label: "Dypdykk-id", kind: "input", value: "id" },
  { key: "name", label: "Navn", kind: "input", value: "text", span: 6 },
  { key: "owner", label: "Ansvarlig", kind: "input", value: "text", span: 6 },
  { key: "currentSituation", label: "Nå-situasjon", kind: "input", value: "longText", span: 12 },
  {
    key: "desiredSituation",
    label: "Ønsket situasjon",
    kind: "input",
    value: "longText",
    span: 12,
  },
  { key: "gap", label: "Gap", kind: "input", value: "longText", span: 12 },
  // Spec §11: what the K2 and kommune A3s show. «Valgt fordi» takes «Må gjøres», «Stort
  // potensial» or both, separated by a comma.
  { key: "selectedBecause", label: "Valgt fordi", kind: "input", value: "text", span: 6 },
  { key: "workshopDate", label: "Dato for verksted", kind: "input", value: "date" },
  {
    key: "valueChain",
    label: "Hva dypdykket dekker (verdikjede, sluttbrukere)",
    kind: "input",
    value: "longText",
    span: 12,
  },
  { key: "unmetNeeds", label: "Udekkede behov", kind: "input", value: "longText", span: 12 },
  { key: "problems", label: "Problemer", kind: "input", value: "longText", span: 12 },
  {
    key: "opportunities",
    label: "Muligheter (teknologi, nye arbeidsmåter)",
    kind: "input",
    value: "longText",
    span: 12,
  },
  {
    key: "minimumRequirements",
    label: "Minimumskrav i lov og forskrift",
    kind: "input",
    value: "longText",
    span: 12,
  },
  {
    key: "businessCases",
    label: "Mulige gevinstkalkyler",
    kind: "input",
    value: "longText",
    span: 12,
  },
]);

/** The deep-dive's texts (spec §7 and §11), read and written as they are. */
export const DEEP_DIVE_TEXT_KEYS = [
  "owner",
  "currentSituation",
  "desiredSituation",
  "gap",
  "valueChain",
  "unmetNeeds",
  "problems",
  "opportunities",
  "minimumRequirements",
  "businessCases",
] as const;

export const MEASURE_SECTION = sectionSpec({
  key: "measures",
  title: "Tiltak",
  spareRows: 3,
  columns: [
    { key: "id", header: "Tiltak-id", kind: "input", value: "id", width: 10, required: true },
    { key: "name", header: "Navn", kind: "input", value: "text", width: 32, required: true },
    {
      key: "owner",
      header: "Gevinstansvarlig",
      kind: "input",
      value: "text",
      width: 18,
      required: true,
    },
    {
      key: "status",
      header: "Status",
      kind: "input",
      value: "enum",
      width: 16,
      list: labelsOf(MEASURE_STATUSES),
      required: true,
    },
    { key: "mustDo", header: "Må gjøres", kind: "input", value: "yesNo", width: 9, list: YES_NO },
    { key: "description", header: "Beskrivelse", kind: "input", value: "text", width: 30 },
    // Spec §11, shown on the K4 A3.
    { key: "preconditions", header: "Forutsetninger", kind: "input", value: "text", width: 30 },
    { key: "risks", header: "Risiko", kind: "input", value: "text", width: 30 },
    {
      key: "oneTime",
      header: "Engangskostnad",
      kind: "input",
      value: "kroner",
      width: 13,
      perYear: true,
    },
    {
      key: "running",
      header: "Driftskostnad",
      kind: "input",
      value: "kroner",
      width: 13,
      perYear: true,
    },
    { key: "costAnsvar", header: "Kostnad ansvar", kind: "input", value: "key", width: 10 },
    { key: "costArt", header: "Kostnad art", kind: "input", value: "key", width: 10 },
    { key: "costFunksjon", header: "Kostnad funksjon", kind: "input", value: "key", width: 10 },
    { key: "costProsjekt", header: "Kostnad prosjekt", kind: "input", value: "key", width: 10 },
    {
      key: "costTjenesteomrade",
      header: "Kostnad tjenesteområde",
      kind: "input",
      value: "key",
      width: 12,
      onlyWith: "tjenesteomrade",
    },
    // Set by the budget officer when the connected budget already holds the measure (spec §4).
    {
      key: "includedInBudget",
      header: "Innarbeidet i budsjett",
      kind: "input",
      value: "yesNo",
      width: 11,
      list: YES_NO,
    },
    COUNTED_COLUMN,
    { key: "pipeline", header: "I porteføljen", kind: "formula", value: "flag", width: 10 },
    // How many benefit rows have the measure's id; the figures use it to check their block.
    { key: "benefitCount", header: "Gevinster", kind: "formula", value: "number", width: 9 },
    GROSS_COLUMN,
    EXPECTED_COLUMN,
    WITHDRAWABLE_COLUMN,
    FREED_HOURS_COLUMN,
    COST_COLUMN,
    BUDGET_NET_COLUMN,
    NPV_COLUMN,
    // 1 when the measure's withdrawals and costs go on its budget lines: counted, and not
    // innarbeidet i budsjettet (spec §4).
    ADJUSTS_COLUMN,
    // The follow-up (spec §12), blank for a year with nothing realised.
    yearlyFigure("realised", "Realisert"),
    yearlyFigure("deviation", "Avvik kr"),
    yearlyFigure("realisationStatus", "Realisering", "text", 11),
  ],
});

export const BENEFIT_SECTION = sectionSpec({
  key: "benefits",
  title: "Gevinster",
  spareRows: 5,
  columns: [
    { key: "measure", header: "Tiltak-id", kind: "input", value: "id", width: 10, required: true },
    { key: "id", header: "Gevinst-id", kind: "input", value: "id", width: 10, required: true },
    { key: "name", header: "Navn", kind: "input", value: "text", width: 28, required: true },
    {
      key: "type",
      header: "Type",
      kind: "input",
      value: "enum",
      width: 11,
      list: labelsOf(BENEFIT_TYPES),
      required: true,
    },
    {
      key: "annual",
      header: "Årlig effekt (kr eller timer)",
      kind: "input",
      value: "number",
      width: 14,
      required: true,
    },
    {
      key: "phaseIn",
      header: "Innfasing",
      kind: "input",
      value: "fraction",
      width: 10,
      perYear: true,
    },
    { key: "confidence", header: "Konfidens", kind: "input", value: "fraction", width: 10 },
    {
      key: "budgetEffect",
      header: "Budsjetteffekt",
      kind: "input",
      value: "enum",
      width: 14,
      list: labelsOf(BUDGET_EFFECTS),
      required: true,
    },
    { key: "withdrawalShare", header: "Uttaksandel", kind: "input", value: "fraction", width: 10 },
    { key: "owner", header: "Gevinsteier", kind: "input", value: "text", width: 16 },
    COUNTED_COLUMN,
    yearlyFigure("value", "Verdi"),
    EXPECTED_COLUMN,
    WITHDRAWABLE_COLUMN,
    FREED_HOURS_COLUMN,
    ADJUSTS_COLUMN,
    // Typed by the gevinstansvarlig during and after the year: kroner, or hours for tid (spec §12).
    {
      key: "realised",
      header: "Realisert (kr/timer)",
      kind: "input",
      value: "number",
      width: 13,
      perYear: true,
    },
    yearlyFigure("realisedValue", "Realisert kr"),
    // The tertial follow-up of the budget year (spec §14), to the period on «Gevinst Tertial».
    { key: "periodCount", header: "Perioder i år", kind: "formula", value: "number", width: 9 },
    {
      key: "expectedToDate",
      header: "Forventet til dato",
      kind: "formula",
      value: "kroner",
      width: 13,
    },
    {
      key: "realisedToDate",
      header: "Realisert til dato",
      kind: "formula",
      value: "kroner",
      width: 13,
    },
  ],
});

export const LINK_SECTION = sectionSpec({
  key: "links",
  title: "Budsjettkoblinger",
  spareRows: 3,
  columns: [
    { key: "benefit", header: "Gevinst-id", kind: "input", value: "id", width: 10, required: true },
    { key: "ansvar", header: "Ansvar", kind: "input", value: "key", width: 10, required: true },
    { key: "art", header: "Art", kind: "input", value: "key", width: 10, required: true },
    { key: "funksjon", header: "Funksjon", kind: "input", value: "key", width: 10, required: true },
    { key: "prosjekt", header: "Prosjekt", kind: "input", value: "key", width: 10 },
    {
      key: "tjenesteomrade",
      header: "Tjenesteområde",
      kind: "input",
      value: "key",
      width: 12,
      onlyWith: "tjenesteomrade",
    },
    { key: "share", header: "Andel", kind: "input", value: "fraction", width: 9 },
    yearlyFigure("withdrawn", "Tas ut"),
  ],
});

export const INDICATOR_SECTION = sectionSpec({
  key: "indicators",
  title: "Indikatorer",
  spareRows: 2,
  columns: [
    { key: "benefit", header: "Gevinst-id", kind: "input", value: "id", width: 10, required: true },
    { key: "id", header: "Indikator-id", kind: "input", value: "id", width: 11, required: true },
    { key: "name", header: "Navn", kind: "input", value: "text", width: 28, required: true },
    { key: "unit", header: "Enhet", kind: "input", value: "text", width: 10 },
    {
      key: "direction",
      header: "Retning",
      kind: "input",
      value: "enum",
      width: 10,
      list: labelsOf(INDICATOR_DIRECTIONS),
      required: true,
    },
    {
      key: "baseline",
      header: "Nullpunkt",
      kind: "input",
      value: "number",
      width: 11,
      required: true,
    },
    { key: "baselineDate", header: "Dato nullpunkt", kind: "input", value: "date", width: 12 },
    { key: "target", header: "Målverdi", kind: "input", value: "number", width: 11 },
    { key: "targetDate", header: "Måldato", kind: "input", value: "date", width: 12 },
    { key: "frequency", header: "Frekvens", kind: "input", value: "text", width: 12 },
    // Spec §11: who measures, and when (before, during, after).
    { key: "owner", header: "Eier", kind: "input", value: "text", width: 16 },
    {
      key: "plan",
      header: "Måleplan (før, under, etter)",
      kind: "input",
      value: "text",
      width: 30,
    },
  ],
});

export const MEASUREMENT_SECTION = sectionSpec({
  key: "measurements",
  title: "Målinger",
  spareRows: 3,
  columns: [
    {
      key: "indicator",
      header: "Indikator-id",
      kind: "input",
      value: "id",
      width: 11,
      required: true,
    },
    { key: "date", header: "Dato", kind: "input", value: "date", width: 12, required: true },
    { key: "value", header: "Verdi", kind: "input", value: "number", width: 11, required: true },
  ],
});

/** A measure's action plan (spec §11): what must be done, by whom, by when, with status. */
export const ACTION_SECTION = sectionSpec({
  key: "actions",
  title: "Handlingsplan",
  spareRows: 3,
  optional: true,
  columns: [
    { key: "measure", header: "Tiltak-id", kind: "input", value: "id", width: 10, required: true },
    { key: "id", header: "Handling-id", kind: "input", value: "id", width: 11, required: true },
    {
      key: "what",
      header: "Hva skal gjøres",
      kind: "input",
      value: "text",
      width: 36,
      required: true,
    },
    { key: "who", header: "Hvem", kind: "input", value: "text", width: 18 },
    { key: "due", header: "Frist", kind: "input", value: "date", width: 12 },
    {
      key: "status",
      header: "Status",
      kind: "input",
      value: "enum",
      width: 13,
      list: labelsOf(ACTION_STATUSES),
      required: true,
    },
  ],
});

/**
 * Realised per follow-up period (spec §14): one row per benefit, year and period (T1–T3 or
 * M01–M12), typed by the gevinstansvarlig in kroner, or hours for tid. Where a benefit's year has
 * a counted row here, «Realisert kr» of that year is their sum. «Teller» is 1 for a row whose
 * period is one of the portfolio's and whose figure is a number.
 */
export const PERIOD_SECTION = sectionSpec({
  key: "periods",
  title: "Realisert per periode",
  spareRows: 3,
  optional: true,
  columns: [
    { key: "benefit", header: "Gevinst-id", kind: "input", value: "id", width: 10, required: true },
    { key: "year", header: "År", kind: "input", value: "number", width: 8, required: true },
    { key: "period", header: "Periode", kind: "input", value: "text", width: 9, required: true },
    {
      key: "value",
      header: "Realisert (kr/timer)",
      kind: "input",
      value: "number",
      width: 13,
      required: true,
    },
    { key: "counts", header: "Teller", kind: "formula", value: "flag", width: 8 },
    // The period's place in the year (1 = T1 / M01), 0 when the row does not count.
    { key: "periodNo", header: "Periodenr", kind: "formula", value: "number", width: 9 },
    // Periodenr for a counted benefit's row of the budget year: the follow-up period's candidates.
    { key: "latest", header: "Oppfølging", kind: "formula", value: "number", width: 10 },
  ],
});

/**
 * The prognosis for the year per measure (spec §14), typed by the gevinstansvarlig: kroner as
 * Forventet, why it deviates and what is done about it. Its own section, one row per measure,
 * so the Tiltak rows do not grow wider.
 */
export const FORECAST_SECTION = sectionSpec({
  key: "forecasts",
  title: "Prognose",
  spareRows: 2,
  optional: true,
  columns: [
    { key: "measure", header: "Tiltak-id", kind: "input", value: "id", width: 10, required: true },
    {
      key: "forecast",
      header: "Prognose",
      kind: "input",
      value: "kroner",
      width: 13,
      perYear: true,
    },
    { key: "deviationNote", header: "Forklaring avvik", kind: "input", value: "text", width: 30 },
    {
      key: "correctiveAction",
      header: "Korrigerende tiltak",
      kind: "input",
      value: "text",
      width: 30,
    },
  ],
});

/** A benefit's periodisation (spec §14): its share of the year per period, summing to 1. */
export const PROFILE_SECTION = sectionSpec({
  key: "profiles",
  title: "Periodeprofil",
  spareRows: 2,
  optional: true,
  columns: [
    { key: "benefit", header: "Gevinst-id", kind: "input", value: "id", width: 10, required: true },
    { key: "period", header: "Periode", kind: "input", value: "text", width: 9, required: true },
    { key: "share", header: "Andel", kind: "input", value: "fraction", width: 9, required: true },
    { key: "periodNo", header: "Periodenr", kind: "formula", value: "number", width: 9 },
    // 1 when the row can be used: a period of the portfolio's, a share blank or 0–1.
    { key: "usable", header: "Gyldig", kind: "formula", value: "flag", width: 8 },
  ],
});

/** The sections in sheet order, after the totals block. */
export const DEEP_DIVE_SECTIONS = [
  MEASURE_SECTION,
  BENEFIT_SECTION,
  LINK_SECTION,
  INDICATOR_SECTION,
  MEASUREMENT_SECTION,
  ACTION_SECTION,
  FORECAST_SECTION,
  PERIOD_SECTION,
  PROFILE_SECTION,
] as const satisfies readonly SectionSpec[];

/** The typed keys of the sheet: a misspelt field or section is a compile error. */
export type DeepDiveFieldKey = FieldKeys<typeof DEEP_DIVE_FIELDS>;
export type DeepDiveSection = (typeof DEEP_DIVE_SECTIONS)[number];
export type DeepDiveSectionKey = DeepDiveSection["key"];
/** Each section's fields ("annual", "phaseIn.0" …), by section key. */
export type SectionFieldsByKey = { [S in DeepDiveSection as S["key"]]: SectionFields<S> };
export type MeasureField = SectionFieldsByKey["measures"];
export type BenefitField = SectionFieldsByKey["benefits"];
export type LinkField = SectionFieldsByKey["links"];
export type IndicatorField = SectionFieldsByKey["indicators"];
export type MeasurementField = SectionFieldsByKey["measurements"];
export type ActionField = SectionFieldsByKey["actions"];
export type PeriodField = SectionFieldsByKey["periods"];
export type ForecastField = SectionFieldsByKey["forecasts"];
export type ProfileField = SectionFieldsByKey["profiles"];

/** A measure figure summed in the totals block. */
export type TotalFigure =
  "gross" | "expected" | "withdrawable" | "freedHours" | "cost" | "budgetNet";

export type TotalFilter =
  { kind: "counted" } | { kind: "pipeline" } | { kind: "status"; status: MeasureStatus };

export type TotalRowSpec = { key: string; label: string; figure: TotalFigure; filter: TotalFilter };

/**
 * The sheet's title is this and the deep-dive's name: a record of the name the sheet was last
 * drawn (and named) for, so a refresh can tell a changed name from a renamed tab.
 */
export const DEEP_DIVE_TITLE_PREFIX = "Dypdykk: ";
export const TOTALS_TITLE = "Totalt for dypdykket";
export const TOTALS_HEADER = "Nøkkeltall";

const FIGURE_LABELS: Record<TotalFigure, string> = {
  gross: "Brutto gevinst",
  expected: "Forventet gevinst",
  withdrawable: "Uttak fra budsjettet",
  freedHours: "Frigjort kapasitet (timer)",
  cost: "Kostnad",
  budgetNet: "Netto budsjettvirkning",
};
export const TOTAL_FIGURES: readonly TotalFigure[] = [
  "gross",
  "expected",
  "withdrawable",
  "freedHours",
  "cost",
  "budgetNet",
];

/** Totals rows: counted figures, pipeline figures, and expected benefit per status. */
export const TOTAL_ROWS: readonly TotalRowSpec[] = [
  ...TOTAL_FIGURES.map((figure) => ({
    key: `counted.${figure}`,
    label: `${FIGURE_LABELS[figure]} (telles)`,
    figure,
    filter: { kind: "counted" } as const,
  })),
  ...TOTAL_FIGURES.map((figure) => ({
    key: `pipeline.${figure}`,
    label: `${FIGURE_LABELS[figure]} (alle unntatt avbrutt)`,
    figure,
    filter: { kind: "pipeline" } as const,
  })),
  ...MEASURE_STATUSES.map((status) => ({
    key: `status.${status}`,
    label: `Forventet gevinst, status ${labelOf(status).toLowerCase()}`,
    figure: "expected" as const,
    filter: { kind: "status", status } as const,
  })),
];

export { FIGURE_LABELS };
