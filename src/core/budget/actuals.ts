/**
 * The accounts (regnskap) of a budget line, for the follow-up of spec §12: did the uttak happen on
 * the ledger? Regnskap columns are kept for reference and never adjusted (spec §4).
 */
import type { SheetGrid } from "../workbook/workbook-port";
import type { BudgetLine, BudgetSource } from "./budget.types";
import { cellAt } from "./grid-cells";
import { parseAmount } from "./parse-cells";

/**
 * The line with `actuals`: year → kroner for each regnskap column of its source. A blank cell in
 * a regnskap column is 0 (nothing booked); a cell that is no amount leaves that year out rather
 * than guess (the budget's own amounts are checked where they are read).
 */
export function withActuals(line: BudgetLine, source: BudgetSource, grid: SheetGrid): BudgetLine {
  const actuals: Record<string, number> = {};
  for (const column of source.yearColumns) {
    if (column.kind !== "regnskap") continue;
    const parsed = parseAmount(cellAt(grid, line.row, column.col));
    if (parsed === "invalid") continue;
    actuals[String(column.year)] = parsed === "empty" ? 0 : parsed * source.unit;
  }
  return Object.keys(actuals).length > 0 ? { ...line, actuals } : line;
}
