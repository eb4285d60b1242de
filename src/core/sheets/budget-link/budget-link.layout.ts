/**
 * «Gevinst Budsjettkobling»: every linked budget line, its original amount per plan year (read at
 * the budget row Gevinst stored, key-checked, else a live SUMIFS into the budget sheet), the
 * adjustment (spec §4) and the adjusted amount. To the right, the link details: one row per
 * link row and measure row of every deep-dive sheet, with the live key and the signed amount it
 * puts on its line, grouped by line so each line sums its own rows (issue 9: recalculation).
 */
import { columnList, type FieldsOf } from "../shared/layout.types";

/** Tjenesteområde (spec §13): a column only when the budget has the dimension. */
const TJENESTEOMRADE_COLUMN = {
  key: "tjenesteomrade",
  header: "Tjenesteområde",
  kind: "formula",
  value: "key",
  // «Tjenesteområde» in bold needs 15 characters: at 12 LibreOffice broke it inside the word.
  width: 16,
  onlyWith: "tjenesteomrade",
} as const;

export const BUDGET_LINKS_TITLE = "Budsjettkobling — justering av budsjettlinjer";

export const BUDGET_LINK_COLUMNS = columnList([
  { key: "ansvar", header: "Ansvar", kind: "formula", value: "key", width: 10 },
  { key: "art", header: "Art", kind: "formula", value: "key", width: 10 },
  { key: "funksjon", header: "Funksjon", kind: "formula", value: "key", width: 10 },
  { key: "prosjekt", header: "Prosjekt", kind: "formula", value: "key", width: 10 },
  TJENESTEOMRADE_COLUMN,
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
  // Where Gevinst last found the line; the formulas check the key there before they trust it.
  { key: "sourceSheet", header: "Budsjettark", kind: "formula", value: "text", width: 14 },
  { key: "sourceRow", header: "Budsjettrad", kind: "formula", value: "number", width: 10 },
  { key: "rowChecked", header: "Raden stemmer", kind: "formula", value: "number", width: 9 },
]);

/** The link details start this many columns right of the last line column (one blank between). */
export const DETAIL_GAP = 1;

export const DETAIL_TITLE = "Koblinger fra dypdykkarkene (én rad per kobling og per tiltak)";
export const DETAIL_CHANGED_LABEL = "Rader endret siden siste oppdatering";
export const DETAIL_MISSING_TEXT =
  "Dypdykkarkene har rader som ikke er med her (satt inn eller flyttet). Trykk «Oppdater gevinstark».";

/** The link details: keys as the deep-dive sheet has them now, and the signed amount per year. */
export const BUDGET_LINK_DETAIL_COLUMNS = columnList([
  { key: "sheet", header: "Fra ark", kind: "formula", value: "text", width: 18 },
  { key: "row", header: "Rad", kind: "formula", value: "number", width: 6 },
  { key: "ansvar", header: "Ansvar", kind: "formula", value: "key", width: 10 },
  { key: "art", header: "Art", kind: "formula", value: "key", width: 10 },
  { key: "funksjon", header: "Funksjon", kind: "formula", value: "key", width: 10 },
  { key: "prosjekt", header: "Prosjekt", kind: "formula", value: "key", width: 10 },
  TJENESTEOMRADE_COLUMN,
  { key: "changed", header: "Endret", kind: "formula", value: "number", width: 7 },
  // Summed in its line's own rows while «Endret» is 0, else by key (live, so a link typed in a
  // spare row counts at once).
  { key: "amount", header: "Beløp", kind: "formula", value: "kroner", width: 13, perYear: true },
]);

/** Per deep-dive sheet, what its rows put on the budget in all (for the completeness check). */
export const BUDGET_LINK_CHECK_COLUMNS = columnList([
  { key: "sheet", header: "Kontroll: ark", kind: "formula", value: "text", width: 18 },
  {
    key: "total",
    header: "Sum i arket",
    kind: "formula",
    value: "kroner",
    width: 13,
    perYear: true,
  },
]);

/** The typed column fields of the sheet's three blocks ("ansvar", "original.0" …). */
export type BudgetLinkField = FieldsOf<typeof BUDGET_LINK_COLUMNS>;
export type BudgetLinkDetailField = FieldsOf<typeof BUDGET_LINK_DETAIL_COLUMNS>;
