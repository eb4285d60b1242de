/**
 * Every failure the pane can meet, as one sentence for the user that says what to do. Platform
 * failures come from the message catalogue (the same table in Excel, the demo and the command
 * line), in the pane's language, with the adapter's detail (issue 14).
 */
import { isEditError } from "../app/edit-portfolio";
import { renderMessage, renderWorkbookError } from "../app/messages";
import { WORKBOOK_ERROR_MESSAGES } from "../core/workbook/workbook-messages";
import { isWorkbookError } from "../core/workbook/workbook-port";
import type { Strings } from "./strings";

export function problemMessage(error: unknown, strings: Strings): string {
  const platform = renderWorkbookError(error, strings.messageLanguage);
  if (platform !== null && isWorkbookError(error))
    return withDetail(platform, error.message, WORKBOOK_ERROR_MESSAGES[error.reason], strings);
  if (platform !== null) return platform;
  if (isEditError(error)) return renderMessage(error, strings.messageLanguage, error.message);
  return strings.common.unexpected;
}

/**
 * The catalogue's sentence with what the adapter said went wrong where. The adapter's message
 * (bokmål) is the table's sentence plus a detail, or a whole sentence of its own (a password, a
 * read-only workbook, a half-written update): in bokmål that sentence is shown as it is; otherwise
 * the detail follows the catalogue's sentence in brackets.
 */
function withDetail(sentence: string, message: string, bokmal: string, strings: Strings): string {
  const text = message.trim();
  if (text === "" || text === bokmal) return sentence;
  const detail = text.startsWith(bokmal) ? text.slice(bokmal.length).trim() : text;
  const wholeSentence = !text.startsWith(bokmal) && text.length >= 60 && /[.!]$/.test(text);
  if (wholeSentence && strings.messageLanguage === "nb") return text;
  const bare = detail.replace(/^\((.*)\)$/s, "$1");
  return `${sentence} (${bare})`;
}
