/**
 * Turns a SheetDraft into the few WorkbookChanges that make the sheet so, compared with what the
 * sheet holds now. Only cells whose content differs are written (and counted). Input cells of
 * entities not being written are left exactly as people typed them. Formats, validation, widths
 * and page set-up are applied only to a new sheet or one whose structure moved, so running the
 * same thing twice changes nothing.
 */
import type { CellValue, CellWrite, SheetGrid, WorkbookChange } from "../../workbook/workbook-port";
import { sameFormula } from "../../workbook/formula-text";
import { markerAt } from "./parse-grid";
import {
  LEGACY_MARKER_COL,
  MARKER_COL,
  MARKER_PREFIX,
  MARKER_ROW,
  SheetDraft,
  structureHash,
  type DraftCell,
  type DraftFormat,
} from "./sheet-draft";
import { STYLE_PLAIN } from "./styles";

/** What Gevinst knows about a sheet as it is now. */
export type ExistingSheet = {
  grid: SheetGrid;
  isProtected: boolean;
  /** The structure marker found in the sheet (null when there is none). */
  structure: string | null;
  /** 0-based row → entity the parser read there ("measure:T1", "layout"). */
  rowEntities: ReadonlyMap<number, string>;
};

export type SheetPlan = { changes: WorkbookChange[]; cellsWritten: number; formatted: boolean };

/** Entities whose input cells may be written: "all", or a set of entity keys. */
export type WriteScope = "all" | ReadonlySet<string>;

type Existing = { value: CellValue; formula: string | null };

function existingAt(grid: SheetGrid, row: number, col: number): Existing {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  return {
    value: grid.values[r]?.[c] ?? null,
    formula: grid.formulas?.[r]?.[c] ?? null,
  };
}

function isEmpty(e: Existing): boolean {
  return e.formula === null && (e.value === null || e.value === "");
}

function sameContent(draft: DraftCell, e: Existing): boolean {
  if (draft.content.kind === "formula")
    return e.formula !== null && sameFormula(e.formula, draft.content.formula);
  if (e.formula !== null) return false;
  const want = draft.content.value;
  if (want === null || want === "") return e.value === null || e.value === "";
  return e.value === want;
}

function toWrite(cell: DraftCell): CellWrite {
  return cell.content.kind === "formula"
    ? { kind: "formula", formula: cell.content.formula }
    : { kind: "value", value: cell.content.value };
}

/** Groups single-cell writes into one writeCells per row (skips between them). */
function rowWrites(sheet: string, writes: Map<number, Map<number, CellWrite>>): WorkbookChange[] {
  const changes: WorkbookChange[] = [];
  for (const row of [...writes.keys()].sort((a, b) => a - b)) {
    const cols = writes.get(row) as Map<number, CellWrite>;
    const sorted = [...cols.keys()].sort((a, b) => a - b);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    const cells: CellWrite[] = [];
    for (let c = first; c <= last; c++) cells.push(cols.get(c) ?? { kind: "skip" });
    changes.push({ kind: "writeCells", sheet, at: { row, col: first }, cells: [cells] });
  }
  return changes;
}

/**
 * Joins a format with the next one when both have the same style and rows and the second starts
 * where the first ends (a section's columns are formatted one by one): one range instead of many
 * keeps the write request small (issue 9). Only neighbours in the list are joined, so the order
 * in which overlapping formats apply is kept.
 */
export function coalesceFormats(formats: readonly DraftFormat[]): DraftFormat[] {
  const out: DraftFormat[] = [];
  let styleKey = "";
  for (const f of formats) {
    const last = out[out.length - 1];
    const key = JSON.stringify(f.style);
    if (
      last &&
      key === styleKey &&
      last.range.row === f.range.row &&
      last.range.rows === f.range.rows &&
      last.range.col + last.range.cols === f.range.col
    ) {
      out[out.length - 1] = {
        range: { ...last.range, cols: last.range.cols + f.range.cols },
        style: last.style,
      };
      continue;
    }
    out.push(f);
    styleKey = key;
  }
  return out;
}

function formatChanges(draft: SheetDraft, isNew: boolean): WorkbookChange[] {
  const sheet = draft.name;
  const changes: WorkbookChange[] = [];
  for (const merge of draft.merges) changes.push({ kind: "mergeRange", sheet, range: merge });
  for (const f of coalesceFormats(draft.formats))
    changes.push({ kind: "formatRange", sheet, range: f.range, style: f.style });
  for (const v of draft.validations)
    changes.push({ kind: "setListValidation", sheet, range: v.range, list: v.list });
  // Conditional fills are added, never replaced, so only once: on a new sheet.
  if (isNew)
    for (const f of draft.conditionalFills)
      changes.push({
        kind: "addConditionalFill",
        sheet,
        range: f.range,
        formula: f.formula,
        fill: f.fill,
      });
  if (draft.widths.length > 0)
    changes.push({ kind: "setColumnWidths", sheet, widths: draft.widths });
  if (draft.heights.length > 0)
    changes.push({ kind: "setRowHeights", sheet, heights: draft.heights });
  if (draft.freeze)
    changes.push({ kind: "freezePanes", sheet, rows: draft.freeze.rows, cols: draft.freeze.cols });
  if (draft.pageLayout) changes.push({ kind: "setPageLayout", sheet, layout: draft.pageLayout });
  return changes;
}

/** A sheet that owns all its cells: its old area back to plain before it is drawn again. */
function resetChanges(draft: SheetDraft, grid: SheetGrid): WorkbookChange[] {
  const rows = Math.max(
    grid.origin.row + grid.values.length,
    draft.pageLayout?.printArea?.rows ?? 0,
  );
  const cols = draft.width;
  if (rows === 0 || cols === 0) return [];
  const range = { row: 0, col: 0, rows, cols };
  return [{ kind: "formatRange", sheet: draft.name, range, style: STYLE_PLAIN }];
}

/**
 * The changes that make the sheet look like `draft`. A missing `existing` means the sheet is new
 * (the caller adds it). Protection: unprotect first, protect last, only when something changes.
 */
export function planSheetChanges(
  draft: SheetDraft,
  existing: ExistingSheet | undefined,
  scope: WriteScope,
): SheetPlan {
  const sheet = draft.name;
  const isNew = existing === undefined;
  const marker = `${MARKER_PREFIX}${structureHash(draft.structure)}`;
  const sameStructure = !isNew && existing.structure === marker;
  const writes = new Map<number, Map<number, CellWrite>>();
  let cellsWritten = 0;
  const put = (row: number, col: number, write: CellWrite) => {
    let cols = writes.get(row);
    if (!cols) writes.set(row, (cols = new Map<number, CellWrite>()));
    cols.set(col, write);
    cellsWritten++;
  };

  for (const [key, cell] of draft.cells) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    if (isNew) {
      if (cell.content.kind === "formula" || cell.content.value !== null)
        put(row, col, toWrite(cell));
      continue;
    }
    const e = existingAt(existing.grid, row, col);
    if (cell.role === "input" && sameStructure && !isEmpty(e)) {
      const inScope = scope === "all" || (cell.entity !== undefined && scope.has(cell.entity));
      const owner = existing.rowEntities.get(row);
      // People's input stays: a refresh never overwrites what they typed.
      if (!inScope && (owner === undefined || owner === cell.entity)) continue;
    }
    if (!sameContent(cell, e)) put(row, col, toWrite(cell));
  }

  const markerCell: DraftCell = { content: { kind: "value", value: marker }, role: "label" };
  if (isNew || !sameContent(markerCell, existingAt(existing.grid, MARKER_ROW, MARKER_COL)))
    put(MARKER_ROW, MARKER_COL, toWrite(markerCell));
  // A sheet from an older Gevinst has its marker where the layout now reaches: clear it.
  const legacyCellIsLayout = draft.cells.has(SheetDraft.key(MARKER_ROW, LEGACY_MARKER_COL));
  if (!isNew && !legacyCellIsLayout && markerAt(existing.grid, LEGACY_MARKER_COL) !== null)
    put(
      MARKER_ROW,
      LEGACY_MARKER_COL,
      toWrite({ content: { kind: "value", value: null }, role: "label" }),
    );

  if (!isNew) {
    // Clear what Gevinst wrote before and no longer wants: formulas, and rows it read as its own.
    const { grid } = existing;
    grid.values.forEach((values, r) => {
      const row = grid.origin.row + r;
      for (let c = 0; c < values.length; c++) {
        const col = grid.origin.col + c;
        if (col >= draft.width || draft.cells.has(SheetDraft.key(row, col))) continue;
        const e = existingAt(grid, row, col);
        if (isEmpty(e)) continue;
        const rowWidth = draft.rowWidths.get(row) ?? draft.width;
        const ours =
          draft.ownsAllCells ||
          e.formula !== null ||
          (existing.rowEntities.has(row) && col < rowWidth);
        if (ours) put(row, col, { kind: "value", value: null });
      }
    });
  }

  const formatted = isNew || !sameStructure;
  const reset: WorkbookChange[] =
    formatted && !isNew && draft.ownsAllCells ? resetChanges(draft, existing.grid) : [];
  const body = [
    ...reset,
    ...rowWrites(sheet, writes),
    ...(formatted ? formatChanges(draft, isNew) : []),
  ];
  if (body.length === 0) return { changes: [], cellsWritten: 0, formatted: false };
  const changes: WorkbookChange[] = [];
  if (existing?.isProtected) changes.push({ kind: "unprotectSheet", sheet });
  changes.push(...body, { kind: "protectSheet", sheet });
  return { changes, cellsWritten, formatted };
}
