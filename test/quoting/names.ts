/**
 * Sheet names a kommune might give its budget sheet, and deep-dive names that become sheet names
 * («Gevinst DD <navn>»): reference-like (R2027, INV2027, XFD1048576, R1C1, RC, C12, TRUE), next to
 * names just past a reference (XFE1, R0, A1048577), names with spaces, apostrophes, «&», dots,
 * digits first and Norwegian letters.
 */
import fc from "fast-check";
import { sheetNameProblem } from "../../src/core/workbook/sheet-name";

/** Fixed names every run checks (the property adds generated ones). */
export const BUDGET_SHEET_NAMES = [
  "R2027",
  "B2027",
  "INV2027",
  "A1",
  "XFD1048576",
  "XFE1",
  "RC",
  "R",
  "C",
  "C12",
  "R1C1",
  "R2027Drift",
  "R0",
  "TRUE",
  "Budsjett 2027",
  "Kari's budsjett",
  "Drift & investering",
  "Økonomiplan",
  "Æøå",
  "2027budsjett",
  "Budsjett.2027",
  ".budsjett",
] as const;

export const DEEP_DIVE_NAMES = ["Kari's & Ola's", "R&D", "Hjemme'tjenesten", "Æ ø å"] as const;

/** Sheets the budget workbook holds besides the budget (see test/cli/fixtures/budget-workbooks.ts). */
const OTHER_SHEETS = ["Notater", "Oppslag"];

const start = fc.constantFrom("R", "C", "RC", "B", "INV", "XFD", "XFE", "A", "Ø", "Budsjett", "");
const middle = fc.oneof(
  fc.constant(""),
  fc.integer({ min: 0, max: 1_100_000 }).map(String),
  fc.constantFrom("2027", "0", "16384", "16385", "1048576", "1048577"),
);
const end = fc.constantFrom("", " ", "'s", " & ", ".x", "æøå", "_1", "C3", "Drift", "!");

/** A name Excel accepts for a sheet (≤ 31 characters, no []:*?/\, no quote at either end). */
export const budgetSheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...BUDGET_SHEET_NAMES),
  fc
    .tuple(start, middle, end)
    .map(([a, b, c]) => `${a}${b}${c}`.trim())
    .filter(
      (name) =>
        sheetNameProblem(name, OTHER_SHEETS) === null &&
        !name.toLowerCase().startsWith("gevinst") &&
        !name.endsWith("'"),
    ),
);

export const deepDiveName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...DEEP_DIVE_NAMES),
  fc
    .tuple(fc.constantFrom("Kari's", "R&D", "Åsane", "B2027", "Hjemme"), end)
    .map(([a, b]) => `${a}${b}`.trim())
    .filter((name) => name.replace(/[[\]:*?/\\']/g, " ").trim() !== ""),
);
