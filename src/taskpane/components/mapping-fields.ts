/** Pure helpers for the mapping editor: options and edits on a draft mapping. */
import { cellAt, lastGridCol } from "../../core/budget/grid-cells";
import {
  manualMapping,
  type ManualProblem,
  type ManualResult,
} from "../../core/budget/manual-mapping";
import { failure, type Failure } from "../../app/messages";
import { carriedYears, choosePlanYears } from "../../core/budget/plan-years";
import type { SheetGrid } from "../../core/workbook/workbook-port";
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

/**
 * The hand mapping the editor holds (spec §4): sheet, header row, a column per key dimension,
 * the budget year and a column per plan year B..B+3 (undefined: carried forward from B).
 */
export type HandChoice = {
  sheet: string;
  /** 0-based sheet row. */
  headerRow: number;
  keys: Partial<Record<KeyDimension, number>>;
  budgetYear: number;
  yearColumns: (number | undefined)[];
};

/** A hand choice to start from: the draft's source when there is one, else the first sheet. */
export function handChoiceFrom(
  mapping: BudgetMapping | null,
  grids: readonly SheetGrid[],
  thisYear: number,
): HandChoice {
  const source = mapping?.sources[0];
  if (source && mapping) {
    const carried = carriedYears(source);
    return {
      sheet: source.sheet,
      headerRow: source.headerRow,
      keys: { ...source.keyColumns },
      budgetYear: mapping.budgetYear,
      yearColumns: source.planColumns.map((col, i) => (carried[i] ? undefined : col)),
    };
  }
  const grid = grids[0];
  return {
    sheet: grid?.name ?? "",
    headerRow: grid?.origin.row ?? 0,
    keys: {},
    budgetYear: thisYear + 1,
    yearColumns: [undefined, undefined, undefined, undefined],
  };
}

/** The mapping a hand choice gives on the grids, or the problem with it. */
export function handMappingOf(grids: readonly SheetGrid[], choice: HandChoice): ManualResult {
  const grid = grids.find((g) => g.name === choice.sheet);
  if (!grid) return problem(failure("SHEET_NOT_IN_WORKBOOK", { sheet: choice.sheet }));
  const years = choice.yearColumns.flatMap((col, i) =>
    col === undefined ? [] : [{ col, year: choice.budgetYear + i }],
  );
  if (choice.yearColumns[0] === undefined)
    return problem(failure("MAPPING_NO_AMOUNT_COLUMN", { year: choice.budgetYear }));
  return manualMapping(grid, {
    sheet: choice.sheet,
    headerRow: choice.headerRow,
    keys: choice.keys,
    years,
    budgetYear: choice.budgetYear,
  });
}

/** The columns of a header row as «D: Kostra art» choices (every column of the used range). */
export function headerColumnsAt(
  grid: SheetGrid | undefined,
  row: number,
): { col: number; header: string }[] {
  if (!grid) return [];
  const columns: { col: number; header: string }[] = [];
  for (let col = grid.origin.col; col <= lastGridCol(grid); col++) {
    const cell = cellAt(grid, row, col);
    columns.push({ col, header: cell === null ? "" : String(cell).trim() });
  }
  return columns;
}

const problem = ({ message, key, params }: Failure): ManualProblem => ({
  problem: message,
  ref: { key, params },
});
