/**
 * How a cell write becomes an entry of `range.formulas`.
 *
 * Excel treats what the API writes as if it were typed: "=…" becomes a formula, "+…", "-…" and
 * "@…" do too, "12" becomes a number, "TRUE" a boolean and "1/2" may become a date. To keep text as
 * text we prefix an apostrophe, as a user would: Excel stores the rest as text and reads the value
 * back without the apostrophe (the cell gets Excel's quote-prefix flag). Setting numberFormat "@"
 * first would also work, but it stays on the cell, so a formula written there later would be stored
 * as text — the apostrophe changes nothing but the one value.
 */
import type { CellWrite } from "../../core/workbook/workbook-port";

/** Text Excel would keep as plain text when typed: starts with a letter, holds no digit. */
const PLAIN_TEXT = /^\p{L}[^\d]*$/u;
const BOOLEAN_WORDS = /^(true|false|sann|usann)$/i;

/** Whether Excel would reinterpret this text (as a formula, number, date or boolean) if typed. */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  return !PLAIN_TEXT.test(text) || BOOLEAN_WORDS.test(text.trim());
}

/**
 * The entry for `range.formulas`: a formula as is, a constant (text escaped), "" to empty a cell,
 * and null to leave the cell as it is (Excel ignores null entries in a written array).
 */
function toFormulasEntry(
  write: CellWrite | undefined,
  textFormatted = false,
): string | number | boolean | null {
  if (write === undefined || write.kind === "skip") return null;
  if (write.kind === "formula") return write.formula;
  const { value } = write;
  if (value === null) return "";
  // A cell formatted as Text keeps what is written verbatim, apostrophe included: write it bare.
  if (typeof value === "string" && needsTextPrefix(value) && !textFormatted) return `'${value}`;
  return value;
}

/**
 * A block of writes as a rectangle for `range.formulas` (short rows padded with skips).
 * `isTextFormatted(r, c)` (block-relative) says which cells are formatted as Text.
 */
export function toFormulasGrid(
  cells: readonly CellWrite[][],
  isTextFormatted: (r: number, c: number) => boolean = () => false,
): (string | number | boolean | null)[][] {
  const width = Math.max(0, ...cells.map((row) => row.length));
  return cells.map((row, r) =>
    Array.from({ length: width }, (_, c) => toFormulasEntry(row[c], isTextFormatted(r, c))),
  );
}
