/**
 * Norwegian messages for what can go wrong while Gevinst reads the workbook for the budget
 * (style guide §5.3: never show raw platform messages).
 */
import type { SheetGrid } from "../core/workbook/workbook-port";
import { isWorkbookError } from "../core/workbook/workbook-port";
import { WORKBOOK_ERROR_MESSAGES } from "../core/workbook/workbook-messages";

/** Excel's sheet size: 1 048 576 rows × 16 384 columns. */
export const EXCEL_MAX_ROWS = 1048576;
export const EXCEL_MAX_COLS = 16384;

/**
 * The user's message for a failed read: the one table of platform failures, except that a budget
 * too large to read gets advice about the budget itself.
 */
export function readFailureMessage(error: unknown): string {
  const reason = isWorkbookError(error) ? error.reason : "unknown";
  return reason === "payload-too-large" ? READ_TOO_LARGE : WORKBOOK_ERROR_MESSAGES[reason];
}

const READ_TOO_LARGE =
  "Budsjettet er for stort til å leses i denne Excel-versjonen. Velg budsjettarket alene, eller fjern tomme rader og kolonner under og til høyre for budsjettet.";

/** A message when a grid is bigger than Excel allows (a damaged or foreign file), else null. */
export function oversizeMessage(grids: readonly SheetGrid[]): string | null {
  for (const grid of grids) {
    const rows = grid.origin.row + grid.values.length;
    let width = 0;
    for (const row of grid.values) if (row.length > width) width = row.length;
    const cols = grid.origin.col + width;
    if (rows > EXCEL_MAX_ROWS || cols > EXCEL_MAX_COLS)
      return `Arket «${grid.name}» er større enn Excel tillater (${EXCEL_MAX_ROWS} rader × ${EXCEL_MAX_COLS} kolonner) og kan ikke leses som budsjett.`;
  }
  return null;
}
