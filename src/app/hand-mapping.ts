/**
 * Hand mapping (spec §4), the one rule the pane's mapping editor and the command line's
 * `--header-row/--columns` share: the columns a user names, on the sheets already read, give a
 * mapping or the problem with it (`mapByHand`), and the lines that say what was mapped.
 */
import { createBudgetIndex, mappingHasProsjekt } from "../core/budget/budget-index";
import { readBudgetLines } from "../core/budget/budget-lines";
import { cellAt, lastGridCol } from "../core/budget/grid-cells";
import { sourceLines } from "../core/budget/explain-detection";
import {
  manualMapping,
  type ManualColumns,
  type ManualProblem,
  type ManualResult,
} from "../core/budget/manual-mapping";
import { carriedYears } from "../core/budget/plan-years";
import type {
  BudgetCandidate,
  BudgetMapping,
  HeaderColumn,
  KeyDimension,
} from "../core/budget/budget.types";
import type { MessageRef } from "../core/model/issue.types";
import type { SheetGrid } from "../core/workbook/workbook-port";
import { failure, type Failure } from "./messages";

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

/** The mapping the named columns give on their sheet among `grids`, or the problem with them. */
export function mapByHand(grids: readonly SheetGrid[], columns: ManualColumns): ManualResult {
  const grid = grids.find((g) => g.name === columns.sheet);
  if (!grid) return problem(failure("SHEET_NOT_IN_WORKBOOK", { sheet: columns.sheet }));
  return manualMapping(grid, columns);
}

/** The mapping the editor's hand choice gives on the grids, or the problem with it. */
export function handMappingOf(grids: readonly SheetGrid[], choice: HandChoice): ManualResult {
  const years = choice.yearColumns.flatMap((col, i) =>
    col === undefined ? [] : [{ col, year: choice.budgetYear + i }],
  );
  if (choice.yearColumns[0] === undefined)
    return problem(failure("MAPPING_NO_AMOUNT_COLUMN", { year: choice.budgetYear }));
  return mapByHand(grids, {
    sheet: choice.sheet,
    headerRow: choice.headerRow,
    keys: choice.keys,
    years,
    budgetYear: choice.budgetYear,
  });
}

const problem = (failure: Failure): ManualProblem => ({ problem: failure });

/** What a hand mapping gives, for the user: how its columns are read, and how many lines. */
export type HandMappingSaid = {
  /** How the keys, years and unit are read (the detector's words, without «Fant budsjettet»). */
  lines: MessageRef[];
  /** Budget lines: rows with the same key are one line. */
  lineCount: number;
  rows: number;
};

/** The lines that explain `mapping`'s first source, mapped by hand on its sheet in `grids`. */
export function explainHandMapping(
  grids: readonly SheetGrid[],
  mapping: BudgetMapping,
): HandMappingSaid {
  const source = mapping.sources[0];
  const grid = grids.find((g) => g.name === source?.sheet);
  if (!source || !grid) return { lines: [], lineCount: 0, rows: 0 };
  const read = readBudgetLines(mapping, [grid]);
  const index = createBudgetIndex(read.lines, { hasProsjekt: mappingHasProsjekt(mapping) });
  const candidate: BudgetCandidate = {
    sheet: source.sheet,
    headerRow: source.headerRow,
    columns: headerColumnsAt(grid, source.headerRow),
    score: 0,
    viable: true,
    missing: [],
    lineCount: index.lines.length,
  };
  // The first line says «Fant budsjettet …»: a hand mapping was not found but chosen.
  const lines = sourceLines(candidate, source).slice(1);
  return { lines, lineCount: index.lines.length, rows: read.lines.length };
}

/**
 * The columns of a header row as the editor offers them («D: Kostra art») and the explanation
 * names them: every column of the used range, with its header text ("" for an empty cell).
 */
export function headerColumnsAt(grid: SheetGrid | undefined, row: number): HeaderColumn[] {
  if (!grid) return [];
  const columns: HeaderColumn[] = [];
  for (let col = grid.origin.col; col <= lastGridCol(grid); col++) {
    const cell = cellAt(grid, row, col);
    columns.push({ col, header: cell === null ? "" : String(cell).trim() });
  }
  return columns;
}
