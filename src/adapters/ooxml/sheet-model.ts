/**
 * A sheet Gevinst writes, as plain data: the memory adapter's sheet (cells with CellStyle, merges,
 * widths, validations, conditional fills, protection, page layout) plus, for a sheet read back
 * from a file, each cell's existing cell format (`xf`) and error cells, so what the user's file
 * had survives a rewrite.
 */
import { MemorySheet } from "../memory/memory-sheet";
import type { MemoryCell } from "../memory/memory-sheet";

export type ModelCell = MemoryCell & {
  /** The cell format the cell had in the file (0 for a new cell). */
  xf?: number;
  /** The value is an error ("#REF!"), written back as one. */
  error?: boolean;
};

export class SheetModel extends MemorySheet {
  /** Conditional formats on a read-back sheet Gevinst does not model, kept as written. */
  readonly keptXml: string[] = [];
}

export function cellKey(row: number, col: number): string {
  return MemorySheet.key(row, col);
}
