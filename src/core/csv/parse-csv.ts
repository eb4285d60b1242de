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

/** Splits CSV text into rows of fields; a final empty line is dropped. */
export function parseCsv(text: string, delimiter: CsvDelimiter = guessDelimiter(text)): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (ch === "\r" && source[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, delimiter };
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
