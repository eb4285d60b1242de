/**
 * The rammeområder's own checks (spec §13): an area id listed twice (AREA_DUPLICATE: its krav
 * would be counted twice against the kommune's and the sheet could not tell them apart), and a
 * listed area no budget line has (AREA_NOT_IN_BUDGET: a mistyped code, or a dimension or prefix
 * that does not match the budget; its ramme is 0).
 */
import { areaCodeOf } from "../areas/calculate-areas";
import type { AreaGrouping } from "../areas/area.types";
import type { BudgetLine } from "../budget/budget.types";
import type { Issue } from "../model/issue.types";
import type { Portfolio } from "../model/portfolio.types";
import { makeIssue } from "./issue-factory";

/** AREA_DUPLICATE on every listing of an id after its first (ids compared trimmed). */
export function validateAreaIds(portfolio: Portfolio): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  (portfolio.areas ?? []).forEach((area, k) => {
    const id = area.id.trim();
    const first = seen.get(id);
    if (first === undefined) seen.set(id, k);
    else
      issues.push(
        makeIssue(
          "AREA_DUPLICATE",
          { field: `areas.${k}.id` },
          { key: "AREA_DUPLICATE", params: { id, first: first + 1, at: k + 1 } },
        ),
      );
  });
  return issues;
}

/**
 * The grouping as the report's `areaGroupingOf` (report/build-report.ts) picks it, repeated here
 * because the report depends on validation, not the other way round.
 */
function groupingOf(portfolio: Portfolio, lines: readonly BudgetLine[]): AreaGrouping {
  const has = (dimension: "tjenesteomrade" | "funksjon") =>
    lines.some((line) => (line.key[dimension] ?? "").trim() !== "");
  const dimension =
    portfolio.areaDimension ??
    (has("tjenesteomrade") ? "tjenesteomrade" : has("funksjon") ? "funksjon" : "ansvar");
  return portfolio.areaPrefix !== undefined
    ? { dimension, prefix: portfolio.areaPrefix }
    : { dimension };
}

/** AREA_NOT_IN_BUDGET (warning) for each listed area whose code no budget line has. */
export function validateAreasInBudget(portfolio: Portfolio, lines: readonly BudgetLine[]): Issue[] {
  if (!portfolio.areas || portfolio.areas.length === 0 || lines.length === 0) return [];
  const grouping = groupingOf(portfolio, lines);
  const codes = new Set<string>();
  for (const line of lines) {
    const code = areaCodeOf(line.key, grouping);
    if (code !== null) codes.add(code);
  }
  const issues: Issue[] = [];
  portfolio.areas.forEach((area, k) => {
    const id = area.id.trim();
    if (id !== "" && !codes.has(id))
      issues.push(
        makeIssue(
          "AREA_NOT_IN_BUDGET",
          { field: `areas.${k}.id` },
          {
            key: "AREA_NOT_IN_BUDGET",
            params: {
              id,
              dimension: grouping.dimension,
              ...(grouping.prefix !== undefined ? { prefix: grouping.prefix } : {}),
            },
          },
        ),
      );
  });
  return issues;
}
