/**
 * The budget changes as a file (spec §15): `;`-separated, UTF-8 with a byte order mark and CRLF
 * line ends — what Excel on a Norwegian PC and the budget systems' CSV imports read — amounts as
 * plain integers without grouping, fields quoted only where needed.
 */
import type { BudgetChanges } from "./budget-changes.types";

/** The file's own columns after the budget's key columns (the budget system's import names). */
export const CHANGE_HEADERS = { year: "år", amount: "beløp", measures: "tiltak", text: "tekst" };

const BOM = "\uFEFF";
const CRLF = "\r\n";

/** A field quoted when it holds `;`, `"`, a line break or edge spaces (`"` doubled inside). */
export function csvField(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text that a spreadsheet would take for a formula (`=`, `+`, `@`, or `-` not followed by a
 * digit) gets a leading apostrophe, as a cell would hold it as text (spec §9 in spirit): a
 * measure named «=SUM(…)» must not run when the file is opened in Excel.
 */
export function safeText(text: string): string {
  return /^[=+@]|^-(?!\d)/.test(text) ? `'${text}` : text;
}

/** The whole file as text: header row, then one row per change, each line ending in CRLF. */
export function writeChangesCsv(changes: BudgetChanges): string {
  const header = [
    ...changes.columns.map((c) => c.header),
    CHANGE_HEADERS.year,
    CHANGE_HEADERS.amount,
    CHANGE_HEADERS.measures,
    CHANGE_HEADERS.text,
  ];
  const lines = [header.map((h) => csvField(safeText(h))).join(";")];
  for (const row of changes.rows) {
    const fields = [
      ...changes.columns.map((c) => row.key[c.dimension] ?? ""),
      row.year,
      String(row.amount),
      safeText(row.measures.join(",")),
      safeText(row.names.join(", ")),
    ];
    lines.push(fields.map(csvField).join(";"));
  }
  return BOM + lines.map((line) => line + CRLF).join("");
}
