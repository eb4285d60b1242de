/**
 * Budget keys as the core groups them: trimmed codes, an omitted prosjekt as "" (spec §4), and a
 * tjenesteområde (§13) only where the key has one.
 */
import type { BudgetKey, NormalisedKey } from "../model/portfolio.types";

export type { NormalisedKey };

const text = (code: string | number | undefined): string =>
  code === undefined || code === null ? "" : String(code).trim();

/** The key with trimmed codes, prosjekt "" when omitted and tjenesteomrade only when given. */
export function normaliseKey(key: BudgetKey): NormalisedKey {
  const normalised: NormalisedKey = {
    ansvar: text(key.ansvar),
    art: text(key.art),
    funksjon: text(key.funksjon),
    prosjekt: text(key.prosjekt),
  };
  const tjenesteomrade = text(key.tjenesteomrade);
  if (tjenesteomrade !== "") normalised.tjenesteomrade = tjenesteomrade;
  return normalised;
}

/**
 * A stable text id for a key, e.g. "3100|10300|254|"; with a tjenesteområde it has a fifth part
 * ("||254||02"), so ids of keys without one are as before.
 */
export function keyId(key: BudgetKey): string {
  const k = normaliseKey(key);
  const id = [k.ansvar, k.art, k.funksjon, k.prosjekt].join("|");
  return k.tjenesteomrade === undefined ? id : `${id}|${k.tjenesteomrade}`;
}

/** A key for messages, e.g. «ansvar 3100, art 10300, funksjon 254» (+ prosjekt, tjenesteområde). */
export function describeKey(key: BudgetKey): string {
  const k = normaliseKey(key);
  const parts = [`ansvar ${k.ansvar}`, `art ${k.art}`, `funksjon ${k.funksjon}`];
  if (k.prosjekt !== "") parts.push(`prosjekt ${k.prosjekt}`);
  if (k.tjenesteomrade !== undefined) parts.push(`tjenesteområde ${k.tjenesteomrade}`);
  return parts.join(", ");
}

const collator = new Intl.Collator("nb", { numeric: true });

/** Orders keys by ansvar, art, funksjon, prosjekt, tjenesteområde, numbers in numeric order. */
export function compareKeys(a: BudgetKey, b: BudgetKey): number {
  const x = normaliseKey(a);
  const y = normaliseKey(b);
  return (
    collator.compare(x.ansvar, y.ansvar) ||
    collator.compare(x.art, y.art) ||
    collator.compare(x.funksjon, y.funksjon) ||
    collator.compare(x.prosjekt, y.prosjekt) ||
    collator.compare(x.tjenesteomrade ?? "", y.tjenesteomrade ?? "")
  );
}
