/**
 * What a header row lacks to be a budget (spec §4), as a catalogue key with params, so each
 * catalogue can say it in its language (`sayLacks` in src/app/messages/shared.ts).
 */
import type { MessageParams } from "../model/issue.types";

export type LackKey =
  | "LACK_KEY"
  | "LACK_BUDGET_COLUMN_FOR"
  | "LACK_BUDGET_NOT_ACCOUNTS"
  | "LACK_BUDGET_COLUMN"
  | "LACK_YEAR_OF_AMOUNT"
  | "LACK_ONE_VERSION"
  | "LACK_LINES";

export type Lack = { key: LackKey; params: MessageParams };

export const LACK_KEYS: readonly string[] = [
  "LACK_KEY",
  "LACK_BUDGET_COLUMN_FOR",
  "LACK_BUDGET_NOT_ACCOUNTS",
  "LACK_BUDGET_COLUMN",
  "LACK_YEAR_OF_AMOUNT",
  "LACK_ONE_VERSION",
  "LACK_LINES",
] satisfies readonly LackKey[];

export const lack = (key: LackKey, params: MessageParams = {}): Lack => ({ key, params });

/**
 * Lacks as flat message params (`prefix.n`, `prefix.0`, `prefix.0.header`, …): params are flat
 * strings and numbers, and a header may hold any character, so no separators are used.
 */
export function lackParams(prefix: string, lacks: readonly Lack[]): MessageParams {
  const params: MessageParams = { [`${prefix}.n`]: lacks.length };
  lacks.forEach((l, i) => {
    params[`${prefix}.${i}`] = l.key;
    for (const [name, value] of Object.entries(l.params)) params[`${prefix}.${i}.${name}`] = value;
  });
  return params;
}

/** The lacks `lackParams` wrote under `prefix`; keys no catalogue knows are dropped. */
export function lacksIn(p: MessageParams, prefix: string): Lack[] {
  const count = Number(p[`${prefix}.n`] ?? 0);
  const lacks: Lack[] = [];
  for (let i = 0; i < count; i++) {
    const key = String(p[`${prefix}.${i}`] ?? "");
    if (!LACK_KEYS.includes(key)) continue;
    const own = `${prefix}.${i}.`;
    const params: MessageParams = {};
    for (const [name, value] of Object.entries(p))
      if (name.startsWith(own)) params[name.slice(own.length)] = value;
    lacks.push({ key: key as LackKey, params });
  }
  return lacks;
}
