/**
 * Upgrading a `Gevinst_Config` written by an older Gevinst to the current schema, step by step
 * (0 → 1 → …), before it is checked. Each step takes the parsed key/value entries and returns
 * them in the next version's layout; a step never throws and leaves what it does not know alone.
 *
 * Version 0 is the layout of the first prototype (before the schema version existed): no
 * «schemaVersion» row, values as bare JSON (no «j:» prefix, which the reader accepts anyway), and
 * the budget mapping under the key «budget» as one source with its budget year inside:
 * `{ sheet, headerRow, firstRow, lastRow, keyColumns, planColumns, budgetYear, unit? }`.
 *
 * Version 1 required ansvar, art and funksjon columns and four plan-year columns of their own.
 * Version 2 (issue 13) takes the key dimensions the budget has, plan years carried forward from
 * the budget year (the same column as B) and hand mappings (`manual` on a source). Every
 * version-1 mapping means the same in version 2; the step only drops what version 1 wrote that
 * version 2 no longer reads (nothing yet) and is kept so the chain has every step.
 */
import { CONFIG_SCHEMA_VERSION } from "./config.types";

export type ConfigEntries = Record<string, unknown>;

const MAPPING_KEY = "budgetMapping";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One version-0 source (flat, with the year inside) as a version-1 mapping. */
function mappingFromV0(old: Record<string, unknown>): unknown {
  if (Array.isArray(old.sources)) return old; // already the new shape
  const { budgetYear, ...source } = old;
  return {
    budgetYear,
    sources: [
      {
        nameColumns: {},
        yearColumns: [],
        unit: 1,
        ...source,
      },
    ],
  };
}

const STEPS: Record<number, (entries: ConfigEntries) => ConfigEntries> = {
  0: (entries) => {
    const { budget, ...rest } = entries;
    if (rest[MAPPING_KEY] === undefined && isObject(budget))
      return { ...rest, [MAPPING_KEY]: mappingFromV0(budget) };
    return budget === undefined ? rest : { ...rest, budget };
  },
  1: (entries) => entries,
};

/**
 * The entries upgraded from `version` to CONFIG_SCHEMA_VERSION. A version newer than this code
 * knows is left as it is (the reader warns about it).
 */
export function migrateConfig(version: number, entries: ConfigEntries): ConfigEntries {
  let current = entries;
  for (let v = Math.max(0, version); v < CONFIG_SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (step) current = step(current);
  }
  return current;
}
