/**
 * Every failure the pane can meet, as one sentence for the user that says what to do. Platform
 * failures come from the core's table (the same words in Excel, the demo and the command line).
 */
import { isEditError } from "../app/edit-portfolio";
import { WORKBOOK_ERROR_MESSAGES } from "../core/workbook/workbook-messages";
import { isWorkbookError } from "../core/workbook/workbook-port";
import type { Strings } from "./strings";

export function problemMessage(error: unknown, strings: Strings): string {
  // The adapters' message is the table's sentence plus what went wrong where (Norwegian).
  if (isWorkbookError(error)) return error.message || WORKBOOK_ERROR_MESSAGES[error.reason];
  if (isEditError(error)) return error.message;
  return strings.common.unexpected;
}
