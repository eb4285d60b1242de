/**
 * The detector's choice as catalogue keys and params: where the budget is, which columns, which
 * years, the unit and what was skipped (the catalogues write «Fant budsjettet på arket «Budsjett
 * 2027», overskrift i rad 4 …»).
 */
import type { MessageParams, MessageRef } from "../model/issue.types";
import { columnLetters } from "../workbook/address";
import type { BudgetCandidate, BudgetSource, KeyDimension, SkipKind } from "./budget.types";
import { carriedYears } from "./plan-years";
import { lackParams } from "./lacks";

const said = (key: string, params: MessageParams = {}): MessageRef => ({ key, params });

/** Where a candidate is, as params: `sheet`, `row` (1-based) and `table` when in one. */
function placeParams(c: Pick<BudgetCandidate, "sheet" | "table" | "headerRow">): MessageParams {
  const params: MessageParams = { sheet: c.sheet, row: c.headerRow + 1 };
  if (c.table !== undefined) params.table = c.table;
  return params;
}

/** Where a candidate is («Arket «Budsjett», overskrift i rad 4»), to choose it by. */
export function candidatePlace(
  c: Pick<BudgetCandidate, "sheet" | "table" | "headerRow">,
): MessageRef {
  return said("CANDIDATE_AT", placeParams(c));
}

/** «J» or «J («Budsjett 2027»)»: a column letter with its header, the same in every language. */
function headerAt(candidate: BudgetCandidate, col: number): string {
  const header = candidate.columns.find((c) => c.col === col)?.header ?? "";
  return header === "" ? columnLetters(col) : `${columnLetters(col)} («${header}»)`;
}

/** The lines explaining a chosen candidate and its source. */
export function sourceLines(candidate: BudgetCandidate, source: BudgetSource): MessageRef[] {
  const lines = [said("BUDGET_FOUND_AT", placeParams(candidate))];
  const keyColumns = Object.entries(source.keyColumns) as [KeyDimension, number][];
  // `columns`: «dimension|column» pairs joined by «;», for the catalogues to join in their words.
  lines.push(
    said("BUDGET_KEY_COLUMNS", {
      columns: keyColumns.map(([d, col]) => `${d}|${headerAt(candidate, col)}`).join(";"),
    }),
  );
  if (source.keyColumns.prosjekt === undefined) lines.push(said("BUDGET_NO_PROSJEKT"));
  const nameColumns = Object.entries(source.nameColumns) as [KeyDimension, number][];
  if (nameColumns.length > 0)
    lines.push(
      said("BUDGET_NAME_COLUMNS", {
        columns: nameColumns.map(([d, col]) => `${d}|${columnLetters(col)}`).join(";"),
      }),
    );
  lines.push(...planYearLines(candidate, source));
  const reference = source.yearColumns.filter((y) => !source.planColumns.includes(y.col));
  if (reference.length > 0) {
    const headers = reference.map((y) => `«${y.header}»`).join(", ");
    lines.push(said("BUDGET_REFERENCE_COLUMNS", { headers }));
  }
  lines.push(source.unit === 1000 ? said("BUDGET_IN_THOUSANDS") : said("BUDGET_IN_KRONER"));
  return lines;
}

/** Where the plan years B..B+3 are, and which are carried forward from B (spec §4). */
function planYearLines(candidate: BudgetCandidate, source: BudgetSource): MessageRef[] {
  const first = source.yearColumns.find((y) => y.col === source.planColumns[0]);
  if (!first) return [];
  const b = first.year;
  const carried = carriedYears(source);
  if (!carried.some(Boolean)) {
    const plan = source.planColumns.map((col) => headerAt(candidate, col)).join(", ");
    return [
      said("BUDGET_PLAN_YEARS", {
        year: b,
        last: b + 3,
        columns: plan,
      }),
    ];
  }
  const own = source.planColumns.flatMap((col, i) =>
    carried[i] ? [] : [{ year: b + i, column: headerAt(candidate, col) }],
  );
  const years = carried.flatMap((c, i) => (c ? [String(b + i)] : []));
  return [
    said("BUDGET_OWN_YEARS", {
      year: b,
      columns: own.map((o) => `${o.year}|${o.column}`).join(";"),
    }),
    said("BUDGET_CARRIED_YEARS", { year: b, years: years.join(", ") }),
  ];
}

/** «1 234 budsjettlinjer; hoppet over …»: `skipped` holds «kind|count» pairs joined by «;». */
export function countsLine(lineCount: number, counts: Record<SkipKind, number>): MessageRef {
  const skipped = (Object.entries(counts) as [SkipKind, number][]).filter(([, n]) => n > 0);
  return said("BUDGET_LINE_COUNT", {
    lines: lineCount,
    skipped: skipped.map(([kind, n]) => `${kind}|${n}`).join(";"),
  });
}

/** Why other candidates were not chosen, one line each (the three best); what a candidate lacks goes as `lackParams`. */
export function otherLines(others: readonly BudgetCandidate[]): MessageRef[] {
  return others
    .slice(0, 3)
    .map((c) =>
      c.viable
        ? said("BUDGET_ALSO_POSSIBLE", { ...placeParams(c), lines: c.lineCount })
        : said("BUDGET_NOT_CHOSEN", { ...placeParams(c), ...lackParams("missing", c.missing) }),
    );
}

/** The not-found message as a catalogue key and params. */
export function notFoundRef(candidates: readonly BudgetCandidate[], sheet?: string): MessageRef {
  const params: MessageParams = sheet === undefined ? {} : { sheet };
  const nearest = candidates[0];
  if (nearest !== undefined) {
    params.nearSheet = nearest.sheet;
    params.nearRow = nearest.headerRow + 1;
    if (nearest.table !== undefined) params.nearTable = nearest.table;
    Object.assign(params, lackParams("nearMissing", nearest.missing));
  }
  return { key: "BUDGET_NOT_DETECTED", params };
}
