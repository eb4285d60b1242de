/** Pure helpers for the mapping editor: options and edits on a draft mapping. */
import { choosePlanYears } from "../../core/budget/plan-years";
import type {
  BudgetCandidate,
  BudgetMapping,
  BudgetSource,
  KeyDimension,
} from "../../core/budget/budget.types";

export function sameCandidate(candidate: BudgetCandidate, source: BudgetSource): boolean {
  return (
    candidate.sheet === source.sheet &&
    candidate.table === source.table &&
    candidate.headerRow === source.headerRow
  );
}

/** The candidates that can give a source, the current one first if it is not among them. */
export function usableCandidates(candidates: readonly BudgetCandidate[]): BudgetCandidate[] {
  return candidates.filter((c) => c.source !== undefined);
}

/** The draft with its first source replaced (other combined sources are kept). */
export function withSource(
  mapping: BudgetMapping,
  source: BudgetSource,
  budgetYear?: number,
): BudgetMapping {
  return {
    budgetYear: budgetYear ?? mapping.budgetYear,
    sources: [source, ...mapping.sources.slice(1)],
  };
}

export function withKeyColumn(
  mapping: BudgetMapping,
  dimension: KeyDimension,
  col: number | undefined,
): BudgetMapping {
  const [source] = mapping.sources;
  if (!source) return mapping;
  const keyColumns = { ...source.keyColumns };
  if (col === undefined) {
    if (dimension === "prosjekt") delete keyColumns.prosjekt;
  } else keyColumns[dimension] = col;
  return withSource(mapping, { ...source, keyColumns });
}

export function withPlanColumn(mapping: BudgetMapping, index: number, col: number): BudgetMapping {
  const [source] = mapping.sources;
  if (!source) return mapping;
  const planColumns = [...source.planColumns] as BudgetSource["planColumns"];
  planColumns[index] = col;
  return withSource(mapping, { ...source, planColumns });
}

/** A new budget year: the plan columns follow it when the header has all four years. */
export function withBudgetYear(mapping: BudgetMapping, year: number): BudgetMapping {
  const [source] = mapping.sources;
  if (!source) return { ...mapping, budgetYear: year };
  const chosen = choosePlanYears(source.yearColumns, year);
  const planColumns = chosen.ok ? chosen.planColumns : source.planColumns;
  return withSource(mapping, { ...source, planColumns }, year);
}

/** The years a budget year can be: every budget (not regnskap) year of the header (spec §4). */
export function budgetYearOptions(source: BudgetSource): number[] {
  const years = [...new Set(source.yearColumns.map((c) => c.year))].sort((a, b) => a - b);
  return years.filter((year) => choosePlanYears(source.yearColumns, year).ok);
}
