/**
 * The Gevinst sheets (docs/workbook.md). Every name starts with «Gevinst» (spec §9).
 */
import { toSafeSheetName } from "../../workbook/sheet-name";

export const SHEET_YEAR_WHEEL = "Gevinst Årshjul";
export const SHEET_OVERVIEW = "Gevinst Oversikt";
export const SHEET_SUMMARY = "Gevinst Sammendrag";
export const SHEET_REGISTER = "Gevinst Tiltak";
export const SHEET_BUDGET_LINKS = "Gevinst Budsjettkobling";
export const SHEET_SETTINGS = "Gevinst Innstillinger";
export const SHEET_LOG = "Gevinst Logg";
/** Frozen versions and what changed between them (spec §15): only when there are versions. */
export const SHEET_VERSIONS = "Gevinst Versjoner";
export const SHEET_VERSION_CHANGES = "Gevinst Endringer";
/** The økonomiplan at ramme level (spec §13): made when the portfolio has rammeområder. */
export const SHEET_RAMMER = "Gevinst Rammer";
/** The tertial report's gevinst chapter (spec §14), A4 landscape. */
export const SHEET_TERTIAL = "Gevinst Tertial";
/** Measures without a deep-dive live here, on a deep-dive-shaped sheet. */
export const SHEET_OTHER_MEASURES = "Gevinst Andre tiltak";
/** The A3 documents (spec §11): the kommune's, and per deep-dive one per quarter K2, K3, K4. */
export const SHEET_A3_KOMMUNE = "Gevinst A3 Kommunen";
export const A3_PREFIX = "Gevinst A3 ";
/** DFØ's benefit map per deep-dive (spec §16): «Gevinst Kart <name>». */
export const BENEFIT_MAP_PREFIX = "Gevinst Kart ";
/** Deep-dive sheets are «Gevinst DD <name>», made safe for Excel. */
export const DEEP_DIVE_PREFIX = "Gevinst DD ";

/** The fixed sheets in the order they are added, after the budget. */
export const FIXED_SHEETS = [
  SHEET_YEAR_WHEEL,
  SHEET_OVERVIEW,
  SHEET_SUMMARY,
  SHEET_REGISTER,
  SHEET_BUDGET_LINKS,
  SHEET_SETTINGS,
  SHEET_LOG,
] as const;

/** True for a sheet laid out as a deep-dive (including the sheet for measures without one). */
export function isDeepDiveSheet(name: string): boolean {
  return name.startsWith(DEEP_DIVE_PREFIX) || name === SHEET_OTHER_MEASURES;
}

/**
 * The sheet name for a deep-dive: «Gevinst DD » + its name, within Excel's rules (≤ 31
 * characters, none of [ ] : * ? / \, unique). «Barnehage: bemanning/vikar» becomes
 * «Gevinst DD Barnehage- bemanning-».
 */
export function deepDiveSheetName(name: string, taken: readonly string[]): string {
  // A name of only characters Excel refuses («[», «'») would vanish and take the prefix's space.
  const usable = name.replace(/[[\]:*?/\\']/g, " ").trim() !== "";
  return toSafeSheetName(`${DEEP_DIVE_PREFIX}${usable ? name : "uten navn"}`, taken);
}

/**
 * The A3 sheet of quarter `quarter` for the deep-dive on `deepDiveSheet`: «Gevinst DD Barnehage»
 * → «Gevinst A3 K2 Barnehage» (≤ 31 characters, unique).
 */
export function a3SheetName(
  quarter: "K2" | "K3" | "K4",
  deepDiveSheet: string,
  taken: readonly string[],
): string {
  const name = deepDiveSheet.startsWith(DEEP_DIVE_PREFIX)
    ? deepDiveSheet.slice(DEEP_DIVE_PREFIX.length)
    : deepDiveSheet.replace(/^Gevinst /, "");
  return toSafeSheetName(`${A3_PREFIX}${quarter} ${name}`, taken);
}

/** The A3 of a unit (spec §11, optional): «Gevinst A3 Enhet 3100» / «Gevinst A3 Tjeneste 254». */
export function a3UnitSheetName(
  unit: { dimension: "ansvar" | "funksjon"; code: string },
  taken: readonly string[],
): string {
  const kind = unit.dimension === "ansvar" ? "Enhet" : "Tjeneste";
  return toSafeSheetName(`${A3_PREFIX}${kind} ${unit.code}`, taken);
}

/**
 * The benefit map (gevinstkart, spec §16) of the deep-dive on `deepDiveSheet`: «Gevinst DD
 * Barnehage» → «Gevinst Kart Barnehage» (≤ 31 characters, unique).
 */
export function benefitMapSheetName(deepDiveSheet: string, taken: readonly string[]): string {
  const name = deepDiveSheet.startsWith(DEEP_DIVE_PREFIX)
    ? deepDiveSheet.slice(DEEP_DIVE_PREFIX.length)
    : deepDiveSheet.replace(/^Gevinst /, "");
  return toSafeSheetName(`${BENEFIT_MAP_PREFIX}${name}`, taken);
}
