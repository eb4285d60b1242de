/**
 * Keys completed from the budget (spec §13): a link or cost link that leaves out the
 * tjenesteområde of a budget that has one, and names one line with the rest of its key, gets
 * that line's tjenesteområde — so the sheets show, sum and read back the whole key. A key that
 * names no line or several is left as it is (LINK_NOT_FOUND / LINK_AMBIGUOUS say so).
 */
import type { BudgetKey, Portfolio } from "../model/portfolio.types";
import type { BudgetLookup } from "./calculation.types";

function completed<K extends BudgetKey>(key: K, budget: BudgetLookup): K {
  if (String(key.tjenesteomrade ?? "").trim() !== "") return key;
  const lines = budget.findLines(key);
  const area = lines.length === 1 ? (lines[0]?.key.tjenesteomrade ?? "") : "";
  return area === "" ? key : { ...key, tjenesteomrade: area };
}

/** The portfolio with every link's and cost link's tjenesteområde filled in where one line has it. */
export function completeAreaKeys(portfolio: Portfolio, budget: BudgetLookup): Portfolio {
  let changed = false;
  const measures = portfolio.measures.map((measure) => {
    const costLink = measure.costLink ? completed(measure.costLink, budget) : undefined;
    const benefits = measure.benefits.map((benefit) => {
      const links = benefit.links.map((link) => completed(link, budget));
      if (links.every((link, i) => link === benefit.links[i])) return benefit;
      changed = true;
      return { ...benefit, links };
    });
    if (costLink === measure.costLink && benefits.every((b, i) => b === measure.benefits[i]))
      return measure;
    changed = true;
    return { ...measure, benefits, ...(costLink ? { costLink } : {}) };
  });
  return changed ? { ...portfolio, measures } : portfolio;
}
