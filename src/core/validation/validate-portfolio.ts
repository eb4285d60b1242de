/**
 * All of spec §6 in one call.
 */
import { checkAreaTargets } from "../areas/calculate-areas";
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import type { BudgetLookup } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import { formatKroner } from "../money";
import { planYearsOf, type Portfolio } from "../model/portfolio.types";
import { makeIssue } from "./issue-factory";
import { validateFollowUp } from "./validate-follow-up";
import { validateLinks, validateOverdrawn } from "./validate-links";
import { validateStructure } from "./validate-structure";
import { validateValues } from "./validate-values";
import { validateAreaIds, validateAreasInBudget } from "./validate-areas";
import type { BudgetLine } from "../budget/budget.types";

/**
 * Every issue in the portfolio: values (BAD_VALUE, YEAR_OUTSIDE_PLAN), structure (DUPLICATE_ID,
 * UNKNOWN_DEEP_DIVE, MISSING_*, COST_UNLINKED, SHARES_NOT_ONE) and — when a budget is given —
 * LINK_NOT_FOUND, LINK_AMBIGUOUS and LINE_OVERDRAWN; AREA_TARGETS_EXCEED_TOTAL, AREA_DUPLICATE
 * and (with the budget's lines) AREA_NOT_IN_BUDGET for rammeområder (spec §13). Never throws on
 * bad data.
 */
export function validatePortfolio(portfolio: Portfolio, budget?: BudgetLookup): Issue[] {
  const issues = [
    ...validateValues(portfolio),
    ...validateStructure(portfolio),
    ...validateAreaTargets(portfolio),
    ...validateAreaIds(portfolio),
    ...validateFollowUp(portfolio),
  ];
  if (budget) {
    // Only a budget that hands over its lines (a BudgetIndex) can tell which codes it has.
    const lines = (budget as { lines?: readonly BudgetLine[] }).lines;
    if (lines) issues.push(...validateAreasInBudget(portfolio, lines));
    issues.push(...validateLinks(portfolio, budget));
    issues.push(...validateOverdrawn(calculatePortfolio(portfolio, { budget })));
  }
  return issues;
}

/**
 * AREA_TARGETS_EXCEED_TOTAL (spec §13, docs/model.md §9b): one warning per plan year where the
 * areas' savings targets summed exceed the kommune-wide savingsTarget by more than half an øre
 * (a year without a kommune-wide target counts as 0). Nothing without `areas`.
 */
export function validateAreaTargets(portfolio: Portfolio): Issue[] {
  if (!portfolio.areas || portfolio.areas.length === 0) return [];
  const years = planYearsOf(portfolio.budgetYear);
  return checkAreaTargets(portfolio.areas, portfolio.savingsTarget, years).map((found) =>
    makeIssue(
      "AREA_TARGETS_EXCEED_TOTAL",
      { field: `savingsTarget.${found.year}` },
      {
        key: "AREA_TARGETS_EXCEED_TOTAL",
        params: {
          year: found.year,
          sum: formatKroner(found.sum),
          total: formatKroner(found.total),
          areas: portfolio.areas?.length ?? 0,
        },
      },
    ),
  );
}
