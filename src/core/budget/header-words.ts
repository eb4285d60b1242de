/**
 * The words of budget headers: which column a header cell names (ansvar, «Ansvar (T)», «Budsjett
 * 2027», «ØP 2028» …) and whether a text says the amounts are in 1 000 kr. Header words as
 * Norwegian finance systems (Visma, Unit4/Agresso, Xledger, Framsikt) write them; docs/budget.md
 * lists them.
 */
import type { CellValue } from "../workbook/workbook-port";
import type { ColumnRole, KeyDimension, YearColumnKind } from "./budget.types";

/**
 * Lower case, one plain space for any run of spaces (incl. non-breaking) or underscores (machine
 * names in open-data exports: «budsjett_2013», «tjeneste_nr»), no edge punctuation.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2007\u2009_]+/g, " ")
    .replace(/^[\s.:*]+|[\s.:*]+$/g, "");
}

/** «område» as open-data machine names write it too («tjenesteomraade», «omrade»). */
const OMRADE = "omr(?:åde|aade|ade)";

/**
 * Tjenesteområde (spec §13): «tjenesteområde», «tjomr», «rammeområde», and «sektor» or
 * «virksomhetsområde» when the column holds codes (`needsCodes`: Stavanger's
 * «virksomhetsomraade» holds names, and is no key).
 */
const TJENESTEOMRADE = new RegExp(
  String.raw`^(?:tjeneste\s?${OMRADE}|teneste\s?${OMRADE}|tj\.?\s?omr(?:åde|aade|ade)?|ramme\s?${OMRADE}|sektor|virksomhets\s?${OMRADE})`,
);
const NEEDS_CODES = new RegExp(String.raw`^(?:sektor|virksomhets\s?${OMRADE})`);

const KEY_STEMS: readonly [KeyDimension, RegExp][] = [
  ["ansvar", /^(?:ansvarssted|ansvarsted|ansvar|ansv)/],
  ["art", /^(?:kostra[- ]?art|artskonto|kontoart|konto|art)/],
  // Before funksjon: «tjenesteområde» starts with «tjeneste».
  ["tjenesteomrade", TJENESTEOMRADE],
  ["funksjon", /^(?:kostra[- ]?funksjon|funksjon|tjeneste|teneste|funk)/],
  ["prosjekt", /^(?:prosjekt|prosj)/],
];

/** What may follow a stem in a code column («Ansvar nr», «Kontonr»). */
const CODE_SUFFIX = /^\.?\s?(?:|s?\s?-?\s?(?:nr|nummer|kode|id|\(k\)))$/;
/** What may follow a stem in a name column («Ansvar (T)», «Ansvarsnavn», «Art tekst»). */
const NAME_SUFFIX =
  /^\.?\s?s?\s?-?\s?(?:\(t\)|navn|tekst|beskrivelse|betegnelse|\(navn\)|\(tekst\))$/;

/** The key or name column a header names, or null. */
function keyRole(text: string): ColumnRole | null {
  for (const [dimension, stem] of KEY_STEMS) {
    const match = stem.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    if (CODE_SUFFIX.test(rest)) return { kind: "key", dimension };
    if (NAME_SUFFIX.test(rest)) return { kind: "name", dimension };
  }
  return null;
}

/**
 * Whether a tjenesteområde header is a key only when its column holds codes («Sektor»,
 * «Virksomhetsområde»: often a text grouping such as «Alders- og sykehjem»).
 */
export function needsCodes(header: string): boolean {
  return NEEDS_CODES.test(normaliseHeader(header));
}

/** «Avdeling», «avd nr», «avdeling-tekst»: what stands for ansvar in a budget without one. */
const ANSVAR_STAND_IN = /^(?:avdeling|avd)/;

/**
 * Whether a header is the avdeling column (its code, or its name) that counts as ansvar when the
 * budget has no ansvar column (spec §13: Bergen's økonomiplan has avdeling, tjenesteområde and
 * tjeneste). Not a role of its own: where an ansvar column exists, avdeling is a text column.
 */
export function ansvarStandIn(header: string): "key" | "name" | null {
  const text = normaliseHeader(header);
  const match = ANSVAR_STAND_IN.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  if (CODE_SUFFIX.test(rest)) return "key";
  if (NAME_SUFFIX.test(rest)) return "name";
  return null;
}

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)/;
const UNIT_WORDS =
  /\(?\s*(?:i\s*)?(?:hele\s*)?(?:1000|tusen)\s*(?:kr|kroner|nok)?\s*\)?|\bkr\b|\bnok\b|\bbeløp\b|(?<![a-zæøå])år(?![a-zæøå])/g;
/** Words that make a year column something other than an amount of the budget. */
const NOT_AMOUNT =
  /endring|avvik|diff|prosent|%|forbruk|hittil|rest|årsverk|stilling|lønn|født|ansatt/;

/** The kind of a year column from the words around the year, or null when they are other words. */
export function yearKind(words: string): YearColumnKind | null {
  if (NOT_AMOUNT.test(words)) return null;
  if (/regnskap|rekneskap|^r$|^regn|faktisk|resultat/.test(words)) return "regnskap";
  if (/økonomiplan|okonomiplan|øk\.?\s?plan|(?<![a-zæøå])øp(?![a-zæøå])|^ep$/.test(words))
    return "okonomiplan";
  if (/budsjett|budget|^b$|^bud|vedtatt|oppr|revidert|^rev\b|justert|forslag|ramme/.test(words))
    return "budsjett";
  // A bare year («2027», «År 2027», «2027 (1000 kr)»): counted as a budget column.
  if (words.replace(/[^a-zæøå]/g, "") === "") return "budsjett";
  return null;
}

/**
 * One amount column without a year, as line exports name it («Beløp», «beloep» in Stavanger's
 * open data, «Sum», «Budsjett»): its year comes from the title rows or the sheet name.
 */
const AMOUNT_HEADER =
  /^(?:beløp|beloep|belop|budsjettbeløp|budsjett|vedtatt budsjett|opprinnelig budsjett|sum|amount)(?: i (?:hele )?(?:kr|kroner|1000 kr))?$/;

/** The role a header cell gives its column, or null when it is not a budget header. */
export function classifyHeader(cell: CellValue): ColumnRole | null {
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 1950 && cell <= 2199
      ? { kind: "year", year: cell, yearKind: "budsjett" }
      : null;
  }
  if (typeof cell !== "string") return null;
  const text = normaliseHeader(cell);
  if (text === "" || text.length > 80) return null;
  const key = keyRole(text);
  if (key) return key;
  const match = YEAR.exec(text);
  if (!match || match[1] === undefined)
    return AMOUNT_HEADER.test(text.replace(/(\d)[ .](?=000)/g, "$1")) ? { kind: "amount" } : null;
  const year = Number(match[1]);
  const words = normaliseHeader(
    (text.slice(0, match.index) + " " + text.slice(match.index + 4))
      .replace(/(\d)[ .](?=000)/g, "$1")
      .replace(UNIT_WORDS, " ")
      .replace(/[()[\]\-–,/]/g, " "),
  );
  const kind = yearKind(words);
  return kind ? { kind: "year", year, yearKind: kind } : { kind: "other-year", year };
}

/** Whether a text (a header or a title) says amounts are in thousands of kroner. */
export function saysThousands(cell: CellValue): boolean {
  if (typeof cell !== "string") return false;
  const text = normaliseHeader(cell).replace(/(\d)[ .](?=000(?!\d))/g, "$1");
  return (
    /(?<!\d)1000\s*(?:kr|kroner|nok)/.test(text) ||
    /\bi\s*1000(?!\d)/.test(text) ||
    /\(1000\)/.test(text) ||
    /hele\s*tusen/.test(text) ||
    /tusen\s*kr/.test(text) ||
    /\bi\s*tusen\b/.test(text) ||
    /\btkr\b/.test(text) ||
    /\bnok\s*1000(?!\d)/.test(text)
  );
}

/** Text that starts a subtotal or total row («Sum ansvar 3100», «Totalt», «I alt»). */
export function isTotalText(cell: CellValue): boolean {
  if (typeof cell !== "string") return false;
  return /^(?:sum|summer|delsum|totalt?|i alt|samlet|netto driftsresultat)(?![a-zæøå])/.test(
    normaliseHeader(cell),
  );
}

/** The year a title row, sheet or table name names («Budsjett 2016 drift», «stavanger_2016_…»), or null. */
export function yearInTitle(cell: CellValue): number | null {
  if (typeof cell !== "string") return null;
  const match = YEAR.exec(normaliseHeader(cell));
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Whether a header is a year alone («2027», 2027), whose kind may stand in a merged cell above. */
export function isBareYear(cell: CellValue): boolean {
  if (typeof cell === "number") return Number.isInteger(cell);
  return typeof cell === "string" && /^\d{4}$/.test(normaliseHeader(cell));
}
