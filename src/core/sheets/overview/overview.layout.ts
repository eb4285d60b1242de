/**
 * «Gevinst Oversikt»: the data behind the kommune A3 (helhetsmodellen Q1, adjusted in Q3 and Q4): nå-situasjon,
 * ønsket situasjon and gap, the savings requirement per plan year (input; may be linked to the
 * user's own «Rammer» sheet with a formula), and the chosen deep-dives with their potential.
 */
import { fieldList, type FieldKeys } from "../shared/layout.types";

export const OVERVIEW_TITLE = "Kommunen som helhet — grunnlag for A3-en";

export const OVERVIEW_FIELDS = fieldList([
  { key: "currentSituation", label: "Nå-situasjon", kind: "input", value: "longText", span: 10 },
  {
    key: "desiredSituation",
    label: "Ønsket situasjon",
    kind: "input",
    value: "longText",
    span: 10,
  },
  { key: "gap", label: "Gap", kind: "input", value: "longText", span: 10 },
]);

/** A field of the block: a misspelt key is a compile error. */
export type OverviewFieldKey = FieldKeys<typeof OVERVIEW_FIELDS>;

export const OVERVIEW_TARGET_SECTION = "Omstillingsbehov";
export const OVERVIEW_TARGET_LABEL = "Innsparingskrav";
export const OVERVIEW_NET_LABEL = "Netto budsjettvirkning (telles)";
export const OVERVIEW_GAP_LABEL = "Gap";
export const OVERVIEW_DEEP_DIVES_SECTION = "Valgte dypdykk";
export const OVERVIEW_DEEP_DIVE_HEADERS = [
  "Dypdykk",
  "Ansvarlig",
  "Potensial",
  "Netto",
  "Status",
] as const;
