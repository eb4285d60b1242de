/**
 * Checks against the budget (spec §4, §6): LINK_NOT_FOUND, LINK_AMBIGUOUS, and our guard
 * LINE_OVERDRAWN. Skipped when no budget is given.
 */
import { describeKey } from "../calculation/budget-key";
import { overdrawnYears } from "../calculation/budget-adjustments";
import type { BudgetLookup, PortfolioResult } from "../calculation/calculation.types";
import { formatKroner } from "../money";
import type { Issue, MessageParams } from "../model/issue.types";
import type { BudgetKey, Portfolio } from "../model/portfolio.types";
import { makeIssue, whoParams, type IssuePlace } from "./issue-factory";

function checkKey(
  issues: Issue[],
  budget: BudgetLookup,
  key: BudgetKey,
  place: IssuePlace,
  who: MessageParams,
): void {
  const count = budget.findLines(key).length;
  if (count === 1) return;
  if (count === 0) {
    issues.push(
      makeIssue("LINK_NOT_FOUND", place, {
        key: "LINK_NOT_FOUND",
        params: { ...who, key: describeKey(key) },
      }),
    );
  } else {
    issues.push(
      makeIssue("LINK_AMBIGUOUS", place, {
        key: "LINK_AMBIGUOUS",
        params: { ...who, key: describeKey(key), count },
      }),
    );
  }
}

/** Every link and cost link of measures that are not `avbrutt`, checked against the budget. */
export function validateLinks(portfolio: Portfolio, budget: BudgetLookup): Issue[] {
  const issues: Issue[] = [];
  for (const measure of portfolio.measures) {
    if (measure.status === "avbrutt") continue;
    if (measure.costLink) {
      checkKey(
        issues,
        budget,
        measure.costLink,
        { measure: measure.id, field: "costLink" },
        // No `link` param: the catalogues say «the cost link».
        whoParams({ measure }),
      );
    }
    for (const benefit of measure.benefits) {
      benefit.links.forEach((link, i) => {
        checkKey(
          issues,
          budget,
          link,
          { measure: measure.id, benefit: benefit.id, field: `links.${i}` },
          { ...whoParams({ measure, benefit }), link: i + 1 },
        );
      });
    }
  }
  return issues;
}

/** LINE_OVERDRAWN: counted measures together take more out of a line than it holds (docs/model.md). */
export function validateOverdrawn(result: PortfolioResult): Issue[] {
  const issues: Issue[] = [];
  for (const adjustment of result.budgetAdjustments) {
    const years = overdrawnYears(adjustment, result.years);
    if (years.length === 0) continue;
    // Per year what is taken and what the line holds, as params `withdrawn.<year>`, `original.<year>`.
    const amounts: MessageParams = {};
    for (const year of years) {
      const slot = adjustment.years[year];
      amounts[`withdrawn.${year}`] = formatKroner(slot?.withdrawn ?? 0);
      amounts[`original.${year}`] = formatKroner(slot?.original ?? 0);
    }
    issues.push(
      makeIssue(
        "LINE_OVERDRAWN",
        { measure: adjustment.measures[0] },
        {
          key: "LINE_OVERDRAWN",
          params: {
            key: describeKey(adjustment.key),
            years: years.join(","),
            measures: adjustment.measures.join(", "),
            ...amounts,
          },
        },
      ),
    );
  }
  return issues;
}
