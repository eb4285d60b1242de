/**
 * «Gevinst Tiltak»: one row per measure with its figures by formula, for sorting and filtering.
 * Figures are looked up on the measure's deep-dive sheet by id, so they survive sorting on both.
 */
import type { ColumnSpec } from "./layout.types";

export const REGISTER_TITLE = "Tiltaksregister";

export const REGISTER_COLUMNS: readonly ColumnSpec[] = [
  { key: "deepDive", header: "Dypdykk", kind: "formula", value: "text", width: 24 },
  { key: "id", header: "Tiltak-id", kind: "formula", value: "id", width: 10 },
  { key: "name", header: "Navn", kind: "formula", value: "text", width: 32 },
  { key: "owner", header: "Gevinstansvarlig", kind: "formula", value: "text", width: 18 },
  { key: "status", header: "Status", kind: "formula", value: "text", width: 16 },
  { key: "gross", header: "Brutto", kind: "formula", value: "kroner", width: 13, perYear: true },
  {
    key: "expected",
    header: "Forventet",
    kind: "formula",
    value: "kroner",
    width: 13,
    perYear: true,
  },
  {
    key: "withdrawable",
    header: "Uttak",
    kind: "formula",
    value: "kroner",
    width: 13,
    perYear: true,
  },
  { key: "cost", header: "Kostnad", kind: "formula", value: "kroner", width: 13, perYear: true },
  { key: "budgetNet", header: "Netto", kind: "formula", value: "kroner", width: 13, perYear: true },
  { key: "npv", header: "Nåverdi", kind: "formula", value: "kroner", width: 14 },
];
