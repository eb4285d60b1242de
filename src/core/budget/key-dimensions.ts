/** Which key dimensions a budget must have (spec §4). */
import { KEY_DIMENSIONS, type KeyDimension } from "./budget.types";
import { lack, type Lack } from "./lacks";

/**
 * What the key columns lack, in catalogue keys; empty when they will do. One key dimension is
 * enough when it is all the budget has (spec §13: a rammebudsjett by funksjon, an økonomiplan by
 * avdeling), no longer «art or funksjon and two of the four» (§4).
 */
export function missingKeys(keyColumns: Partial<Record<KeyDimension, number>>): Lack[] {
  const has = (d: KeyDimension) => keyColumns[d] !== undefined;
  return KEY_DIMENSIONS.some(has) ? [] : [lack("LACK_KEY")];
}
