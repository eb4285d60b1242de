/**
 * Budget adjustments per linked line (spec §4): the withdrawable amount of counted measures' uttak
 * benefits is taken off the linked lines by share, and their costs are added to the cost line.
 * A measure innarbeidet i budsjettet (`includedInBudget`) is already in the budget: its lines are
 * listed but not adjusted again. Where the budget has accounts for a year, each line shows actual
 * against adjusted (spec §12).
 */
import type { BudgetLine } from "../budget/budget.types";
import { OERE_EPSILON } from "../money";
import { readFraction } from "../model/read-values";
import type { BudgetKey, Measure } from "../model/portfolio.types";
import { compareKeys, keyId, normaliseKey } from "./budget-key";
import type {
  AdjustmentYear,
  BudgetAdjustment,
  BudgetLookup,
  MeasureResult,
} from "./calculation.types";

/** The single line a key matches, or null (none or several). */
export function findSingleLine(
  budget: BudgetLookup | undefined,
  key: BudgetKey,
): BudgetLine | null {
  if (!budget) return null;
  const lines = budget.findLines(key);
  return lines.length === 1 ? (lines[0] ?? null) : null;
}

/** The share of a link: a bad share counts as 0; an absent share is 1 for a sole link. */
export function linkShare(measure: Measure, benefitIndex: number, linkIndex: number): number {
  const benefit = measure.benefits[benefitIndex];
  const link = benefit?.links[linkIndex];
  if (!benefit || !link) return 0;
  return readFraction(
    benefit,
    `links.${linkIndex}.share`,
    link.share,
    benefit.links.length === 1 ? 1 : 0,
  );
}

/**
 * adjustment(line,t) = −Σ withdrawable(b,t) × share + Σ cost(t) of counted measures whose costLink
 * is the line; adjusted = original + adjustment. A link that matches no single line (or no budget
 * given) is kept under its own key with original 0, so no amount is lost. A measure with
 * `includedInBudget` adds nothing (the adopted budget already holds its effect) but is listed on
 * its lines. actual and actualVsAdjusted = actual − adjusted are set for the years the line has
 * accounts for.
 *
 * @param results calculated measures in the same order as `measures`.
 */
export function calculateBudgetAdjustments(
  measures: readonly Measure[],
  results: readonly MeasureResult[],
  years: readonly string[],
  budget?: BudgetLookup,
): BudgetAdjustment[] {
  const byKey = new Map<string, BudgetAdjustment>();

  const entryFor = (key: BudgetKey, measureId: string): BudgetAdjustment => {
    const line = findSingleLine(budget, key);
    const normalised = normaliseKey(line ? line.key : key);
    const id = keyId(normalised);
    let entry = byKey.get(id);
    if (!entry) {
      const perYear: Record<string, AdjustmentYear> = {};
      years.forEach((year, i) => {
        const original = line ? (line.amounts[i] ?? 0) : 0;
        perYear[year] = { original, adjustment: 0, adjusted: original, withdrawn: 0, addedCost: 0 };
      });
      entry = { key: normalised, line, measures: [], years: perYear };
      byKey.set(id, entry);
    }
    if (!entry.measures.includes(measureId)) entry.measures.push(measureId);
    return entry;
  };

  measures.forEach((measure, m) => {
    const result = results[m];
    if (!result?.counted) return;
    // Innarbeidet i budsjettet: listed on its lines, but the budget already holds its effect.
    const adjusts = measure.includedInBudget !== true;
    measure.benefits.forEach((benefit, b) => {
      if (benefit.budgetEffect !== "uttak") return;
      const benefitResult = result.benefits[b];
      benefit.links.forEach((link, l) => {
        const share = linkShare(measure, b, l);
        const entry = entryFor(link, measure.id);
        for (const year of years) {
          const slot = entry.years[year] as AdjustmentYear;
          if (adjusts) slot.withdrawn += (benefitResult?.years[year]?.withdrawable ?? 0) * share;
        }
      });
    });
    if (measure.costLink) {
      const entry = entryFor(measure.costLink, measure.id);
      for (const year of years) {
        if (adjusts)
          (entry.years[year] as AdjustmentYear).addedCost += result.years[year]?.cost ?? 0;
      }
    }
  });

  const list = [...byKey.values()];
  for (const entry of list) {
    for (const year of years) {
      const slot = entry.years[year] as AdjustmentYear;
      slot.adjustment = slot.addedCost - slot.withdrawn;
      slot.adjusted = slot.original + slot.adjustment;
      const actual = entry.line?.actuals?.[year];
      if (actual !== undefined) {
        slot.actual = actual;
        slot.actualVsAdjusted = actual - slot.adjusted;
      }
    }
  }
  return list.sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * The LINE_OVERDRAWN rule: on a budget line whose original amount in a year is ≥ 0 (an expense
 * line, or an empty one), the counted measures together take out more than the line holds —
 * withdrawn(t) > original(t) + half an øre. Income lines (original < 0) cannot be overdrawn: a
 * withdrawal makes the income larger. Costs put on the line are not netted against the withdrawal:
 * the guard is about two measures claiming the same savings. Lines not in the budget are skipped
 * (they are LINK_NOT_FOUND already).
 *
 * @returns the plan years in which the line is overdrawn.
 */
export function overdrawnYears(adjustment: BudgetAdjustment, years: readonly string[]): string[] {
  if (!adjustment.line) return [];
  return years.filter((year) => {
    const slot = adjustment.years[year];
    return (
      slot !== undefined &&
      slot.original >= 0 &&
      slot.withdrawn > 0 &&
      slot.withdrawn > slot.original + OERE_EPSILON
    );
  });
}
