/**
 * Re-checking a confirmed mapping on every open (issue 4): are the sheets, tables, header row and
 * columns still where the user confirmed them? When the header moved, the same columns are
 * looked for again on the sheet and the user is asked to confirm the new place.
 */
import type { MessageRef } from "../model/issue.types";
import { columnLetters } from "../workbook/address";
import type { SheetGrid, TableInfo } from "../workbook/workbook-port";
import type { BudgetMapping, BudgetSource, KeyDimension } from "./budget.types";
import { evaluateRegion, findRegions } from "./detect-candidates";
import { cellAt } from "./grid-cells";
import { classifyHeader, normaliseHeader } from "./header-words";

export type MappingCheck = {
  /** Every source is where it was confirmed. */
  ok: boolean;
  /** The user should confirm the mapping again (something moved or is gone). */
  remap: boolean;
  /** What the user is told, as catalogue keys and params; empty when ok. */
  refs: MessageRef[];
  /**
   * The mapping to read with now: moved sources relocated, vanished sources left out, tables'
   * rows taken from their current range. Null when no source is left.
   */
  mapping: BudgetMapping | null;
};

/** Whether the header row still names each mapped column as it did. */
function headerHolds(source: BudgetSource, grid: SheetGrid): boolean {
  if (source.manual) {
    // Mapped by hand: the header words may be anything («Kostra art»); the texts must be unchanged.
    return Object.entries(source.manual.headers).every(
      ([col, text]) =>
        normaliseHeader(String(cellAt(grid, source.headerRow, Number(col)) ?? "")) ===
        normaliseHeader(text),
    );
  }
  for (const [dimension, col] of Object.entries(source.keyColumns) as [KeyDimension, number][]) {
    const role = classifyHeader(cellAt(grid, source.headerRow, col));
    if (role?.kind !== "key" || role.dimension !== dimension) return false;
  }
  return source.planColumns.every((col) => {
    const role = classifyHeader(cellAt(grid, source.headerRow, col));
    if (role?.kind === "amount") return true; // «beloep»: the year came from the title or sheet
    const stored = source.yearColumns.find((y) => y.col === col);
    return role?.kind === "year" && (stored === undefined || stored.year === role.year);
  });
}

/** Where each mapped column went, as codes «art|D|E» the catalogues write «art D → E». */
function describeMoves(from: BudgetSource, to: BudgetSource): { code: string }[] {
  const moves: { code: string }[] = [];
  for (const [dimension, col] of Object.entries(from.keyColumns) as [KeyDimension, number][]) {
    const now = to.keyColumns[dimension];
    if (now !== undefined && now !== col)
      moves.push({
        code: `${dimension}|${columnLetters(col)}|${columnLetters(now)}`,
      });
  }
  from.planColumns.forEach((col, i) => {
    const now = to.planColumns[i];
    if (now !== undefined && now !== col)
      moves.push({
        code: `plan${i + 1}|${columnLetters(col)}|${columnLetters(now)}`,
      });
  });
  return moves;
}

/**
 * Checks `mapping` against the grids read now (with formulas) and the workbook's tables.
 * Pure; never throws on any grid.
 */
export function checkMapping(
  mapping: BudgetMapping,
  grids: readonly SheetGrid[],
  tables: readonly TableInfo[] = [],
): MappingCheck {
  const refs: MessageRef[] = [];
  const say = (ref: MessageRef) => refs.push(ref);
  const sources: BudgetSource[] = [];
  let remap = false;
  for (const stored of mapping.sources) {
    const grid = grids.find((g) => g.name === stored.sheet);
    if (!grid) {
      say({ key: "MAPPING_SHEET_GONE", params: { sheet: stored.sheet } });
      remap = true;
      continue;
    }
    let source: BudgetSource = { ...stored };
    if (stored.table !== undefined) {
      const table = tables.find((t) => t.name === stored.table && t.sheet === stored.sheet);
      if (table) {
        source = {
          ...source,
          headerRow: table.range.row,
          firstRow: table.range.row + 1,
          lastRow: table.range.row + table.range.rows - 1,
        };
      } else {
        say({ key: "MAPPING_TABLE_GONE", params: { table: stored.table, sheet: stored.sheet } });
        remap = true;
        source = { ...source };
        delete source.table;
      }
    }
    if (headerHolds(source, grid)) {
      sources.push(source);
      continue;
    }
    const relocated = source.manual ? null : relocate(source, grid, tables, mapping.budgetYear);
    remap = true;
    if (!relocated) {
      say({
        key: "MAPPING_HEADER_LOST",
        params: { sheet: stored.sheet, row: stored.headerRow + 1 },
      });
      continue;
    }
    const moves = describeMoves(source, relocated);
    say({
      key: "MAPPING_MOVED",
      params: {
        sheet: stored.sheet,
        from: source.headerRow + 1,
        to: relocated.headerRow + 1,
        moves: moves.map((m) => m.code).join(";"),
      },
    });
    sources.push(relocated);
  }
  return {
    ok: refs.length === 0,
    remap,
    refs,
    mapping: sources.length === 0 ? null : { budgetYear: mapping.budgetYear, sources },
  };
}

/** The same budget found again on the sheet: same key dimensions and the same budget year. */
function relocate(
  source: BudgetSource,
  grid: SheetGrid,
  tables: readonly TableInfo[],
  budgetYear: number,
): BudgetSource | null {
  const regions = findRegions([grid], tables).filter((r) => r.table === source.table);
  const wanted = Object.keys(source.keyColumns).sort().join(",");
  for (const region of regions) {
    const found = evaluateRegion(region, budgetYear)
      .filter(
        (c) => c.viable && c.source && Object.keys(c.source.keyColumns).sort().join(",") === wanted,
      )
      .sort((a, b) => b.score - a.score)[0];
    if (found?.source) return { ...found.source, unit: source.unit };
  }
  return null;
}
