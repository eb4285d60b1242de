/**
 * «Gevinst Budsjettkobling»: every linked budget line, its original amount per plan year as a
 * live SUMIFS into the budget sheet, the adjustment (spec §4) and the adjusted amount.
 */
import type { ColumnSpec } from "./layout.types";

export const BUDGET_LINKS_TITLE = "Budsjettkobling — justering av budsjettlinjer";

export const BUDGET_LINK_COLUMNS: readonly ColumnSpec[] = [
  { key: "ansvar", header: "Ansvar", kind: "formula", value: "key", width: 10 },
  { key: "art", header: "Art", kind: "formula", value: "key", width: 10 },
  { key: "funksjon", header: "Funksjon", kind: "formula", value: "key", width: 10 },
  { key: "prosjekt", header: "Prosjekt", kind: "formula", value: "key", width: 10 },
  { key: "matches", header: "Treff i budsjettet", kind: "formula", value: "number", width: 10 },
  {
    key: "original",
    header: "Opprinnelig",
    kind: "formula",
    value: "kroner",
    width: 14,
    perYear: true,
  },
  {
    key: "adjustment",
    header: "Justering",
    kind: "formula",
    value: "kroner",
    width: 14,
    perYear: true,
  },
  {
    key: "adjusted",
    header: "Justert",
    kind: "formula",
    value: "kroner",
    width: 14,
    perYear: true,
  },
];
