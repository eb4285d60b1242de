/**
 * Every failure the pane can meet, as one sentence for the user that says what to do. Platform
 * failures come from the core's table (the same words in Excel, the demo and the command line).
 */
import { isEditError } from "../app/edit-portfolio";
import { WORKBOOK_ERROR_MESSAGES } from "../core/workbook/workbook-messages";
import { isWorkbookError } from "../core/workbook/workbook-port";
import type { Strings } from "./strings";

export function problemMessage(error: unknown, strings: Strings): string {
  if (isWorkbookError(error)) return workbookProblem(error.message, error.reason);
  if (isEditError(error)) return error.message;
  return strings.common.unexpected;
}

/**
 * The adapters' own message reaches the user (issue 14): it is the table's sentence with what went
 * wrong where, or a whole sentence of its own (a password, a read-only workbook, a half-written
 * update); a bare detail («Arket «X» finnes ikke.») follows the table's sentence in brackets.
 */
function workbookProblem(message: string, reason: keyof typeof WORKBOOK_ERROR_MESSAGES): string {
  const sentence = WORKBOOK_ERROR_MESSAGES[reason];
  const text = message.trim();
  if (text === "" || text.startsWith(sentence)) return text || sentence;
  if (text.length >= 60 && /[.!]$/.test(text)) return text;
  return `${sentence} (${text})`;
}
