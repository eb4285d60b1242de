/**
 * The add-in's own settings, kept in the workbook in the very hidden sheet `Gevinst_Config`
 * (not Office Settings: they travel with the file to every host and to the command line).
 */
import type { BudgetMapping } from "../budget/budget.types";

/** The config sheet's name; it starts with «Gevinst» so the port lets Gevinst write it. */
export const CONFIG_SHEET = "Gevinst_Config";

/** The format version written by this code. */
export const CONFIG_SCHEMA_VERSION = 2;

export type GevinstConfig = {
  schemaVersion: number;
  /** The budget mapping the user confirmed. */
  budgetMapping?: BudgetMapping;
  /**
   * Every other key, as parsed JSON, kept and written back unchanged: room for later settings
   * (the workbook's Gevinst sheet names …) without a new schema version.
   */
  entries: Record<string, unknown>;
};
