/**
 * The message catalogues: an issue or an error carries a code (a catalogue key) and params, and
 * one catalogue per language renders it — the pane in nb, nn and en, the command line in nb.
 * No sentence is written anywhere else: core, app and adapters give codes and params only
 * (test/app/no-sentences.test.ts keeps it so).
 */
import type { MessageParams, MessageRef } from "../core/model/issue.types";
import { isWorkbookError } from "../core/workbook/workbook-port";
import { en } from "./messages/en";
import { nb, type MessageKey } from "./messages/nb";
import { nn } from "./messages/nn";
import type { MessageCatalogue, MessageLanguage } from "./messages/shared";

export type { MessageCatalogue, MessageKey, MessageLanguage };

export const CATALOGUES: Record<MessageLanguage, MessageCatalogue<MessageKey>> = { nb, nn, en };

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nb.messages, key);
}

/** A failure or refusal the app reports: a catalogue key and its params, rendered per language. */
export type Failure = MessageRef;

/** A failure from the catalogue. */
export function failure(key: MessageKey, params: MessageParams = {}): Failure {
  return { key, params };
}

/**
 * The text of a catalogue key and its params in `language` (the command line: bokmål). This is
 * the one way from a code to a sentence; an unknown key is shown as the key itself.
 */
export function messageText(ref: MessageRef, language: MessageLanguage = "nb"): string {
  return isKey(ref.key) ? CATALOGUES[language].messages[ref.key](ref.params) : ref.key;
}

/** Details that are a whole sentence of their own, said instead of the reason's sentence. */
const WHOLE_SENTENCE_DETAILS: ReadonlySet<string> = new Set([
  "WORKBOOK_PASSWORD",
  "WORKBOOK_ACCESS_DENIED",
  "WORKBOOK_STRUCTURE_LOCKED",
  "SHEET_TOO_MANY_CELLS",
]);

/**
 * A platform failure in `language`: what the reason means and what to do, with the adapter's
 * detail in brackets (or the detail's own sentence), and that the update was left half-done when
 * it was. Null when `error` is not a platform failure.
 */
export function workbookErrorText(error: unknown, language: MessageLanguage): string | null {
  if (!isWorkbookError(error)) return null;
  const { detail } = error;
  let text = CATALOGUES[language].workbookErrors[error.reason];
  if (detail && WHOLE_SENTENCE_DETAILS.has(detail.key)) text = messageText(detail, language);
  else if (detail) text = `${text} (${messageText(detail, language)})`;
  if (error.partlyWritten)
    text = `${text} ${messageText({ key: "WORKBOOK_PARTLY_WRITTEN", params: {} }, language)}`;
  return text;
}
