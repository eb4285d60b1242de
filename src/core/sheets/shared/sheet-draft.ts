/**
 * A sheet as Gevinst wants it, before it is compared with the workbook: cells (constants,
 * formulas, input cells tagged with the entity they belong to) and the sheet's formats. The
 * renderers build drafts; plan-sheet-changes.ts turns a draft into the few changes that make the
 * sheet so.
 */
import type { RangeRef } from "../../workbook/address";
import type { CellStyle, CellValue, PageLayout } from "../../workbook/workbook-port";
import { columnsWidth, pagesWide, printableSize } from "./page-geometry";

export type DraftCell = {
  content: { kind: "value"; value: CellValue } | { kind: "formula"; formula: string };
  role: "input" | "formula" | "label";
  /** For input cells: the entity the value belongs to ("measure:T1", "settings"). */
  entity?: string;
};

/**
 * Where each sheet keeps its structure marker: far right of row 1, outside the print area and
 * every layout, so Gevinst can tell whether the sheet still has the layout it wrote. Column CC:
 * the deep-dive sheet's measure rows reach column BJ since the realisation columns (spec §12).
 */
export const MARKER_ROW = 0;
export const MARKER_COL = 80;
/** Where Gevinst wrote the marker before (column BI): read, and cleared when the sheet is redrawn. */
export const LEGACY_MARKER_COL = 60;
export const MARKER_PREFIX = "gevinst-layout:";

/**
 * Raised when what Gevinst draws changes for every sheet (labels instead of codes, page set-up):
 * the marker then differs, so a workbook made by an older Gevinst gets its formats, lists and
 * page set-up again at the next set-up or refresh.
 */
export const LAYOUT_VERSION = "2";

/** A short, stable hash of a structure text and the layout version (FNV-1a, 32 bits, hex). */
export function structureHash(structure: string): string {
  const text = `${LAYOUT_VERSION}|${structure}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export type DraftFormat = { range: RangeRef; style: CellStyle };

export class SheetDraft {
  readonly name: string;
  readonly cells = new Map<string, DraftCell>();
  readonly formats: DraftFormat[] = [];
  readonly merges: RangeRef[] = [];
  readonly widths: { col: number; width: number }[] = [];
  /** Row heights in points, only where a row must be taller than its text line. */
  readonly heights: { row: number; height: number }[] = [];
  /** Rows that may grow to fill a printed page (an A3's text boxes). */
  readonly growRows: number[] = [];
  readonly validations: { range: RangeRef; list: string[] }[] = [];
  readonly conditionalFills: { range: RangeRef; formula: string; fill: string }[] = [];
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: PageLayout | null = null;
  /**
   * Where the sections are. When it equals the structure read from the sheet, formats are not
   * applied again and input cells of entities not being written are left alone.
   */
  structure = "";
  /** Number of columns Gevinst manages; cells right of them are the user's own. */
  width = 0;
  /**
   * True for a sheet that holds no input (a summary, an A3): every cell in its columns is
   * Gevinst's, so a cell it no longer wants is cleared and, when the layout moves, the old
   * formats are reset before the new ones go on (no stale labels or heading styles).
   */
  ownsAllCells = false;
  /** Per row, the number of columns Gevinst manages in that row. */
  readonly rowWidths = new Map<number, number>();

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  private put(row: number, col: number, cell: DraftCell): void {
    // The marker must stay outside every layout, or it prints and a refresh overwrites it.
    if (col >= MARKER_COL) throw new Error(`${this.name}: layout reaches the marker column`);
    this.cells.set(SheetDraft.key(row, col), cell);
    this.width = Math.max(this.width, col + 1);
    this.rowWidths.set(row, Math.max(this.rowWidths.get(row) ?? 0, col + 1));
  }

  /** A constant Gevinst owns (title, header, label). */
  label(row: number, col: number, value: CellValue): void {
    this.put(row, col, { content: { kind: "value", value }, role: "label" });
  }

  formula(row: number, col: number, formula: string): void {
    this.put(row, col, { content: { kind: "formula", formula: `=${formula}` }, role: "formula" });
  }

  /** An input cell holding `value` (null for blank), owned by `entity`. */
  input(row: number, col: number, value: CellValue, entity: string): void {
    this.put(row, col, { content: { kind: "value", value }, role: "input", entity });
  }

  /** Rows down to the last one that holds a cell. */
  usedRows(): number {
    let rows = 0;
    for (const key of this.cells.keys()) rows = Math.max(rows, Number(key.split(",")[0]) + 1);
    return rows;
  }

  format(range: RangeRef, style: CellStyle): void {
    this.formats.push({ range, style });
  }
}

/** A 1-cell range. */
export function at(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

/** A data sheet's text prints at no less than 80 % of its size (11 pt → 8.8 pt). */
const DATA_SHEET_MIN_SCALE = 0.8;

/**
 * Page set-up of a data-entry sheet (spec §11): A4 landscape, as many pages tall as it needs,
 * the title rows repeated, and as many pages wide as keep the text readable — one when the
 * columns fit, more for a wide sheet such as a deep-dive (fit to one page width would print its
 * 62 columns at 2 pt). Call it after the column widths are set. A3 paper is kept for the A3s.
 */
export function dataSheetPage(
  draft: SheetDraft,
  printArea: RangeRef,
  lastTitleRow: number,
  headerText: string,
): PageLayout {
  const width = columnsWidth(draft.widths, printArea.col, printArea.cols);
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToPagesWide: pagesWide(width, printableSize("A4", "landscape").width, DATA_SHEET_MIN_SCALE),
    fitToPagesTall: 0,
    printArea,
    printTitleRows: { first: 0, last: lastTitleRow },
    headerText,
  };
}
