/**
 * «Gevinst Tertial» (spec §14): the gevinst chapter of the tertial report, A4 landscape. The
 * follow-up settings (per tertial or month, the period reported to) are its inputs; per counted
 * measure expected to date, realised to date, the prognosis, status, explanation and corrective
 * action, avvik first; totals against the innsparingskrav.
 */
import { columnList, type FieldsOf } from "../shared/layout.types";

export const TERTIAL_TITLE = "Gevinstrealisering — tertialrapport";

/** The settings block: label in A, value in B. Fixed rows, so other sheets can refer to them. */
export const TERTIAL_SCHEME_ROW = 2;
export const TERTIAL_PERIOD_ROW = 3;
export const TERTIAL_USED_ROW = 4;
export const TERTIAL_SCHEME_LABEL = "Oppfølging per";
export const TERTIAL_PERIOD_LABEL = "Rapporteres til";
export const TERTIAL_USED_LABEL = "Periode brukt";
/** The settings' labels span A:B; their values are in C. */
export const TERTIAL_VALUE_COL = 2;
/** Column of the used period's number (1 = T1 / M01, 0 = none), beside its name. */
export const TERTIAL_USED_NO_COL = 4;
export const SCHEME_LABELS = { tertial: "Tertial", month: "Måned" } as const;

/** The measures table starts here (title row; the header under it). */
export const TERTIAL_TABLE_ROW = 6;

export const TERTIAL_COLUMNS = columnList([
  { key: "id", header: "Tiltak-id", kind: "formula", value: "id", width: 12 },
  { key: "name", header: "Tiltak", kind: "formula", value: "text", width: 22 },
  { key: "owner", header: "Gevinstansvarlig", kind: "formula", value: "text", width: 14 },
  { key: "expected", header: "Forventet i år", kind: "formula", value: "kroner", width: 11 },
  {
    key: "expectedToDate",
    header: "Forventet til dato",
    kind: "formula",
    value: "kroner",
    width: 11,
  },
  {
    key: "realisedToDate",
    header: "Realisert til dato",
    kind: "formula",
    value: "kroner",
    width: 11,
  },
  { key: "deviationToDate", header: "Avvik til dato", kind: "formula", value: "kroner", width: 11 },
  { key: "forecast", header: "Prognose for året", kind: "formula", value: "kroner", width: 11 },
  { key: "computed", header: "Prognose regnet", kind: "formula", value: "text", width: 9 },
  { key: "status", header: "Status", kind: "formula", value: "text", width: 8 },
  { key: "note", header: "Forklaring", kind: "formula", value: "longText", width: 21 },
  { key: "action", header: "Korrigerende tiltak", kind: "formula", value: "longText", width: 21 },
]);
export type TertialField = FieldsOf<typeof TERTIAL_COLUMNS>;
