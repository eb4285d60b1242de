/**
 * Cell addresses. Inside core we use 0-based `{ row, col }`; A1 text exists only in layouts,
 * formulas and adapters.
 */
export type CellRef = { row: number; col: number };
export type RangeRef = { row: number; col: number; rows: number; cols: number };

/** 0 → "A", 25 → "Z", 26 → "AA". @throws on a negative column. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new Error(`Ugyldig kolonne: ${col}`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26. @throws on anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`Ugyldige kolonnebokstaver: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** {row: 0, col: 0} → "A1"; with `absolute`, "$A$1". */
export function toA1(ref: CellRef, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(ref.col)}${d}${ref.row + 1}`;
}

/** "B3" or "$B$3" → {row: 2, col: 1}. @throws on text that is not a cell address. */
export function fromA1(a1: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m || !m[1] || !m[2]) throw new Error(`Ugyldig celleadresse: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A range as "A1:C3" (or "A1" for one cell). */
export function rangeToA1(range: RangeRef, absolute = false): string {
  const start = toA1(range, absolute);
  if (range.rows === 1 && range.cols === 1) return start;
  const end = toA1({ row: range.row + range.rows - 1, col: range.col + range.cols - 1 }, absolute);
  return `${start}:${end}`;
}

/** "A1:C3" → RangeRef. @throws on text that is not a range. */
export function rangeFromA1(a1: string): RangeRef {
  const [a, b] = a1.split(":");
  if (a === undefined) throw new Error(`invalid range: ${a1}`);
  const start = fromA1(a);
  const end = b === undefined ? start : fromA1(b);
  return {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
}

/**
 * A sheet name as it must appear in a formula, exactly as Excel writes it, so our formula text
 * equals what Excel gives back: bare when it holds only letters (any alphabet), digits, `_` and
 * `.` and cannot be read as anything else (`Økonomiplan`, `Budsjett.2027`, `XFE1`, `R0`);
 * quoted, inner quotes doubled, when
 * - it starts with a digit or `.`, or holds anything else (`'Budsjett 2027'`, `'R&D'`);
 * - it is a cell reference in A1 style within the sheet's bounds (`'A1'`, `'INV2027'`,
 *   `'XFD1048576'`);
 * - it *starts* with an R1C1 reference: a row `R1`–`R1048576` or a column `C1`–`C16384`
 *   (`'R2027'`, `'R2027Drift'`, `'C12'`, `'RC3x'`, `'R1C1'`), or is `R`, `C` or `RC` (the
 *   current row, column, cell) — Excel reads what follows such a start as part of a reference;
 * - it is TRUE or FALSE.
 * These are the rules of Microsoft's grammar for a name (MS-XLSB 2.5.166: not TRUE/FALSE, not an
 * A1 reference, not beginning with an R1C1 reference) as Excel applies them to sheet names.
 */
export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

function needsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^(true|false)$/i.test(name)) return true;
  if (/^(r|c|rc)$/i.test(name)) return true;
  const row = /^r(\d+)/i.exec(name);
  if (row && inBounds(row[1] as string, MAX_ROWS)) return true;
  const col = /^r?c(\d+)/i.exec(name);
  if (col && inBounds(col[1] as string, MAX_COLUMNS)) return true;
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  if (!a1) return false;
  return (
    columnIndex((a1[1] as string).toUpperCase()) < MAX_COLUMNS &&
    inBounds(a1[2] as string, MAX_ROWS)
  );
}

/** Whether the digits are a number from 1 to `max` (leading zeros allowed, as Excel reads them). */
function inBounds(digits: string, max: number): boolean {
  const n = Number(digits);
  return n >= 1 && n <= max;
}

const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;
