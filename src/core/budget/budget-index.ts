/**
 * The budget index: exact key lookup by the spec's matching rules (spec §4), search by code or
 * name for the linking picker, totals per ansvar or tjenesteområde, and the plan-year sum.
 */
import type { BudgetKey, NormalisedKey } from "../model/portfolio.types";
import {
  KEY_DIMENSIONS,
  type BudgetLine,
  type BudgetMapping,
  type KeyDimension,
} from "./budget.types";

type Amounts = [number, number, number, number];

/** A code found by `search`, e.g. ansvar «3100 Hjemmetjenesten». */
export type BudgetSearchHit = {
  dimension: KeyDimension;
  code: string;
  /** The name from the budget's name column, or "". */
  name: string;
  /** «3100 Hjemmetjenesten», or the code alone without a name. */
  label: string;
  /** Lines with this code. */
  lineCount: number;
};

/** Sum of the plan years (kroner, B..B+3) over a group of lines. */
export type BudgetTotal = { code: string; name: string; amounts: Amounts; lineCount: number };

export type BudgetIndex = {
  /** One line per key: rows that share a key are summed into one line (spec §4, `rowCount`). */
  readonly lines: readonly BudgetLine[];
  /** Whether keys are matched on prosjekt (the budget has a prosjekt column). */
  readonly hasProsjekt: boolean;
  /** Whether keys are matched on tjenesteomrade (the budget has such a column, spec §13). */
  readonly hasTjenesteomrade: boolean;
  /**
   * The lines a key names (spec §4): codes compared as trimmed text (254 = "254"), prosjekt
   * omitted or "" means «no project», and ignored when the budget has no prosjekt column.
   * Tjenesteomrade (§13) is ignored when the budget has none; a key that leaves it out of a
   * budget that has it names every line with the rest of its key (one: found; several: the
   * caller's LINK_AMBIGUOUS), since a tjenesteområde groups lines rather than telling them apart.
   */
  findLines(key: BudgetKey): BudgetLine[];
  /**
   * Codes whose code or name matches `text` (case-insensitive): exact code first, then code
   * prefix, «code name» prefix, a name word's prefix and finally any part of the name.
   * @param limit the most hits returned (default 20).
   */
  search(text: string, dimension?: KeyDimension, limit?: number): BudgetSearchHit[];
  /**
   * Plan-year totals (kroner) grouped by a dimension's code, or by its first `prefixLength`
   * characters: `totalsBy("funksjon", 1)` gives tjenesteområder by KOSTRA main group (1xx, 2xx, 3xx).
   */
  totalsBy(dimension: KeyDimension, prefixLength?: number): BudgetTotal[];
  /** Totals per ansvar. */
  totalsByAnsvar(): BudgetTotal[];
  /** Σ of all lines per plan year B..B+3 (kroner). */
  planTotal(): Amounts;
};

const DIMENSIONS: readonly KeyDimension[] = KEY_DIMENSIONS;
const collator = new Intl.Collator("nb", { numeric: true });

/** Whether any source of the mapping has a prosjekt column. */
export function mappingHasProsjekt(mapping: BudgetMapping): boolean {
  return mapping.sources.some((s) => s.keyColumns.prosjekt !== undefined);
}

/** Whether any source of the mapping has a tjenesteområde column (spec §13). */
export function mappingHasTjenesteomrade(mapping: BudgetMapping): boolean {
  return mapping.sources.some((s) => s.keyColumns.tjenesteomrade !== undefined);
}

/** The index options that follow a mapping: which optional dimensions keys are matched on. */
export function indexOptionsOf(mapping: BudgetMapping): IndexOptions {
  return {
    hasProsjekt: mappingHasProsjekt(mapping),
    hasTjenesteomrade: mappingHasTjenesteomrade(mapping),
  };
}

/** Which optional dimensions keys are matched on; each defaults to whether any line has it. */
export type IndexOptions = { hasProsjekt?: boolean; hasTjenesteomrade?: boolean };

function code(value: string | number | undefined): string {
  return value === undefined || value === null ? "" : String(value).trim();
}

/**
 * The key text rows are grouped by: codes trimmed, prosjekt only when the budget has it, and
 * tjenesteomrade likewise (after a «#», so the two never mix).
 */
export function keyIdOf(hasProsjekt: boolean, hasTjenesteomrade = false): (k: BudgetKey) => string {
  return (k) =>
    `${code(k.ansvar)}|${code(k.art)}|${code(k.funksjon)}` +
    (hasProsjekt ? `|${code(k.prosjekt)}` : "") +
    (hasTjenesteomrade ? `#${code(k.tjenesteomrade)}` : "");
}

/** keyIdOf for keys read from the budget (trimmed text already): the same text, cheaper. */
export function lineKeyIdOf(
  hasProsjekt: boolean,
  hasTjenesteomrade = false,
): (k: NormalisedKey) => string {
  if (hasTjenesteomrade)
    return hasProsjekt
      ? (k) => `${k.ansvar}|${k.art}|${k.funksjon}|${k.prosjekt}#${k.tjenesteomrade ?? ""}`
      : (k) => `${k.ansvar}|${k.art}|${k.funksjon}#${k.tjenesteomrade ?? ""}`;
  return hasProsjekt
    ? (k) => `${k.ansvar}|${k.art}|${k.funksjon}|${k.prosjekt}`
    : (k) => `${k.ansvar}|${k.art}|${k.funksjon}`;
}

/**
 * Rows that share a key as one line each (spec §4): the first row's line with the amounts of all
 * summed and `rowCount` set. The rows given are not changed (a line is copied when a second row
 * with its key arrives, which is rare), so most lines are the rows themselves.
 */
export function mergeSharedKeys(
  rows: readonly BudgetLine[],
  idOf: (k: NormalisedKey) => string,
): { lines: BudgetLine[]; position: Map<string, number> } {
  const lines: BudgetLine[] = [];
  const position = new Map<string, number>();
  const copied = new Set<number>();
  for (const row of rows) {
    const id = idOf(row.key);
    const at = position.get(id);
    if (at === undefined) {
      position.set(id, lines.length);
      lines.push(row);
      continue;
    }
    let line = lines[at] as BudgetLine;
    if (!copied.has(at)) {
      line = {
        ...line,
        amounts: [...line.amounts],
        rowCount: 1,
        ...(line.actuals ? { actuals: { ...line.actuals } } : {}),
      };
      lines[at] = line;
      copied.add(at);
    }
    for (let i = 0; i < 4; i++) line.amounts[i] = (line.amounts[i] ?? 0) + (row.amounts[i] ?? 0);
    line.rowCount = (line.rowCount ?? 1) + 1;
    // The accounts (spec §12) are summed the same way.
    if (row.actuals) {
      const actuals = line.actuals ?? {};
      for (const [year, amount] of Object.entries(row.actuals))
        actuals[year] = (actuals[year] ?? 0) + amount;
      line.actuals = actuals;
    }
  }
  return { lines, position };
}

/**
 * An index over budget lines; building it is linear in the lines. Rows that share a key (real
 * exports split a key over a free dimension) become one line with their amounts summed and
 * `rowCount` rows; it stands where the first of them stands.
 * @param options.hasProsjekt defaults to whether any line has a prosjekt code, and
 * `hasTjenesteomrade` to whether any has a tjenesteomrade; pass `indexOptionsOf(mapping)` to
 * follow the mapping. A key's tjenesteomrade is ignored when the budget has none, as prosjekt is.
 */
export function createBudgetIndex(
  rows: readonly BudgetLine[],
  options: IndexOptions = {},
): BudgetIndex {
  const hasProsjekt = options.hasProsjekt ?? rows.some((l) => l.key.prosjekt !== "");
  const hasTjenesteomrade =
    options.hasTjenesteomrade ?? rows.some((l) => (l.key.tjenesteomrade ?? "") !== "");
  // Keys arrive from portfolio files and sheets where a code may still be a number (254).
  const idOf = keyIdOf(hasProsjekt, hasTjenesteomrade);
  // Lines read from the budget hold trimmed text codes already: no trimming per line here.
  const { lines, position } = mergeSharedKeys(rows, lineKeyIdOf(hasProsjekt, hasTjenesteomrade));
  // Keys without a tjenesteomrade, on a budget with one: the lines by the rest of the key, built
  // on the first such lookup.
  const restIdOf = keyIdOf(hasProsjekt);
  const restLineIdOf = lineKeyIdOf(hasProsjekt);
  let rest: Map<string, number[]> | undefined;
  const withoutArea = (): Map<string, number[]> => {
    if (rest) return rest;
    rest = new Map();
    lines.forEach((line, i) => {
      const id = restLineIdOf(line.key);
      const list = rest?.get(id);
      if (list) list.push(i);
      else rest?.set(id, [i]);
    });
    return rest;
  };
  const codes = new Map<KeyDimension, Map<string, { name: string; count: number }>>(
    DIMENSIONS.map((d) => [d, new Map()]),
  );
  for (const line of lines) {
    for (const d of DIMENSIONS) {
      const c = line.key[d];
      if (c === undefined || c === "") continue;
      const seen = codes.get(d) as Map<string, { name: string; count: number }>;
      const entry = seen.get(c);
      const name = line.names[d] ?? "";
      if (entry) {
        entry.count++;
        if (entry.name === "" && name !== "") entry.name = name;
      } else seen.set(c, { name, count: 1 });
    }
  }

  const totalsBy = (dimension: KeyDimension, prefixLength?: number): BudgetTotal[] => {
    const groups = new Map<string, BudgetTotal>();
    for (const line of lines) {
      const full = line.key[dimension] ?? "";
      const group = prefixLength === undefined ? full : full.slice(0, prefixLength);
      let total = groups.get(group);
      if (!total) {
        const name =
          prefixLength === undefined ? (codes.get(dimension)?.get(full)?.name ?? "") : "";
        total = { code: group, name, amounts: [0, 0, 0, 0], lineCount: 0 };
        groups.set(group, total);
      }
      for (let i = 0; i < 4; i++)
        total.amounts[i] = (total.amounts[i] ?? 0) + (line.amounts[i] ?? 0);
      total.lineCount++;
    }
    return [...groups.values()].sort((a, b) => collator.compare(a.code, b.code));
  };

  return {
    lines,
    hasProsjekt,
    hasTjenesteomrade,
    findLines: (key) => {
      if (hasTjenesteomrade && code(key.tjenesteomrade) === "") {
        const at = withoutArea().get(restIdOf(key));
        return at === undefined ? [] : at.map((i) => lines[i] as BudgetLine);
      }
      const at = position.get(idOf(key));
      return at === undefined ? [] : [lines[at] as BudgetLine];
    },
    search: (text, dimension, limit = 20) => search(codes, text, dimension, limit),
    totalsBy,
    totalsByAnsvar: () => totalsBy("ansvar"),
    planTotal: () => {
      const sum: Amounts = [0, 0, 0, 0];
      for (const line of lines)
        for (let i = 0; i < 4; i++) sum[i] = (sum[i] ?? 0) + (line.amounts[i] ?? 0);
      return sum;
    },
  };
}

function search(
  codes: Map<KeyDimension, Map<string, { name: string; count: number }>>,
  text: string,
  dimension: KeyDimension | undefined,
  limit: number,
): BudgetSearchHit[] {
  const query = text.trim().toLowerCase().replace(/\s+/g, " ");
  const hits: (BudgetSearchHit & { rank: number })[] = [];
  for (const d of dimension === undefined ? DIMENSIONS : [dimension]) {
    for (const [c, { name, count }] of codes.get(d) ?? []) {
      const label = name === "" ? c : `${c} ${name}`;
      const rank = matchRank(query, c.toLowerCase(), name.toLowerCase(), label.toLowerCase());
      if (rank !== null) hits.push({ dimension: d, code: c, name, label, lineCount: count, rank });
    }
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
      collator.compare(a.code, b.code),
  );
  return hits.slice(0, limit).map(({ rank: _rank, ...hit }) => hit);
}

/** 0 exact code … 4 name contains; null for no match. An empty query matches everything. */
function matchRank(query: string, code: string, name: string, label: string): number | null {
  if (query === "") return 5;
  if (code === query) return 0;
  if (code.startsWith(query)) return 1;
  if (label.startsWith(query)) return 2;
  if (name.split(/[\s\-/]+/).some((word) => word.startsWith(query))) return 3;
  if (name.includes(query)) return 4;
  return null;
}
