/** An issue's or failure's text in bokmål, as the command line shows it ("" when there is none). */
import { messageText, type MessageLanguage } from "../../src/app/messages";
import type { MessageRef } from "../../src/core/model/issue.types";

export function textOf(ref: MessageRef | undefined, language: MessageLanguage = "nb"): string {
  return ref ? messageText(ref, language) : "";
}
