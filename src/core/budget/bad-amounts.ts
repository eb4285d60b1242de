/**
 * Amount cells of the budget that are no amount (spec §4): each is BAD_VALUE at its cell, never
 * a silent 0. The row is left out of the budget until the cell is fixed.
 */
import type { Issue } from "../model/issue.types";
import { makeIssue } from "../validation/issue-factory";
import { toA1 } from "../workbook/address";
import type { BadAmountCell } from "./budget.types";

export function badAmountIssues(cells: readonly BadAmountCell[]): Issue[] {
  return cells.map((cell) => {
    const address = toA1({ row: cell.row, col: cell.col });
    const issue = makeIssue(
      "BAD_VALUE",
      {},
      { key: "BUDGET_BAD_AMOUNT", params: { sheet: cell.sheet, cell: address, text: cell.text } },
    );
    return { ...issue, sheet: cell.sheet, cell: address };
  });
}
