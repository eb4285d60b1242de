/**
 * What a header row lacks to be a budget (spec §4), as a catalogue key with params, so the pane
 * can say it in its language; `lackText` is the bokmål the command line and the explanation use.
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

export type LackWords = Record<LackKey, (p: MessageParams) => string>;

const text = (p: MessageParams, key: string): string => String(p[key] ?? "");

export const NB_LACKS: LackWords = {
  LACK_KEY: () =>
    "en nøkkelkolonne: ansvar (eller avdeling), art (konto), funksjon (tjeneste) eller prosjekt",
  LACK_BUDGET_COLUMN_FOR: (p) => `en budsjettkolonne for ${text(p, "year")}`,
  LACK_BUDGET_NOT_ACCOUNTS: () =>
    "en budsjettkolonne (her er bare regnskap, og et regnskap er ikke et budsjett)",
  LACK_BUDGET_COLUMN: () =>
    "en budsjettkolonne med årstall (som «Budsjett 2027») eller et årstall over tabellen",
  LACK_YEAR_OF_AMOUNT: (p) =>
    `budsjettåret: kolonnen «${text(p, "header")}» har ikke årstall, og verken tittelradene over eller arknavnet har det (oppgi året)`,
  LACK_ONE_VERSION: (p) =>
    `én budsjettversjon: kolonnen «${text(p, "header")}» har ${text(p, "count")} ` +
    `(${text(p, "values")}), og Gevinst ville lagt dem sammen. Filtrer til én versjon og ` +
    `kopier den til et eget ark, og koble det arket`,
  LACK_LINES: () => "budsjettlinjer under overskriften",
};

export const lack = (key: LackKey, params: MessageParams = {}): Lack => ({ key, params });

/** A lack in bokmål. */
export const lackText = (l: Lack): string => NB_LACKS[l.key](l.params);

/** Lacks in bokmål, joined as a sentence part («… og …»). */
export const lacksText = (lacks: readonly Lack[]): string => lacks.map(lackText).join(" og ");

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
    if (!Object.prototype.hasOwnProperty.call(NB_LACKS, key)) continue;
    const own = `${prefix}.${i}.`;
    const params: MessageParams = {};
    for (const [name, value] of Object.entries(p))
      if (name.startsWith(own)) params[name.slice(own.length)] = value;
    lacks.push({ key: key as LackKey, params });
  }
  return lacks;
}

/** The lacks under `prefix` in a language's words, joined with its «and». */
export function sayLacks(p: MessageParams, prefix: string, words: LackWords, and: string): string {
  return lacksIn(p, prefix)
    .map((l) => words[l.key](l.params))
    .join(` ${and} `);
}
