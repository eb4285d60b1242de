/**
 * Sheet references in formula text, found the way Excel's tokenizer sees them: a quoted name
 * (`'Gevinst DD Kari''s'!`, inner quotes doubled) or a bare one (`Budsjett!`), outside text
 * literals — except a literal that is a link target (`"#'Gevinst DD A'!A1"` in HYPERLINK), whose
 * reference is read too. An error constant (`#REF!`) is reported as such, not as a sheet.
 */
export type SheetRef = { raw: string; name: string };
export type Scan = { refs: SheetRef[]; errors: string[] };

// Any run of name characters before «!»: a name that should have been quoted (`2027plan!`) is
// caught too, and then fails the check that it is quoted as quoteSheetName quotes it.
const BARE = /[\p{L}\p{N}_.\\]+!/uy;
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;
const ERROR = /#(REF!|NAME\?|NULL!|VALUE!|DIV\/0!|N\/A|NUM!)/y;

export function scanFormula(formula: string): Scan {
  const scan: Scan = { refs: [], errors: [] };
  scanInto(formula.replace(/^=/, ""), scan);
  return scan;
}

function scanInto(text: string, scan: Scan): void {
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = closing(text, i, '"');
      const literal = text.slice(i + 1, end - 1).replace(/""/g, '"');
      if (literal.startsWith("#")) scanInto(literal.slice(1), scan);
      i = end;
      continue;
    }
    if (ch === "'") {
      const end = closing(text, i, "'");
      const raw = text.slice(i, end);
      if (text[end] === "!") scan.refs.push({ raw, name: raw.slice(1, -1).replace(/''/g, "'") });
      else scan.errors.push(`a quoted name without «!» at ${i}: ${text}`);
      i = end + 1;
      continue;
    }
    if (ch === "#") {
      ERROR.lastIndex = i;
      const error = ERROR.exec(text);
      if (error) {
        scan.errors.push(error[0]);
        i += error[0].length;
        continue;
      }
    }
    const before = i > 0 ? (text[i - 1] as string) : "";
    if (!NAME_CHAR.test(before)) {
      BARE.lastIndex = i;
      const bare = BARE.exec(text);
      if (bare) {
        const raw = bare[0].slice(0, -1);
        scan.refs.push({ raw, name: raw });
        i += bare[0].length;
        continue;
      }
    }
    i++;
  }
}

/** The index after the quote that closes the one at `start` (a doubled quote is inside). */
function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
