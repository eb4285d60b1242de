/**
 * The message catalogues: an issue or an error carries a code (a catalogue key) and params, and
 * one catalogue per language renders it — the pane in nb, nn and en, the command line in nb.
 * The bokmål catalogue writes exactly the `message` the core builds (test/app/messages-nb.test.ts),
 * so the workbook, the JSON report and the command line say the same. An issue without a key, or
 * with a key no catalogue knows, keeps its bokmål `message`.
 */
import type { Issue, MessageParams, MessageRef } from "../core/model/issue.types";
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

/**
 * A failure or refusal the app reports: `message` in bokmål (the command line, logs), with the
 * key and params the pane renders in its language.
 */
export type Failure = { message: string } & MessageRef;

/** A failure from the catalogue: its bokmål text and its key and params. */
export function failure(key: MessageKey, params: MessageParams = {}): Failure {
  return { message: CATALOGUES.nb.messages[key](params), key, params };
}

/**
 * The text of a catalogue key and its params in `language` (the command line: bokmål). This is
 * the one way from a code to a sentence; an unknown key is shown as the key itself.
 */
export function messageText(ref: MessageRef, language: MessageLanguage = "nb"): string {
  return isKey(ref.key) ? CATALOGUES[language].messages[ref.key](ref.params) : ref.key;
}

/** A key and params in `language`, or `fallback` when no catalogue knows the key. */
export function renderMessage(
  ref: Partial<MessageRef>,
  language: MessageLanguage,
  fallback: string,
): string {
  if (ref.key === undefined || !isKey(ref.key)) return fallback;
  return CATALOGUES[language].messages[ref.key](ref.params ?? {});
}

/** An issue in `language`: from its key and params where the catalogue has it, else its message. */
export function renderIssue(issue: Issue, language: MessageLanguage): string {
  return renderMessage(issue, language, issue.message);
}

/** A platform failure in `language`, or null when `error` is not one. */
export function renderWorkbookError(error: unknown, language: MessageLanguage): string | null {
  return isWorkbookError(error) ? CATALOGUES[language].workbookErrors[error.reason] : null;
}
