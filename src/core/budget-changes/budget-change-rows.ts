/**
 * The rows of the budget changes file (spec §15) from the calculation's per-line adjustments
 * (spec §4): one row per budget line and plan year whose figure changes by at least a krone.
 */
import { calculateBudgetAdjustments } from "../calculation/budget-adjustments";
import { keyId } from "../calculation/budget-key";
import type { BudgetLookup, PortfolioResult } from "../calculation/calculation.types";
import type { Portfolio } from "../model/portfolio.types";
import type { BudgetChangeRow } from "./budget-changes.types";

/**
 * Whole kroner, half away from zero (as Excel's ROUND and the «#,##0» display): 2.5 → 3,
 * −2.5 → −3. A millionth of a krone of slack keeps 0.4999999999 from sums of shares at 0.5.
 */
export function wholeKroner(amount: number): number {
  const rounded = Math.round(Math.abs(amount) + 1e-6);
  return rounded === 0 ? 0 : Math.sign(amount) * rounded;
}

/**
 * Which measures move each (line, year): the adjustment of each counted measure on its own. A
 * measure innarbeidet i budsjettet, or one whose uttak and costs are 0 that year, is not named.
 */
function contributors(
  portfolio: Portfolio,
  result: PortfolioResult,
  budget: BudgetLookup,
): Map<string, string[]> {
  const byLineYear = new Map<string, string[]>();
  portfolio.measures.forEach((measure, m) => {
    const measureResult = result.measures[m];
    if (!measureResult?.counted) return;
    const own = calculateBudgetAdjustments([measure], [measureResult], result.years, budget);
    for (const entry of own) {
      for (const year of result.years) {
        if ((entry.years[year]?.adjustment ?? 0) === 0) continue;
        const id = `${keyId(entry.key)}|${year}`;
        const list = byLineYear.get(id) ?? [];
        if (!list.includes(measure.id)) list.push(measure.id);
        byLineYear.set(id, list);
      }
    }
  });
  return byLineYear;
}

/**
 * One row per budget line × plan year with a change: amount = wholeKroner(adjusted) −
 * wholeKroner(original), so the rounded original plus the file is exactly the rounded adjusted
 * budget the report and the budget-link sheet show, line by line (docs/model.md §4b). A line
 * whose change rounds to 0 kr gets no row. Keys that match no single budget line (LINK_NOT_FOUND,
 * LINK_AMBIGUOUS) are left out: the budget system has no line to put them on, and the issues say
 * so. Rows are in the report's line order, years in order.
 */
export function budgetChangeRows(
  portfolio: Portfolio,
  result: PortfolioResult,
  budget: BudgetLookup,
): BudgetChangeRow[] {
  const who = contributors(portfolio, result, budget);
  const names = new Map(portfolio.measures.map((m) => [m.id, m.name]));
  const rows: BudgetChangeRow[] = [];
  for (const adjustment of result.budgetAdjustments) {
    if (!adjustment.line) continue;
    for (const year of result.years) {
      const slot = adjustment.years[year];
      if (!slot) continue;
      const amount = wholeKroner(slot.adjusted) - wholeKroner(slot.original);
      if (amount === 0) continue;
      const measures = who.get(`${keyId(adjustment.key)}|${year}`) ?? [];
      rows.push({
        key: { ...adjustment.key },
        year,
        amount,
        measures,
        names: measures.map((id) => names.get(id) ?? ""),
      });
    }
  }
  return rows;
}
