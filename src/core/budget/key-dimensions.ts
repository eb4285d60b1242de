/** Which key dimensions a budget must have (spec §4). */
import type { KeyDimension } from "./budget.types";

/**
 * What the key columns lack (spec §4: at least art or funksjon, and two of the four), in
 * Norwegian; empty when they will do.
 */
export function missingKeys(keyColumns: Partial<Record<KeyDimension, number>>): string[] {
  const has = (d: KeyDimension) => keyColumns[d] !== undefined;
  const count = (["ansvar", "art", "funksjon", "prosjekt"] as const).filter(has).length;
  const missing: string[] = [];
  if (!has("art") && !has("funksjon"))
    missing.push("art-kolonne (art eller konto) eller funksjon-kolonne (funksjon eller tjeneste)");
  if (count < 2)
    missing.push("to nøkkelkolonner av ansvar, art (konto), funksjon (tjeneste) og prosjekt");
  return missing;
}
