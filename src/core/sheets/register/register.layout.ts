/**
 * «Gevinst Tiltak»: one row per measure with its figures by formula, for sorting and filtering.
 * Figures are looked up on the measure's deep-dive sheet by id, so they survive sorting on both.
 */
import {
  BUDGET_NET_COLUMN,
  COST_COLUMN,
  EXPECTED_COLUMN,
  GROSS_COLUMN,
  NPV_COLUMN,
  WITHDRAWABLE_COLUMN,
} from "../shared/figure-columns";
import { columnList, type FieldsOf } from "../shared/layout.types";

export const REGISTER_TITLE = "Tiltaksregister";

export const REGISTER_COLUMNS = columnList([
  { key: "deepDive", header: "Dypdykk", kind: "formula", value: "text", width: 24 },
  { key: "id", header: "Tiltak-id", kind: "formula", value: "id", width: 10 },
  { key: "name", header: "Navn", kind: "formula", value: "text", width: 32 },
  { key: "owner", header: "Gevinstansvarlig", kind: "formula", value: "text", width: 18 },
  { key: "status", header: "Status", kind: "formula", value: "text", width: 16 },
  GROSS_COLUMN,
  EXPECTED_COLUMN,
  WITHDRAWABLE_COLUMN,
  COST_COLUMN,
  BUDGET_NET_COLUMN,
  NPV_COLUMN,
]);

/** A column field of «Gevinst Tiltak» ("id", "expected.0" …). */
export type RegisterField = FieldsOf<typeof REGISTER_COLUMNS>;
