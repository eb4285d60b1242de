/**
 * Finding budget lines by what people remember: codes or names of ansvar, art and funksjon, in
 * any order («3100 lønn», «hjemme 254»). Every word must match a code's start or a name's part.
 */
import type { BudgetLine } from "../../core/budget/budget.types";

export function lineLabel(line: BudgetLine): string {
  const part = (code: string, name: string | undefined) => (name ? `${code} ${name}` : code);
  return [
    part(line.key.ansvar, line.names.ansvar),
    part(line.key.art, line.names.art),
    part(line.key.funksjon, line.names.funksjon),
    ...(line.key.prosjekt ? [part(line.key.prosjekt, line.names.prosjekt)] : []),
  ].join(" · ");
}

/** The first `limit` lines matching every word of `text`; none for blank text. */
export function searchLines(lines: readonly BudgetLine[], text: string, limit = 15): BudgetLine[] {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [];
  const hits: BudgetLine[] = [];
  for (const line of lines) {
    const codes = [line.key.ansvar, line.key.art, line.key.funksjon, line.key.prosjekt].map((c) =>
      c.toLowerCase(),
    );
    const names = Object.values(line.names).map((n) => (n ?? "").toLowerCase());
    const matches = words.every(
      (w) => codes.some((c) => c.startsWith(w)) || names.some((n) => n.includes(w)),
    );
    if (matches) hits.push(line);
    if (hits.length >= limit) break;
  }
  return hits;
}
