/**
 * The Gevinst sheets → the model: settings, savings requirement, deep-dives and measures, plus
 * every issue with the sheet and cell where it must be fixed. The workbook is the source of truth
 * (spec §9): the add-in and the command line compute from what this returns.
 */
import { SHEET_LOG, SHEET_OVERVIEW, SHEET_SETTINGS, isDeepDiveSheet } from "./shared/sheet-names";
import { readApprovals } from "./a3/approvals";
import type { Issue } from "../model/issue.types";
import { planYearsOf, type Portfolio } from "../model/portfolio.types";
import { emptyPortfolio } from "../model/settings";
import type { SheetGrid } from "../workbook/workbook-port";
import { parseDeepDiveSheet, type ParsedDeepDiveSheet } from "./deep-dive/parse-deep-dive";
import { parseOverviewSheet, parseSettingsSheet } from "./settings/parse-settings";
import type { OverviewTexts } from "./overview/render-overview";
import { SHEET_HISTORY, readHistory } from "./history/history-sheet";
import { readVersions } from "./versions/versions-sheet";
import { SHEET_VERSIONS } from "./shared/sheet-names";
import { SHEET_RAMMER } from "./shared/sheet-names";
import { parseRammerSheet } from "./rammer/parse-rammer";
import { SHEET_TERTIAL } from "./shared/sheet-names";
import { parseTertialSheet } from "./tertial/parse-tertial";

export type GevinstRead = {
  portfolio: Portfolio;
  overview: OverviewTexts;
  deepDiveSheets: ParsedDeepDiveSheet[];
  issues: Issue[];
};

/**
 * Reads the Gevinst sheets in `grids` (other sheets are ignored).
 * @param fallbackBudgetYear used when the settings sheet is missing or has no budget year.
 */
export function readGevinstSheets(
  grids: readonly SheetGrid[],
  fallbackBudgetYear?: number,
): GevinstRead {
  const byName = new Map(grids.map((grid) => [grid.name, grid]));
  const issues: Issue[] = [];
  const settingsGrid = byName.get(SHEET_SETTINGS);
  const parsedSettings = settingsGrid ? parseSettingsSheet(settingsGrid) : null;
  const budgetYear = parsedSettings?.budgetYear ?? fallbackBudgetYear;
  if (budgetYear === undefined || !Number.isInteger(budgetYear)) {
    issues.push({
      severity: "error",
      code: "MISSING_FIELD",
      sheet: SHEET_SETTINGS,
      key: "SHEET_NO_BUDGET_YEAR",
      params: { sheet: SHEET_SETTINGS },
    });
  }
  const portfolio = emptyPortfolio(budgetYear ?? 0, parsedSettings?.organisation ?? "");
  const invalid: Record<string, unknown> = {};
  if (parsedSettings) {
    portfolio.settings = parsedSettings.settings;
    Object.assign(invalid, parsedSettings.invalid);
    issues.push(...parsedSettings.issues);
  }
  // The follow-up settings live on «Gevinst Tertial» (spec §14).
  const tertialGrid = byName.get(SHEET_TERTIAL);
  if (tertialGrid) {
    const tertial = parseTertialSheet(tertialGrid);
    if (tertial.followUpPeriods) portfolio.settings.followUpPeriods = tertial.followUpPeriods;
    if (tertial.followUpPeriod) portfolio.settings.followUpPeriod = tertial.followUpPeriod;
    Object.assign(invalid, tertial.invalid);
  }
  const years = planYearsOf(portfolio.budgetYear);
  const overviewGrid = byName.get(SHEET_OVERVIEW);
  let overview: OverviewTexts = {};
  if (overviewGrid) {
    const parsed = parseOverviewSheet(overviewGrid, years);
    overview = parsed.texts;
    portfolio.savingsTarget = parsed.savingsTarget;
    Object.assign(invalid, parsed.invalid);
    issues.push(...parsed.issues);
  }
  const deepDiveSheets: ParsedDeepDiveSheet[] = [];
  for (const grid of grids) {
    if (!isDeepDiveSheet(grid.name)) continue;
    const parsed = parseDeepDiveSheet(grid, years);
    deepDiveSheets.push(parsed);
    if (parsed.deepDive) portfolio.deepDives.push(parsed.deepDive);
    portfolio.measures.push(...parsed.measures);
    issues.push(...parsed.issues);
  }
  // The rammeområder live on their own sheet (spec §13).
  const rammerGrid = byName.get(SHEET_RAMMER);
  if (rammerGrid) {
    const parsed = parseRammerSheet(rammerGrid, years);
    if (parsed.areaDimension) portfolio.areaDimension = parsed.areaDimension;
    if (parsed.areaPrefix !== undefined) portfolio.areaPrefix = parsed.areaPrefix;
    if (parsed.areas.length > 0) portfolio.areas = parsed.areas;
    Object.assign(invalid, parsed.invalid);
    issues.push(...parsed.issues);
  }
  const approvals = readApprovals(byName.get(SHEET_LOG));
  if (approvals.length > 0) portfolio.approvals = approvals;
  // Years that have left the plan (spec §12), kept across moves to the next budget year.
  const history = readHistory(byName.get(SHEET_HISTORY));
  if (history.entries.length > 0) portfolio.history = history.entries;
  if (Object.keys(history.targets).length > 0) portfolio.historySavingsTarget = history.targets;
  // Frozen versions (spec §15), fixed values kept across export, import and roll.
  const versions = readVersions(byName.get(SHEET_VERSIONS));
  if (versions.length > 0) portfolio.versions = versions;
  if (Object.keys(invalid).length > 0) portfolio.invalid = invalid;
  return { portfolio, overview, deepDiveSheets, issues };
}
