/**
 * The detector's choice in Norwegian: where the budget is, which columns, which years, the unit
 * and what was skipped («Fant budsjettet på arket «Budsjett 2027», overskrift i rad 4 …»).
 */
import type { MessageParams, MessageRef } from "../model/issue.types";
import { columnLetters } from "../workbook/address";
import type { BudgetCandidate, BudgetSource, KeyDimension, SkipKind } from "./budget.types";
import { skipReason } from "./budget-lines";
import { carriedYears } from "./plan-years";

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
};

function headerAt(candidate: BudgetCandidate, col: number): string {
  const header = candidate.columns.find((c) => c.col === col)?.header ?? "";
  return header === "" ? columnLetters(col) : `${columnLetters(col)} («${header}»)`;
}

/** Norwegian lines explaining a chosen candidate and its source. */
export function explainSource(candidate: BudgetCandidate, source: BudgetSource): string[] {
  const lines = [`Fant budsjettet i ${describeCandidate(candidate)}.`];
  const keys = (Object.entries(source.keyColumns) as [KeyDimension, number][]).map(
    ([d, col]) => `${DIMENSION_WORDS[d]} i ${headerAt(candidate, col)}`,
  );
  lines.push(`Nøkkelkolonner: ${keys.join(", ")}.`);
  if (source.keyColumns.prosjekt === undefined)
    lines.push("Budsjettet har ingen prosjektkolonne; koblinger ser bort fra prosjekt.");
  const names = (Object.entries(source.nameColumns) as [KeyDimension, number][]).map(
    ([d, col]) => `${DIMENSION_WORDS[d]} i ${columnLetters(col)}`,
  );
  if (names.length > 0) lines.push(`Navnekolonner: ${names.join(", ")}.`);
  lines.push(...explainPlanYears(candidate, source));
  const reference = source.yearColumns.filter((y) => !source.planColumns.includes(y.col));
  if (reference.length > 0)
    lines.push(
      `Til referanse (endres aldri): ${reference.map((y) => `«${y.header}»`).join(", ")}.`,
    );
  lines.push(
    source.unit === 1000
      ? "Beløpene står i 1 000 kr; Gevinst regner dem om til kroner."
      : "Beløpene står i hele kroner.",
  );
  return lines;
}

/** Where the plan years B..B+3 are, and which are carried forward from B (spec §4). */
function explainPlanYears(candidate: BudgetCandidate, source: BudgetSource): string[] {
  const first = source.yearColumns.find((y) => y.col === source.planColumns[0]);
  if (!first) return [];
  const b = first.year;
  const carried = carriedYears(source);
  if (!carried.some(Boolean)) {
    const plan = source.planColumns.map((col) => headerAt(candidate, col));
    return [`Budsjettår ${b}; planårene ${b}–${b + 3} står i ${plan.join(", ")}.`];
  }
  const own = source.planColumns
    .map((col, i) => (carried[i] ? "" : `${b + i} i ${headerAt(candidate, col)}`))
    .filter((x) => x !== "");
  const years = carried.flatMap((c, i) => (c ? [String(b + i)] : []));
  return [
    `Budsjettår ${b}: ${own.join(", ")}.`,
    `Videreført (ingen egen kolonne, samme beløp som ${b}): ${years.join(", ")}.`,
  ];
}

/** «1 234 budsjettlinjer; hoppet over 12 sumrader og 3 tomme rader.» */
export function explainCounts(lineCount: number, counts: Record<SkipKind, number>): string {
  const parts = (Object.entries(counts) as [SkipKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} × ${skipReason(kind).toLowerCase()}`);
  const lines = `${formatCount(lineCount)} budsjettlinjer`;
  return parts.length === 0 ? `${lines}.` : `${lines}; hoppet over ${parts.join(", ")}.`;
}

/** An integer with a space as thousands separator («12 345»), as in Norwegian text. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Why other candidates were not chosen, one line each (the three best). */
export function explainOthers(others: readonly BudgetCandidate[]): string[] {
  return others
    .slice(0, 3)
    .map((c) =>
      c.viable
        ? `Også mulig: ${describeCandidate(c)} (${formatCount(c.lineCount)} linjer, lavere poeng).`
        : `Ikke valgt: ${describeCandidate(c)} mangler ${c.missing.join(" og ")}.`,
    );
}

/**
 * The not-found message as a catalogue key and params. What the nearest candidate lacks
 * (`nearMissing`) is bokmål detection text; the nn and en catalogues leave it out.
 */
export function notFoundRef(candidates: readonly BudgetCandidate[], sheet?: string): MessageRef {
  const params: MessageParams = sheet === undefined ? {} : { sheet };
  const nearest = candidates[0];
  if (nearest !== undefined) {
    params.nearSheet = nearest.sheet;
    params.nearRow = nearest.headerRow + 1;
    params.nearMissing = nearest.missing.join(" og ");
    if (nearest.table !== undefined) params.nearTable = nearest.table;
  }
  return { key: "BUDGET_NOT_DETECTED", params };
}

/** The one-sentence message when nothing looks like a budget. */
export function notFoundMessage(candidates: readonly BudgetCandidate[], sheet?: string): string {
  const where = sheet === undefined ? "i arbeidsboka" : `på arket «${sheet}»`;
  const base =
    `Fant ikke noe budsjett ${where}. Gevinst ser etter en overskriftsrad med minst to av ansvar, ` +
    `art (konto), funksjon (tjeneste) og prosjekt – art eller funksjon blant dem – og en ` +
    `beløpskolonne for budsjettåret.`;
  const nearest = candidates[0];
  return nearest === undefined
    ? base
    : `${base} Nærmest var ${describeCandidate(nearest)}, men der mangler ${nearest.missing.join(" og ")}.`;
}
