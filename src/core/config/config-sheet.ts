/**
 * Reading and writing `Gevinst_Config`: a title row, then one key per row in column A with its
 * value as JSON in column B. A value longer than Excel's 32 767 characters per cell continues in
 * C, D, …. Every JSON part starts with «j:» so Excel never takes it for a number, a date or a
 * formula. Reading is tolerant: damage becomes an issue and the rest is kept.
 */
import type { Issue, MessageRef } from "../model/issue.types";
import type { CellValue, CellWrite, WorkbookChange } from "../workbook/workbook-port";
import type { GevinstConfig } from "./config.types";
import { CONFIG_SCHEMA_VERSION, CONFIG_SHEET } from "./config.types";
import { validateMapping } from "./mapping-schema";
import { migrateConfig, type ConfigEntries } from "./migrate-config";

/** Characters of JSON per cell: under Excel's 32 767 limit with room for the prefix. */
export const CONFIG_CHUNK = 30000;
const PREFIX = "j:";
const TITLE = "Gevinst-innstillinger. Ikke endre dette arket for hånd.";
const SCHEMA_KEY = "schemaVersion";
const MAPPING_KEY = "budgetMapping";

/** A config with only the schema version. */
function emptyConfig(): GevinstConfig {
  return { schemaVersion: CONFIG_SCHEMA_VERSION, entries: {} };
}

/** The rows of the config sheet: title row, then [key, part 1, part 2, …]. */
export function configRows(config: GevinstConfig): string[][] {
  const rows: string[][] = [["Gevinst_Config", TITLE]];
  const put = (key: string, value: unknown): void => {
    const json = JSON.stringify(value);
    if (json === undefined) return;
    const parts: string[] = [];
    for (let i = 0; i < json.length; i += CONFIG_CHUNK)
      parts.push(PREFIX + json.slice(i, i + CONFIG_CHUNK));
    rows.push([key, ...parts]);
  };
  put(SCHEMA_KEY, config.schemaVersion);
  if (config.budgetMapping) put(MAPPING_KEY, config.budgetMapping);
  for (const [key, value] of Object.entries(config.entries))
    if (key !== SCHEMA_KEY && key !== MAPPING_KEY) put(key, value);
  return rows;
}

export type ConfigSheetState = {
  /** Whether the sheet exists now. */
  exists: boolean;
  /** The extent of its used range (rows and columns from A1), cleared before writing. */
  used?: { rows: number; cols: number };
  /** The host supports very hidden sheets (else the sheet is only hidden). */
  veryHidden?: boolean;
};

/** The changes that write `config` to `Gevinst_Config` (creating it very hidden if needed). */
export function configChanges(config: GevinstConfig, state: ConfigSheetState): WorkbookChange[] {
  const rows = configRows(config);
  const width = Math.max(...rows.map((r) => r.length));
  const changes: WorkbookChange[] = [];
  if (!state.exists) changes.push({ kind: "addSheet", name: CONFIG_SHEET });
  if (state.used && state.used.rows > 0 && state.used.cols > 0)
    changes.push({
      kind: "clearRange",
      sheet: CONFIG_SHEET,
      range: { row: 0, col: 0, rows: state.used.rows, cols: state.used.cols },
    });
  const cells: CellWrite[][] = rows.map((r) =>
    Array.from({ length: width }, (_, i) => ({ kind: "value", value: r[i] ?? null })),
  );
  changes.push({ kind: "writeCells", sheet: CONFIG_SHEET, at: { row: 0, col: 0 }, cells });
  changes.push({
    kind: "setVisibility",
    sheet: CONFIG_SHEET,
    visibility: state.veryHidden === false ? "hidden" : "veryHidden",
  });
  return changes;
}

function damaged(cell: string | undefined, ref: MessageRef): Issue {
  return {
    severity: "warning",
    code: "SHEET_DAMAGED",
    key: ref.key,
    params: ref.params,
    sheet: CONFIG_SHEET,
    ...(cell === undefined ? {} : { cell }),
  };
}

/**
 * The config in the sheet's values (`values[r][c]` from A1), with an issue for each damaged
 * part. A config written by an older version (no version row: version 0) is migrated first
 * (migrate-config.ts) and `migratedFrom` says from which version. Never throws: a damaged mapping
 * is left out and the user is asked to connect again.
 */
export function parseConfig(values: readonly (readonly CellValue[])[]): {
  config: GevinstConfig;
  issues: Issue[];
  migratedFrom?: number;
} {
  const config = emptyConfig();
  const issues: Issue[] = [];
  let version: number | null = null;
  const raw: ConfigEntries = {};
  const cells = new Map<string, string>();
  values.forEach((row, r) => {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (r === 0 || key === "") return;
    let json = "";
    for (let c = 1; c < row.length; c++) {
      const part = row[c];
      if (typeof part !== "string" || part === "") break;
      json += part.startsWith(PREFIX) ? part.slice(PREFIX.length) : part;
    }
    let value: unknown;
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      issues.push(
        damaged(`B${r + 1}`, {
          key:
            key === MAPPING_KEY || key === "budget"
              ? "CONFIG_MAPPING_UNREADABLE"
              : "CONFIG_SETTING_UNREADABLE",
          params: { setting: key, sheet: CONFIG_SHEET },
        }),
      );
      if (key === SCHEMA_KEY) version = CONFIG_SCHEMA_VERSION;
      return;
    }
    if (key === SCHEMA_KEY) {
      if (typeof value === "number" && Number.isInteger(value) && value >= 0) version = value;
      else {
        issues.push(
          damaged(`B${r + 1}`, {
            key: "CONFIG_BAD_VERSION",
            params: { sheet: CONFIG_SHEET },
          }),
        );
        version = CONFIG_SCHEMA_VERSION;
      }
      if (typeof value === "number" && value > CONFIG_SCHEMA_VERSION)
        issues.push(
          damaged(`B${r + 1}`, { key: "CONFIG_NEWER_VERSION", params: { version: value } }),
        );
      return;
    }
    raw[key] = value;
    cells.set(key, `B${r + 1}`);
  });
  // A sheet with settings but no version row was written before the version existed.
  const from = version ?? (Object.keys(raw).length > 0 ? 0 : CONFIG_SCHEMA_VERSION);
  const entries = migrateConfig(from, raw);
  config.schemaVersion = Math.max(from, CONFIG_SCHEMA_VERSION);
  for (const [key, value] of Object.entries(entries)) {
    if (key !== MAPPING_KEY) {
      config.entries[key] = value;
      continue;
    }
    const checked = validateMapping(value);
    if ("mapping" in checked) config.budgetMapping = checked.mapping;
    else
      issues.push(
        damaged(cells.get(MAPPING_KEY) ?? cells.get("budget"), {
          key: "CONFIG_MAPPING_DAMAGED",
          params: { sheet: CONFIG_SHEET, ...checked.problem },
        }),
      );
  }
  return from < CONFIG_SCHEMA_VERSION ? { config, issues, migratedFrom: from } : { config, issues };
}
