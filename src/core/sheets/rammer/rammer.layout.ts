/**
 * «Gevinst Rammer» (spec §13): the økonomiplan at ramme level. The rammeområder live here — the
 * dimension that groups the budget, the areas with their names and each area's innsparingskrav
 * per plan year are the budget officer's input cells — and below them, per plan year, each area's
 * ramme, counted netto, krav, gap and «I balanse?» as live formulas.
 */
import type { AreaDimension } from "../../model/portfolio.types";

export const RAMMER_TITLE = "Rammer — innsparingskrav per rammeområde";
export const RAMMER_HINT =
  "Gule celler skriver du: rammeområdene med navn og innsparingskrav per planår (budsjettskrivet). Tallene under regnes av arket.";

/** Labels in column A; their values in column B (found again by label when read). */
export const RAMMER_DIMENSION_LABEL = "Rammeområder etter";
export const RAMMER_PREFIX_LABEL = "Tegn av koden";
export const RAMMER_PREFIX_HINT = "tomt: hele koden; 3: KOSTRA-funksjonen av en 5-sifret tjeneste";
export const RAMMER_RAMME_LABEL = "Ramme";

export const RAMMER_TARGETS_SECTION = "Innsparingskrav per rammeområde";
export const RAMMER_ID_HEADER = "Rammeområde";
export const RAMMER_NAME_HEADER = "Navn";
export const RAMMER_SUM_LABEL = "Sum rammeområder";
export const RAMMER_KOMMUNE_LABEL = "Innsparingskrav for kommunen";
export const RAMMER_UNALLOCATED_LABEL = "Ikke fordelt på rammeområder";

/** One block per plan year: «Planår 2027», then these columns. */
export const RAMMER_YEAR_SECTION = "Planår";
export const RAMMER_YEAR_HEADERS = [
  RAMMER_ID_HEADER,
  RAMMER_NAME_HEADER,
  "Ramme",
  "Netto (telles)",
  "Innsparingskrav",
  "Gap",
  "I balanse?",
] as const;

/** Empty rows under the last area, so an area can be added in plain Excel. */
export const RAMMER_SPARE_ROWS = 2;

/** How the dimension is named in the sheet (the reader takes the label or the code). */
export const AREA_DIMENSION_LABELS: Readonly<Record<AreaDimension, string>> = {
  tjenesteomrade: "Tjenesteområde",
  funksjon: "Funksjon",
  ansvar: "Ansvar",
  art: "Art",
  prosjekt: "Prosjekt",
};

/**
 * Column widths in characters: A id (wide enough for its bold labels: a value in B would cut
 * them), B name, C–F kroner, G balance. 122 characters: one A4 landscape page wide at 100 %.
 */
export const RAMMER_WIDTHS = [21, 30, 15, 15, 15, 15, 11] as const;
