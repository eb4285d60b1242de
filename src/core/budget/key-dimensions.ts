/** Which key dimensions a budget must have (spec §4). */
import type { KeyDimension } from "./budget.types";
import { lack, type Lack } from "./lacks";

/**
 * What the key columns lack (spec §4: at least art or funksjon, and two of the four), in
 * catalogue keys; empty when they will do.
 */
export function missingKeys(keyColumns: Partial<Record<KeyDimension, number>>): Lack[] {
  const has = (d: KeyDimension) => keyColumns[d] !== undefined;
  const count = (["ansvar", "art", "funksjon", "prosjekt"] as const).filter(has).length;
  const missing: Lack[] = [];
  if (!has("art") && !has("funksjon")) missing.push(lack("LACK_ART_OR_FUNKSJON"));
  if (count < 2) missing.push(lack("LACK_TWO_KEYS"));
  return missing;
}
