/**
 * A sheet as Gevinst wants it, before it is compared with the workbook: cells (constants,
 * formulas, input cells tagged with the entity they belong to) and the sheet's formats. The
 * renderers build drafts; plan-sheet-changes.ts turns a draft into the few changes that make the
 * sheet so.
 */
import type { RangeRef } from "../../workbook/address";
import type { CellStyle, CellValue, PageLayout } from "../../workbook/workbook-port";

export type DraftCell = {
  content: { kind: "value"; value: CellValue } | { kind: "formula"; formula: string };
  role: "input" | "formula" | "label";
  /** For input cells: the entity the value belongs to ("measure:T1", "settings"). */
  entity?: string;
};

/**
 * Where each sheet keeps its structure marker: far right of row 1, outside the print area and
 * every layout, so Gevinst can tell whether the sheet still has the layout it wrote.
 */
export const MARKER_ROW = 0;
export const MARKER_COL = 60;
export const MARKER_PREFIX = "gevinst-layout:";

/** A short, stable hash of a structure text (FNV-1a, 32 bits, hex). */
export function structureHash(structure: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < structure.length; i++) {
    hash ^= structure.charCodeAt(i);
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
  /** Per row, the number of columns Gevinst manages in that row. */
  readonly rowWidths = new Map<number, number>();

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  private put(row: number, col: number, cell: DraftCell): void {
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

  format(range: RangeRef, style: CellStyle): void {
    this.formats.push({ range, style });
  }
}

/** A 1-cell range. */
export function at(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}
