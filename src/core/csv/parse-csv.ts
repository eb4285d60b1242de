/**
 * CSV text to rows of fields (spec §4 «CSV»): `;`, `,` or tab separated, `"` quoting with `""`
 * inside and line breaks inside quotes, CRLF, LF or CR line ends, a leading BOM dropped. What
 * Excel on a Norwegian PC writes («CSV (semikolondelt)») and what open-data portals publish.
 * Pure: bytes are decoded to text by the caller (src/adapters/csv/decode-csv.ts).
 */

export type CsvDelimiter = ";" | "," | "\t";

export type ParsedCsv = {
  rows: string[][];
  delimiter: CsvDelimiter;
};

const DELIMITERS: readonly CsvDelimiter[] = [";", "\t", ","];

/** Splits CSV text into rows of fields; a final empty line is dropped. Linear in the text. */
export function parseCsv(text: string, delimiter: CsvDelimiter = guessDelimiter(text)): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    let field: string;
    if (source.charCodeAt(i) === QUOTE) {
      // Quoted: up to the closing quote, "" being one quote; line breaks are part of the field.
      let end = i + 1;
      let parts = "";
      for (;;) {
        const close = source.indexOf('"', end);
        if (close < 0) {
          parts += source.slice(end);
          end = n;
          break;
        }
        parts += source.slice(end, close);
        if (source.charCodeAt(close + 1) === QUOTE) {
          parts += '"';
          end = close + 2;
        } else {
          end = close + 1;
          break;
        }
      }
      // Text after the closing quote up to the delimiter is kept, as Excel does.
      let stop = end;
      while (stop < n && !isBreak(source.charCodeAt(stop), sep)) stop++;
      field = parts + source.slice(end, stop);
      i = stop;
    } else {
      let stop = i;
      while (stop < n && !isBreak(source.charCodeAt(stop), sep)) stop++;
      field = source.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (i >= n) break;
    const ch = source.charCodeAt(i);
    i++;
    if (ch === sep) {
      if (i >= n) row.push("");
      continue;
    }
    if (ch === CR && source.charCodeAt(i) === LF) i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return { rows, delimiter };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

function isBreak(code: number, sep: number): boolean {
  return code === sep || code === LF || code === CR;
}

/**
 * The delimiter of the first lines: the one that splits the header into the most fields and
 * gives the following lines the same count. `;` wins ties (Norwegian Excel writes it, because the
 * comma is the decimal separator).
 */
export function guessDelimiter(text: string): CsvDelimiter {
  const lines = text
    .slice(0, 20_000)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  let best: CsvDelimiter = ";";
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, delimiter));
    const head = counts[0] ?? 0;
    if (head === 0) continue;
    const same = counts.filter((c) => c === head).length;
    const score = head * (same / Math.max(1, counts.length));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}
