/**
 * «Gevinst Sammendrag»: the finance director's sheet. Totals per plan year for counted measures,
 * the balance against the savings requirement, per deep-dive, per status, and the pipeline. The
 * workbook-level names of spec §9 point at its rows.
 */
import type { TotalFigure } from "../deep-dive/deep-dive.layout";

export const SUMMARY_TITLE = "Sammendrag — gevinster i økonomiplanperioden";

export type SummaryRow =
  | {
      key: string;
      label: string;
      kind: "figure";
      figure: TotalFigure;
      scope: "counted" | "pipeline";
      name?: string;
    }
  | { key: string; label: string; kind: "fte"; name?: undefined }
  | { key: string; label: string; kind: "target"; name?: string }
  | { key: string; label: string; kind: "gap"; name?: string }
  | { key: string; label: string; kind: "balanced"; name?: undefined };

/** The main block, in order; `name` is the workbook-level defined name over its four year cells. */
export const SUMMARY_ROWS: readonly SummaryRow[] = [
  {
    key: "gross",
    label: "Brutto gevinst",
    kind: "figure",
    figure: "gross",
    scope: "counted",
    name: "Gevinst_Brutto",
  },
  {
    key: "expected",
    label: "Forventet gevinst (brutto × konfidens)",
    kind: "figure",
    figure: "expected",
    scope: "counted",
    name: "Gevinst_Forventet",
  },
  {
    key: "withdrawable",
    label: "Uttak fra budsjettet",
    kind: "figure",
    figure: "withdrawable",
    scope: "counted",
    name: "Gevinst_Uttak",
  },
  {
    key: "freedHours",
    label: "Frigjort kapasitet (timer)",
    kind: "figure",
    figure: "freedHours",
    scope: "counted",
  },
  { key: "freedFte", label: "Frigjort kapasitet (årsverk)", kind: "fte" },
  {
    key: "cost",
    label: "Kostnad",
    kind: "figure",
    figure: "cost",
    scope: "counted",
    name: "Gevinst_Kostnad",
  },
  {
    key: "budgetNet",
    label: "Netto budsjettvirkning (uttak − kostnad)",
    kind: "figure",
    figure: "budgetNet",
    scope: "counted",
    name: "Gevinst_Netto",
  },
  { key: "target", label: "Innsparingskrav", kind: "target", name: "Gevinst_Innsparingskrav" },
  { key: "gap", label: "Gap (krav − netto)", kind: "gap", name: "Gevinst_Gap" },
  { key: "balanced", label: "I balanse?", kind: "balanced" },
];

export const PIPELINE_ROWS: readonly SummaryRow[] = [
  {
    key: "pipeline.gross",
    label: "Brutto gevinst",
    kind: "figure",
    figure: "gross",
    scope: "pipeline",
  },
  {
    key: "pipeline.expected",
    label: "Forventet gevinst",
    kind: "figure",
    figure: "expected",
    scope: "pipeline",
  },
  {
    key: "pipeline.withdrawable",
    label: "Uttak fra budsjettet",
    kind: "figure",
    figure: "withdrawable",
    scope: "pipeline",
  },
  { key: "pipeline.cost", label: "Kostnad", kind: "figure", figure: "cost", scope: "pipeline" },
  {
    key: "pipeline.budgetNet",
    label: "Netto budsjettvirkning",
    kind: "figure",
    figure: "budgetNet",
    scope: "pipeline",
  },
];

export const SUMMARY_SECTION_TOTALS =
  "Tiltak som telles (prioritert, vedtatt, under realisering, realisert)";
export const SUMMARY_SECTION_DEEP_DIVES = "Netto budsjettvirkning per dypdykk (telles)";
export const SUMMARY_SECTION_STATUS = "Forventet gevinst per status";
export const SUMMARY_SECTION_PIPELINE = "Pipeline: alle tiltak unntatt avbrutt";
