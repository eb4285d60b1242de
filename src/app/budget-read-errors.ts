/**
 * Norwegian messages for what can go wrong while Gevinst reads the workbook for the budget
 * (style guide §5.3: never show raw platform messages).
 */
import type { SheetGrid } from "../core/workbook/workbook-port";
import { isWorkbookError } from "../core/workbook/workbook-port";
import { failure, type Failure } from "./messages";

/** Excel's sheet size: 1 048 576 rows × 16 384 columns. */
export const EXCEL_MAX_ROWS = 1048576;
export const EXCEL_MAX_COLS = 16384;

/**
 * The failure (catalogue key and params) for a failed read: the one table of platform failures,
 * except that a budget too large to read gets advice about the budget itself.
 */
export function readFailure(error: unknown): Failure {
  const reason = isWorkbookError(error) ? error.reason : "unknown";
  return reason === "payload-too-large"
    ? failure("READ_TOO_LARGE")
    : failure("WORKBOOK_ERROR", { reason });
}

/** The failure when a grid is bigger than Excel allows (a damaged or foreign file), else null. */
export function oversize(grids: readonly SheetGrid[]): Failure | null {
  for (const grid of grids) {
    const rows = grid.origin.row + grid.values.length;
    let width = 0;
    for (const row of grid.values) if (row.length > width) width = row.length;
    const cols = grid.origin.col + width;
    if (rows > EXCEL_MAX_ROWS || cols > EXCEL_MAX_COLS)
      return failure("SHEET_TOO_LARGE", {
        sheet: grid.name,
        rows: EXCEL_MAX_ROWS,
        cols: EXCEL_MAX_COLS,
      });
  }
  return null;
}
