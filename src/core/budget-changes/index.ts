export type { BudgetChangeRow, BudgetChanges, ChangeColumn } from "./budget-changes.types";
export { budgetChangeRows, wholeKroner } from "./budget-change-rows";
export { changeColumns } from "./change-columns";
export { CHANGE_HEADERS, csvField, safeText, writeChangesCsv } from "./write-changes-csv";
