/**
 * The detector's choice in Norwegian: where the budget is, which columns, which years, the unit
 * and what was skipped («Fant budsjettet på arket «Budsjett 2027», overskrift i rad 4 …»).
 */
import type { MessageParams, MessageRef } from "../model/issue.types";
import { columnLetters } from "../workbook/address";
import type { BudgetCandidate, BudgetSource, KeyDimension, SkipKind } from "./budget.types";
import { skipReason } from "./budget-lines";
import { carriedYears } from "./plan-years";
import { lackParams, lacksText } from "./lacks";

/** «tabellen «Drift» på arket «Ark1», overskrift i rad 4» or «arket «Budsjett», overskrift i rad 4». */
export function describeCandidate(
  c: Pick<BudgetCandidate, "sheet" | "table" | "headerRow">,
): string {
  const place =
    c.table === undefined ? `arket «${c.sheet}»` : `tabellen «${c.table}» på arket «${c.sheet}»`;
  return `${place}, overskrift i rad ${c.headerRow + 1}`;
}

const DIMENSION_WORDS: Record<KeyDimension, string> = {
  ansvar: "ansvar",
  art: "art",
  funksjon: "funksjon",
  prosjekt: "prosjekt",
  tjenesteomrade: "tjenesteområde",
};

/** A line of the explanation in bokmål, with its catalogue key and params for the pane. */
export type Said = { text: string; ref: MessageRef };

const said = (text: string, key: string, params: MessageParams = {}): Said => ({
  text,
  ref: { key, params },
});

/** Where a candidate is, as params: `sheet`, `row` (1-based) and `table` when in one. */
function placeParams(c: Pick<BudgetCandidate, "sheet" | "table" | "headerRow">): MessageParams {
  const params: MessageParams = { sheet: c.sheet, row: c.headerRow + 1 };
  if (c.table !== undefined) params.table = c.table;
  return params;
}

/** «J» or «J («Budsjett 2027»)»: a column letter with its header, the same in every language. */
function headerAt(candidate: BudgetCandidate, col: number): string {
  const header = candidate.columns.find((c) => c.col === col)?.header ?? "";
  return header === "" ? columnLetters(col) : `${columnLetters(col)} («${header}»)`;
}

/** Norwegian lines explaining a chosen candidate and its source. */
export function explainSource(candidate: BudgetCandidate, source: BudgetSource): string[] {
  return sourceLines(candidate, source).map((line) => line.text);
}

/** The lines of `explainSource`, each with its catalogue key and params. */
export function sourceLines(candidate: BudgetCandidate, source: BudgetSource): Said[] {
  const lines = [
    said(
      `Fant budsjettet i ${describeCandidate(candidate)}.`,
      "BUDGET_FOUND_AT",
      placeParams(candidate),
    ),
  ];
  const keyColumns = Object.entries(source.keyColumns) as [KeyDimension, number][];
  const keys = keyColumns.map(([d, col]) => `${DIMENSION_WORDS[d]} i ${headerAt(candidate, col)}`);
  // `columns`: «dimension|column» pairs joined by «;», for the catalogues to join in their words.
  lines.push(
    said(`Nøkkelkolonner: ${keys.join(", ")}.`, "BUDGET_KEY_COLUMNS", {
      columns: keyColumns.map(([d, col]) => `${d}|${headerAt(candidate, col)}`).join(";"),
    }),
  );
  if (source.keyColumns.prosjekt === undefined)
    lines.push(
      said(
        "Budsjettet har ingen prosjektkolonne; koblinger ser bort fra prosjekt.",
        "BUDGET_NO_PROSJEKT",
      ),
    );
  const nameColumns = Object.entries(source.nameColumns) as [KeyDimension, number][];
  const names = nameColumns.map(([d, col]) => `${DIMENSION_WORDS[d]} i ${columnLetters(col)}`);
  if (names.length > 0)
    lines.push(
      said(`Navnekolonner: ${names.join(", ")}.`, "BUDGET_NAME_COLUMNS", {
        columns: nameColumns.map(([d, col]) => `${d}|${columnLetters(col)}`).join(";"),
      }),
    );
  lines.push(...planYearLines(candidate, source));
  const reference = source.yearColumns.filter((y) => !source.planColumns.includes(y.col));
  if (reference.length > 0) {
    const headers = reference.map((y) => `«${y.header}»`).join(", ");
    lines.push(
      said(`Til referanse (endres aldri): ${headers}.`, "BUDGET_REFERENCE_COLUMNS", { headers }),
    );
  }
  lines.push(
    source.unit === 1000
      ? said("Beløpene står i 1 000 kr; Gevinst regner dem om til kroner.", "BUDGET_IN_THOUSANDS")
      : said("Beløpene står i hele kroner.", "BUDGET_IN_KRONER"),
  );
  return lines;
}

/** Where the plan years B..B+3 are, and which are carried forward from B (spec §4). */
function planYearLines(candidate: BudgetCandidate, source: BudgetSource): Said[] {
  const first = source.yearColumns.find((y) => y.col === source.planColumns[0]);
  if (!first) return [];
  const b = first.year;
  const carried = carriedYears(source);
  if (!carried.some(Boolean)) {
    const plan = source.planColumns.map((col) => headerAt(candidate, col)).join(", ");
    return [
      said(`Budsjettår ${b}; planårene ${b}–${b + 3} står i ${plan}.`, "BUDGET_PLAN_YEARS", {
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
    said(
      `Budsjettår ${b}: ${own.map((o) => `${o.year} i ${o.column}`).join(", ")}.`,
      "BUDGET_OWN_YEARS",
      { year: b, columns: own.map((o) => `${o.year}|${o.column}`).join(";") },
    ),
    said(
      `Videreført (ingen egen kolonne, samme beløp som ${b}): ${years.join(", ")}.`,
      "BUDGET_CARRIED_YEARS",
      { year: b, years: years.join(", ") },
    ),
  ];
}

/** «1 234 budsjettlinjer; hoppet over 12 sumrader og 3 tomme rader.» */
export function explainCounts(lineCount: number, counts: Record<SkipKind, number>): string {
  return countsLine(lineCount, counts).text;
}

/** `explainCounts` with its catalogue key; `skipped` holds «kind|count» pairs joined by «;». */
export function countsLine(lineCount: number, counts: Record<SkipKind, number>): Said {
  const skipped = (Object.entries(counts) as [SkipKind, number][]).filter(([, n]) => n > 0);
  const parts = skipped.map(([kind, n]) => `${n} × ${skipReason(kind).toLowerCase()}`);
  const lines = `${formatCount(lineCount)} budsjettlinjer`;
  return said(
    parts.length === 0 ? `${lines}.` : `${lines}; hoppet over ${parts.join(", ")}.`,
    "BUDGET_LINE_COUNT",
    { lines: lineCount, skipped: skipped.map(([kind, n]) => `${kind}|${n}`).join(";") },
  );
}

/** An integer with a space as thousands separator («12 345»), as in Norwegian text. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Why other candidates were not chosen, one line each (the three best). */
export function explainOthers(others: readonly BudgetCandidate[]): string[] {
  return otherLines(others).map((line) => line.text);
}

/** `explainOthers` with catalogue keys; what a candidate lacks goes as `lackParams`. */
export function otherLines(others: readonly BudgetCandidate[]): Said[] {
  return others
    .slice(0, 3)
    .map((c) =>
      c.viable
        ? said(
            `Også mulig: ${describeCandidate(c)} (${formatCount(c.lineCount)} linjer, lavere poeng).`,
            "BUDGET_ALSO_POSSIBLE",
            { ...placeParams(c), lines: c.lineCount },
          )
        : said(
            `Ikke valgt: ${describeCandidate(c)} mangler ${lacksText(c.missing)}.`,
            "BUDGET_NOT_CHOSEN",
            { ...placeParams(c), ...lackParams("missing", c.missing) },
          ),
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

/** The one-sentence message when nothing looks like a budget. */
export function notFoundMessage(candidates: readonly BudgetCandidate[], sheet?: string): string {
  const where = sheet === undefined ? "i arbeidsboka" : `på arket «${sheet}»`;
  const base =
    `Fant ikke noe budsjett ${where}. Gevinst ser etter en overskriftsrad med minst én nøkkelkolonne ` +
    `– ansvar (eller avdeling), art (konto), funksjon (tjeneste) eller prosjekt – og en ` +
    `beløpskolonne for budsjettåret.`;
  const nearest = candidates[0];
  return nearest === undefined
    ? base
    : `${base} Nærmest var ${describeCandidate(nearest)}, men der mangler ${lacksText(nearest.missing)}.`;
}
