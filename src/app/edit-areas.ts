/**
 * Rammeområder from the pane (spec §13): which areas the connected budget has under the chosen
 * grouping, and the pure edits that choose the grouping and set an area's name and innsparingskrav.
 * Run through `applyPortfolioEdit` like the other edits; the sheets keep the areas.
 */
import { areaCodeOf } from "../core/areas/calculate-areas";
import type { AreaGrouping } from "../core/areas/area.types";
import { KEY_DIMENSIONS, type BudgetLine, type KeyDimension } from "../core/budget/budget.types";
import {
  planYearsOf,
  type AreaDimension,
  type Portfolio,
  type PortfolioArea,
} from "../core/model/portfolio.types";
import { areaGroupingOf } from "../core/report/build-report";
import { EditError } from "./edit-portfolio";

/** An area the budget officer can give a target: its code and the name shown. */
export type AreaChoice = { id: string; name: string; listed: boolean };

/** The key dimensions some budget line has a code in, in KEY_DIMENSIONS order. */
export function areaDimensions(lines: readonly BudgetLine[]): KeyDimension[] {
  return KEY_DIMENSIONS.filter((d) => lines.some((line) => (line.key[d] ?? "").trim() !== ""));
}

/**
 * The grouping in use and its areas: the listed ones first (as the report lists them), then every
 * code the budget has, named by the budget's own name column when the whole code is the area.
 */
export function budgetAreas(
  portfolio: Portfolio,
  lines: readonly BudgetLine[],
): { grouping: AreaGrouping; areas: AreaChoice[] } {
  const grouping = areaGroupingOf(portfolio, lines);
  const listed = portfolio.areas ?? [];
  const known = new Set(listed.map((a) => a.id.trim()));
  const found = new Map<string, string>();
  for (const line of lines) {
    const code = areaCodeOf(line.key, grouping);
    if (code === null || known.has(code) || found.has(code)) continue;
    // A prefix groups many codes: the name of one of them would misname the area.
    const name = grouping.prefix ? "" : (line.names[grouping.dimension] ?? "").trim();
    found.set(code, name === "" ? code : name);
  }
  const fromBudget = [...found]
    .sort(([a], [b]) => a.localeCompare(b, "nb", { numeric: true }))
    .map(([id, name]) => ({ id, name, listed: false }));
  return {
    grouping,
    areas: [...listed.map((a) => ({ id: a.id, name: a.name, listed: true })), ...fromBudget],
  };
}

function hasTargets(portfolio: Portfolio): boolean {
  return (portfolio.areas ?? []).some((a) =>
    Object.values(a.savingsTarget ?? {}).some((v) => v !== 0),
  );
}

/**
 * Groups the budget by another dimension (and prefix). Refused while an area has a target: its
 * code would mean something else under the new grouping, and a typed krav must not move silently.
 */
export function setAreaGrouping(portfolio: Portfolio, grouping: AreaGrouping): Portfolio {
  const same =
    portfolio.areaDimension === grouping.dimension && portfolio.areaPrefix === grouping.prefix;
  if (same) return portfolio;
  if (hasTargets(portfolio)) throw new EditError("EDIT_AREA_GROUPING_HAS_TARGETS");
  const next: Portfolio = { ...portfolio, areaDimension: grouping.dimension as AreaDimension };
  // The old areas' codes mean nothing under the new grouping (none has a target: nothing lost).
  delete next.areas;
  delete next.areaPrefix;
  if (grouping.prefix) next.areaPrefix = grouping.prefix;
  return next;
}

export type AreaTargetInput = {
  id: string;
  name: string;
  /** Per plan year; null = blank (no krav that year). */
  target: Record<string, number | null>;
};

/**
 * Sets one area's name and innsparingskrav (added to `areas` if not listed). The grouping the pane
 * showed is written down, so the area keeps meaning the same lines when the budget changes.
 */
export function setAreaTarget(
  portfolio: Portfolio,
  grouping: AreaGrouping,
  input: AreaTargetInput,
): Portfolio {
  const id = input.id.trim();
  if (id === "") throw new EditError("EDIT_AREA_NOT_CHOSEN");
  const years = new Set(planYearsOf(portfolio.budgetYear));
  const savingsTarget: Record<string, number> = {};
  for (const [year, value] of Object.entries(input.target)) {
    if (value === null || !years.has(year)) continue;
    if (!Number.isFinite(value)) throw new EditError("EDIT_AREA_TARGET_NUMBER", { year });
    savingsTarget[year] = value;
  }
  const name = input.name.trim() === "" ? id : input.name.trim();
  const listed = portfolio.areas ?? [];
  const existing = listed.find((a) => a.id.trim() === id);
  const area: PortfolioArea = { ...existing, id, name, savingsTarget };
  const areas = existing ? listed.map((a) => (a === existing ? area : a)) : [...listed, area];
  return {
    ...portfolio,
    areaDimension: grouping.dimension as AreaDimension,
    ...(grouping.prefix ? { areaPrefix: grouping.prefix } : {}),
    areas,
  };
}
