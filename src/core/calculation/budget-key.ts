/**
 * Budget keys as the core groups them: trimmed codes, an omitted prosjekt as "" (spec §4).
 */
import type { BudgetKey } from "../model/portfolio.types";

/** The key with trimmed codes and prosjekt "" when omitted. */
export function normaliseKey(key: BudgetKey): Required<BudgetKey> {
  return {
    ansvar: String(key.ansvar ?? "").trim(),
    art: String(key.art ?? "").trim(),
    funksjon: String(key.funksjon ?? "").trim(),
    prosjekt: String(key.prosjekt ?? "").trim(),
  };
}

/** A stable text id for a key, e.g. "3100|10300|254|". */
export function keyId(key: BudgetKey): string {
  const k = normaliseKey(key);
  return [k.ansvar, k.art, k.funksjon, k.prosjekt].join("|");
}

/** A key for messages, e.g. «ansvar 3100, art 10300, funksjon 254». */
export function describeKey(key: BudgetKey): string {
  const k = normaliseKey(key);
  const parts = [`ansvar ${k.ansvar}`, `art ${k.art}`, `funksjon ${k.funksjon}`];
  if (k.prosjekt !== "") parts.push(`prosjekt ${k.prosjekt}`);
  return parts.join(", ");
}

const collator = new Intl.Collator("nb", { numeric: true });

/** Orders keys by ansvar, art, funksjon, prosjekt, with numbers in numeric order. */
export function compareKeys(a: BudgetKey, b: BudgetKey): number {
  const x = normaliseKey(a);
  const y = normaliseKey(b);
  return (
    collator.compare(x.ansvar, y.ansvar) ||
    collator.compare(x.art, y.art) ||
    collator.compare(x.funksjon, y.funksjon) ||
    collator.compare(x.prosjekt, y.prosjekt)
  );
}
