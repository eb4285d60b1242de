/**
 * Budget lines from grids with a mapping: one line per data row, with codes as trimmed text and
 * amounts in kroner (the source's unit applied). Subtotal and total rows, blank rows, notes and
 * repeated headers are skipped and reported (spec §4; docs/budget.md «Hva som hoppes over»).
 */
import type { CellValue, SheetGrid } from "../workbook/workbook-port";
import {
  KEY_DIMENSIONS,
  type BadAmountCell,
  type BudgetLine,
  type BudgetMapping,
  type BudgetSource,
  type KeyDimension,
  type SkipKind,
  type SkippedRow,
} from "./budget.types";
import { withActuals } from "./actuals";
import { cellAt, formulaAt, isBlank, lastGridRow } from "./grid-cells";
import { classifyHeader, isTotalText } from "./header-words";
import { parseAmount, readCode, readName, splitCodeAndName } from "./parse-cells";
import { carriedYears } from "./plan-years";

/** How many skipped rows are kept for the preview; the counts cover all. */
export const SKIPPED_PREVIEW = 50;

export type SourceLines = {
  lines: BudgetLine[];
  /** The first skipped rows (at most SKIPPED_PREVIEW). */
  skipped: SkippedRow[];
  skipCounts: Record<SkipKind, number>;
  /** The last 0-based row that gave a line, or -1. */
  lastLineRow: number;
  /** The first amount cells that are no amount (at most SKIPPED_PREVIEW); BAD_VALUE each. */
  badCells: BadAmountCell[];
};

const DIMENSIONS: readonly KeyDimension[] = KEY_DIMENSIONS;
/** Every key the budget has must be on a line; a blank prosjekt is «no project». */
const REQUIRED_ON_LINE: readonly KeyDimension[] = KEY_DIMENSIONS.filter((d) => d !== "prosjekt");
const SUBTOTAL_FORMULA = /\b(?:SUBTOTAL|AGGREGATE|DELSUM|MENGDE)\s*\(/i;
const SUM_FORMULA = /\b(?:SUM|SUMMER|SUMIFS?|SUMMERHVIS)\s*\(/i;

/**
 * Reads one source's rows `source.firstRow..lastRow` (0-based, inclusive) into lines.
 * @param sourceIndex index of the source in its mapping, stored on each line.
 */
export function readSourceLines(
  source: BudgetSource,
  sourceIndex: number,
  grid: SheetGrid,
  lastRow: number = source.lastRow,
): SourceLines {
  const lines: BudgetLine[] = [];
  const skipped: SkippedRow[] = [];
  const skipCounts: Record<SkipKind, number> = {
    blank: 0,
    subtotal: 0,
    note: 0,
    "bad-amount": 0,
    "header-repeat": 0,
  };
  let lastLineRow = -1;
  const badCells: BadAmountCell[] = [];
  const carried = carriedYears(source);
  const anyCarried = carried.some(Boolean);
  const skip = (row: number, kind: SkipKind): void => {
    skipCounts[kind]++;
    if (skipped.length < SKIPPED_PREVIEW) skipped.push({ sheet: source.sheet, row, kind });
  };
  const keyCols = DIMENSIONS.flatMap((d) => {
    const col = source.keyColumns[d];
    return col === undefined ? [] : [[d, col] as const];
  });
  const nameCols = DIMENSIONS.flatMap((d) => {
    const col = source.nameColumns[d];
    return col === undefined ? [] : [[d, col] as const];
  });
  const end = Math.min(lastRow, lastGridRow(grid));
  for (let row = source.firstRow; row <= end; row++) {
    const kind = classifyRow(source, grid, row);
    if (kind !== "line") {
      skip(row, kind);
      continue;
    }
    const amounts: [number, number, number, number] = [0, 0, 0, 0];
    let bad = false;
    for (let i = 0; i < 4; i++) {
      const col = source.planColumns[i] as number;
      const cell = cellAt(grid, row, col);
      const parsed = parseAmount(cell);
      // In 1 000 kr, a huge amount can overflow to Infinity: that is no amount either.
      const kroner = parsed === "invalid" || parsed === "empty" ? parsed : parsed * source.unit;
      if (kroner === "empty") amounts[i] = 0;
      else if (kroner !== "invalid" && Number.isFinite(kroner)) amounts[i] = kroner;
      else if (!bad) {
        bad = true;
        if (badCells.length < SKIPPED_PREVIEW)
          badCells.push({ sheet: source.sheet, row, col, text: String(cell) });
      }
    }
    if (bad) {
      skip(row, "bad-amount");
      continue;
    }
    // tjenesteomrade only where the budget has it: a key without it is as it always was.
    const key: BudgetLine["key"] = { ansvar: "", art: "", funksjon: "", prosjekt: "" };
    const names: BudgetLine["names"] = {};
    for (const [dimension, col] of keyCols) {
      const code = readCode(cellAt(grid, row, col));
      const split = splitCodeAndName(code);
      key[dimension] = split ? split.code : code;
      if (split) names[dimension] = split.name;
    }
    for (const [dimension, col] of nameCols) {
      const name = readName(cellAt(grid, row, col));
      if (name !== "") names[dimension] = name;
    }
    const line: BudgetLine = { key, names, amounts, source: sourceIndex, row };
    if (anyCarried) line.carried = carried;
    lines.push(line);
    lastLineRow = row;
  }
  return { lines, skipped, skipCounts, lastLineRow, badCells };
}

/** What a row is: a budget line or a kind of row to skip. */
export function classifyRow(source: BudgetSource, grid: SheetGrid, row: number): "line" | SkipKind {
  const values = grid.values[row - grid.origin.row];
  if (!values || values.every(isBlank)) return "blank";
  const formulas = grid.formulas?.[row - grid.origin.row];
  if (formulas?.some((f) => f !== null && SUBTOTAL_FORMULA.test(f))) return "subtotal";
  // Every key but prosjekt must be there (a blank prosjekt is «no project»).
  const keys: CellValue[] = [];
  for (const d of REQUIRED_ON_LINE) {
    const col = source.keyColumns[d];
    if (col !== undefined) keys.push(cellAt(grid, row, col));
  }
  if (keys.some(isTotalText)) return "subtotal";
  // A repeated header («Ansvar» again under a page break); codes (digits first) never are one.
  const first = keys[0];
  if (typeof first === "string" && !/^\s*\d/.test(first)) {
    const role = classifyHeader(first);
    if (role?.kind === "key") return "header-repeat";
  }
  if (keys.some(isBlank)) {
    const sumFormula = source.planColumns.some((col) => {
      const formula = formulaAt(grid, row, col);
      return formula !== null && SUM_FORMULA.test(formula);
    });
    return sumFormula || values.some(isTotalText) ? "subtotal" : "note";
  }
  return "line";
}

export type BudgetRead = {
  lines: BudgetLine[];
  skipped: SkippedRow[];
  skippedCount: number;
  /** Sources whose sheet was not among the grids (by index). */
  missingSources: number[];
  /** The first amount cells that are no amount (BAD_VALUE). */
  badCells: BadAmountCell[];
};

/**
 * Reads every source of a mapping. Sheet sources are read to the end of their grid, so lines the
 * finance department adds below are included; table sources to `lastRow`, which the caller sets
 * from the table's current range.
 */
export function readBudgetLines(mapping: BudgetMapping, grids: readonly SheetGrid[]): BudgetRead {
  const lines: BudgetLine[] = [];
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  const missingSources: number[] = [];
  const badCells: BadAmountCell[] = [];
  mapping.sources.forEach((source, index) => {
    const grid = grids.find((g) => g.name === source.sheet);
    if (!grid) {
      missingSources.push(index);
      return;
    }
    const lastRow = source.table === undefined ? lastGridRow(grid) : source.lastRow;
    const read = readSourceLines(source, index, grid, lastRow);
    for (const line of read.lines) lines.push(withActuals(line, source, grid));
    for (const row of read.skipped) if (skipped.length < SKIPPED_PREVIEW) skipped.push(row);
    skippedCount += Object.values(read.skipCounts).reduce((a, b) => a + b, 0);
    for (const cell of read.badCells) if (badCells.length < SKIPPED_PREVIEW) badCells.push(cell);
  });
  return { lines, skipped, skippedCount, missingSources, badCells };
}

/** What a mapping reads from grids, for the confirmation view after the user changes a field. */
export type MappingPreview = {
  lineCount: number;
  preview: BudgetLine[];
  skipped: SkippedRow[];
  skippedCount: number;
};

/** Lines, skipped rows and the first lines a mapping gives on these grids. */
export function previewMapping(
  mapping: BudgetMapping,
  grids: readonly SheetGrid[],
  previewLines = 20,
): MappingPreview {
  const read = readBudgetLines(mapping, grids);
  return {
    lineCount: read.lines.length,
    preview: read.lines.slice(0, previewLines),
    skipped: read.skipped,
    skippedCount: read.skippedCount,
  };
}
