/**
 * Every failure the pane can meet, as one sentence for the user that says what to do. Platform
 * failures come from the message catalogue (the same table in Excel, the demo and the command
 * line), in the pane's language, with the adapter's detail (issue 14).
 */
import { isEditError } from "../app/edit-portfolio";
import { messageText, workbookErrorText } from "../app/messages";
import type { Strings } from "./strings";

export function problemMessage(error: unknown, strings: Strings): string {
  const platform = workbookErrorText(error, strings.messageLanguage);
  if (platform !== null) return platform;
  if (isEditError(error)) return messageText(error, strings.messageLanguage);
  return strings.common.unexpected;
}
