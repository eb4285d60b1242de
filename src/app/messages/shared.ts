/**
 * What the message catalogues share: the shape of a catalogue and the helpers that write the
 * entities, raw values and percentages an issue names, each with a language's own words.
 */
import { lacksIn, type LackKey } from "../../core/budget/lacks";
import type { MessageParams } from "../../core/model/issue.types";
import type { WorkbookErrorReason } from "../../core/workbook/workbook-port";

export type MessageLanguage = "nb" | "nn" | "en";

export type Render = (p: MessageParams) => string;

/** The words an issue names its entities with («Tiltak T1 «Navn», gevinst T1-G1»). */
export type EntityWords = {
  /** When the issue is about the portfolio as a whole. */
  portfolio: string;
  deepDive: string;
  measure: string;
  benefit: string;
  indicator: string;
  /** After the kind when the id is empty: «Tiltak uten id». */
  noId: string;
};

/** How an empty or unshowable raw value is written (`shownParams` in the core). */
export type ShownWords = Record<"null" | "undefined" | "unshowable", string>;

export type MessageCatalogue<Key extends string = string> = {
  /** Issues, errors and summaries by catalogue key. */
  messages: Record<Key, Render>;
  /** What each platform failure means, with what to do: the one table for every reason. */
  workbookErrors: Record<WorkbookErrorReason, string>;
};

/** A sentence part with its first letter capitalised («sumrad» → «Sumrad»). */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A param as text ("" when absent). */
export const text = (p: MessageParams, key: string): string => String(p[key] ?? "");

function named(kind: string, id: string, name: string, words: EntityWords): string {
  const label = id === "" ? `${kind} ${words.noId}` : `${kind} ${id}`;
  return name.trim() !== "" ? `${label} «${name.trim()}»` : label;
}

/** The entities in `whoParams` (core issue-factory) in `words`. */
export function who(p: MessageParams, words: EntityWords): string {
  const entity = (prefix: string, kind: string) =>
    named(kind, text(p, prefix), text(p, `${prefix}Name`), words);
  if (p.dd !== undefined) return entity("dd", words.deepDive);
  if (p.m === undefined) return words.portfolio;
  let label = entity("m", words.measure);
  if (p.b !== undefined) label += `, ${entity("b", words.benefit)}`;
  if (p.i !== undefined) label += `, ${entity("i", words.indicator)}`;
  return label;
}

/** A raw value as `shownParams` (core issue-factory) gave it. */
export function shown(p: MessageParams, words: ShownWords): string {
  if (p.shown !== undefined) return String(p.shown);
  const kind = text(p, "shownKind");
  return kind in words ? words[kind as keyof ShownWords] : "";
}

/** A fraction as a percentage in the language's number form («90 %», «12,5 %»). */
export function percent(share: string | number | undefined, language: MessageLanguage): string {
  const value = typeof share === "number" ? share : Number(share);
  if (!Number.isFinite(value)) return String(share ?? "");
  const locale = language === "en" ? "en-GB" : "nb-NO";
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100)} %`;
}

/** The years of a LINE_OVERDRAWN issue with what is taken and what the line holds. */
export function overdrawnYears(
  p: MessageParams,
): { year: string; withdrawn: string; original: string }[] {
  return text(p, "years")
    .split(",")
    .filter((year) => year !== "")
    .map((year) => ({
      year,
      withdrawn: text(p, `withdrawn.${year}`),
      original: text(p, `original.${year}`),
    }));
}

/** A platform failure by its `reason` param, from a language's table. */
export function workbookError(
  table: Record<WorkbookErrorReason, string>,
  p: MessageParams,
): string {
  const reason = text(p, "reason") as WorkbookErrorReason;
  return table[reason] ?? table.unknown;
}

/** The `moves` of MAPPING_MOVED («art D → E, planår 1 J → K»), plan years named by `plan`. */
export function columnMoves(p: MessageParams, plan: (n: string) => string): string {
  return text(p, "moves")
    .split(";")
    .filter((move) => move !== "")
    .map((move) => {
      const [what = "", from = "", to = ""] = move.split("|");
      const name = what.startsWith("plan") ? plan(what.slice(4)) : what;
      return `${name} ${from} → ${to}`;
    })
    .join(", ");
}

/** The open years of PRIORITY_GAP_OPEN, each written by `one` with its gap in kroner. */
export function yearGaps(p: MessageParams, one: (year: string, gap: string) => string): string {
  return text(p, "years")
    .split(",")
    .filter((year) => year !== "")
    .map((year) => one(year, text(p, `gap.${year}`)))
    .join(", ");
}

/** «a|b;c|d» as pairs: the lists a core explanation passes (dimension and column, kind and count). */
export function pairs(p: MessageParams, key: string): [string, string][] {
  return text(p, key)
    .split(";")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const [a = "", b = ""] = pair.split("|");
      return [a, b];
    });
}

/** How a language writes where a budget candidate is. */
export type PlaceWords = {
  sheet: (sheet: string) => string;
  table: (table: string, sheet: string) => string;
  row: (row: string) => string;
};

/** «arket «Budsjett», overskrift i rad 4» from the params `sheet`, `table`, `row`. */
export function place(p: MessageParams, words: PlaceWords): string {
  const where =
    p.table === undefined
      ? words.sheet(text(p, "sheet"))
      : words.table(text(p, "table"), text(p, "sheet"));
  return `${where}, ${words.row(text(p, "row"))}`;
}

/** The message nested in `p` (`inner` key, `inner.<name>` params), or the bare key. */
export function innerMessage(p: MessageParams, messages: Record<string, Render>): string {
  const render = messages[text(p, "inner")];
  if (!render) return text(p, "inner");
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(p))
    if (name.startsWith("inner.")) params[name.slice("inner.".length)] = value;
  return render(params);
}

/** What each lack is called in a language. */
export type LackWords = Record<LackKey, (p: MessageParams) => string>;

/** The lacks under `prefix` in a language's words, joined with its «and». */
export function sayLacks(p: MessageParams, prefix: string, words: LackWords, and: string): string {
  return lacksIn(p, prefix)
    .map((l) => words[l.key](l.params))
    .join(` ${and} `);
}

/** An integer with a space as thousands separator («12 345»), as in Norwegian text. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
