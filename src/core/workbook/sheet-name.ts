/**
 * Excel's rules for sheet names, so that a deep-dive called «Barnehage: bemanning/vikar» still
 * gets a sheet: at most 31 characters, none of [ ] : * ? / \, not blank, no apostrophe first or
 * last, unique without regard to case.
 */
import type { MessageRef } from "../model/issue.types";

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Why `name` cannot be a sheet name (a catalogue key and params), or null when it can. */
export function sheetNameProblem(name: string, taken: readonly string[] = []): MessageRef | null {
  const problem = (key: string): MessageRef => ({
    key,
    params: { name, max: MAX_SHEET_NAME_LENGTH },
  });
  if (name.trim() === "") return problem("SHEET_NAME_EMPTY");
  if (name.length > MAX_SHEET_NAME_LENGTH) return problem("SHEET_NAME_TOO_LONG");
  if (FORBIDDEN.test(name)) {
    FORBIDDEN.lastIndex = 0;
    return problem("SHEET_NAME_FORBIDDEN_CHARACTER");
  }
  if (name.startsWith("'") || name.endsWith("'")) return problem("SHEET_NAME_APOSTROPHE");
  const lower = name.toLowerCase();
  if (taken.some((t) => t.toLowerCase() === lower)) return problem("SHEET_NAME_TAKEN");
  return null;
}

/**
 * Turns any wanted name into a valid, unique sheet name: forbidden characters become a space or
 * a dash, runs of spaces collapse, the name is cut to fit, and « (2)», « (3)» … are added when
 * the name is taken (case-insensitively).
 */
export function toSafeSheetName(wanted: string, taken: readonly string[] = []): string {
  let base = wanted
    .replace(/[:/\\]/g, "-")
    .replace(/[[\]*?]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "") base = "Ark";
  const takenLower = new Set(taken.map((t) => t.toLowerCase()));
  const fitName = (text: string, suffix: string) =>
    text.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
  let candidate = fitName(base, "");
  for (let n = 2; takenLower.has(candidate.toLowerCase()); n++)
    candidate = fitName(base, ` (${n})`);
  return candidate;
}
