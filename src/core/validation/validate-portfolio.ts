/**
 * All of spec §6 in one call.
 */
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import type { BudgetLookup } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type { Portfolio } from "../model/portfolio.types";
import { validateLinks, validateOverdrawn } from "./validate-links";
import { validateStructure } from "./validate-structure";
import { validateValues } from "./validate-values";

/**
 * Every issue in the portfolio: values (BAD_VALUE, YEAR_OUTSIDE_PLAN), structure (DUPLICATE_ID,
 * UNKNOWN_DEEP_DIVE, MISSING_*, COST_UNLINKED, SHARES_NOT_ONE) and — when a budget is given —
 * LINK_NOT_FOUND, LINK_AMBIGUOUS and LINE_OVERDRAWN. Never throws on bad data.
 */
export function validatePortfolio(portfolio: Portfolio, budget?: BudgetLookup): Issue[] {
  const issues = [...validateValues(portfolio), ...validateStructure(portfolio)];
  if (budget) {
    issues.push(...validateLinks(portfolio, budget));
    issues.push(...validateOverdrawn(calculatePortfolio(portfolio, { budget })));
  }
  return issues;
}
