/**
 * The computed figure columns that several sheets show the same way: the measure figures on a
 * deep-dive sheet («Tiltak» and «Gevinster») and in «Gevinst Tiltak». One definition each, so a
 * header, width or number format cannot drift apart between the sheets.
 */
import type { ColumnSpec, ValueKind } from "./layout.types";

/** A figure a formula fills in for each plan year (four columns), 13 characters wide by default. */
export function yearlyFigure<K extends string>(
  key: K,
  header: string,
  value: ValueKind = "kroner",
  width = 13,
): ColumnSpec<K> & { perYear: true } {
  return { key, header, kind: "formula", value, width, perYear: true };
}

/** 1 when the measure (or benefit) counts towards the totals, else 0. */
export const COUNTED_COLUMN = {
  key: "counted",
  header: "Telles",
  kind: "formula",
  value: "flag",
  width: 7,
} as const satisfies ColumnSpec;
export const GROSS_COLUMN = yearlyFigure("gross", "Brutto");
export const EXPECTED_COLUMN = yearlyFigure("expected", "Forventet");
export const WITHDRAWABLE_COLUMN = yearlyFigure("withdrawable", "Uttak");
export const FREED_HOURS_COLUMN = yearlyFigure("freedHours", "Frigjort timer", "hours", 11);
export const COST_COLUMN = yearlyFigure("cost", "Kostnad");
export const BUDGET_NET_COLUMN = yearlyFigure("budgetNet", "Netto");
/** Net present value over the plan period, one column. */
export const NPV_COLUMN = {
  key: "npv",
  header: "Nåverdi",
  kind: "formula",
  value: "kroner",
  width: 14,
} as const satisfies ColumnSpec;
