/** One sheet of the in-memory workbook: sparse cells plus the sheet-level settings Gevinst sets. */
import type { RangeRef } from "../../core/workbook/address";
import type {
  CellStyle,
  CellValue,
  PageLayout,
  SheetVisibility,
} from "../../core/workbook/workbook-port";

export type MemoryCell = {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  style: CellStyle;
};

export type MemoryConditionalFill = { range: RangeRef; formula: string; fill: string };
export type MemoryValidation = { range: RangeRef; list: string[] };

export class MemorySheet {
  name: string;
  visibility: SheetVisibility = "visible";
  isProtected = false;
  readonly cells = new Map<string, MemoryCell>();
  readonly merges: RangeRef[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, where Gevinst set one. */
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  pageLayout: PageLayout | null = null;
  readonly validations: MemoryValidation[] = [];
  readonly conditionalFills: MemoryConditionalFill[] = [];

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  get(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(MemorySheet.key(row, col));
  }

  /** The cell at (row, col), created empty when missing. */
  ensure(row: number, col: number): MemoryCell {
    const key = MemorySheet.key(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: null, style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The bounding box of cells that hold a value or a formula (Excel's valuesOnly used range). */
  usedRange(): RangeRef | null {
    let minRow = Infinity;
    let minCol = Infinity;
    let maxRow = -1;
    let maxCol = -1;
    for (const [key, cell] of this.cells) {
      if (cell.formula === null && (cell.value === null || cell.value === "")) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      minRow = Math.min(minRow, r);
      minCol = Math.min(minCol, c);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    }
    if (maxRow < 0) return null;
    return { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
  }
}
