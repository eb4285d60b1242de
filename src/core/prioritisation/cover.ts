/**
 * Cover for a shortfall (spec §14): when the prognosis leaves a gap in the budget year, propose
 * measures not yet counted (`foreslatt`) that would close it, as the Q3 proposal does (§6): must-do
 * candidates first, then greedily the one that closes most of what remains, ties by rank.
 */
import type { PortfolioResult } from "../calculation/calculation.types";
import type { CoverMeasure } from "../follow-up/follow-up.types";
import { OERE_EPSILON, type Nok } from "../money";
import type { Portfolio } from "../model/portfolio.types";
import { prioritiseMeasures } from "./prioritise";

/**
 * The measures proposed to close `gap` (kr, > 0) in `year`, each with its budgetNet that year
 * (what it does to the bottom line, as at Q3) and how much of the remaining gap it closes. Stops
 * when the gap is closed or no candidate helps; may leave part of the gap open.
 */
export function coverShortfall(
  portfolio: Portfolio,
  result: PortfolioResult,
  year: string,
  gap: Nok,
): CoverMeasure[] {
  const ranking = prioritiseMeasures(portfolio, result).ranking;
  const byId = new Map(result.measures.map((m) => [m.id, m]));
  const effect = (id: string) => byId.get(id)?.years[year]?.budgetNet ?? 0;
  const candidates = ranking.filter((m) => m.status === "foreslatt");
  const cover: CoverMeasure[] = [];
  let remaining = gap;
  const take = (id: string) => {
    const budgetNet = effect(id);
    const closes = Math.max(remaining, 0) - Math.max(remaining - budgetNet, 0);
    remaining -= budgetNet;
    cover.push({ id, budgetNet, closes });
  };
  for (const candidate of candidates.filter((m) => m.mustDo)) take(candidate.id);
  let open = candidates.filter((m) => !m.mustDo);
  while (remaining > OERE_EPSILON && open.length > 0) {
    let best: { id: string; closes: Nok } | null = null;
    for (const candidate of open) {
      const closes = remaining - Math.max(remaining - effect(candidate.id), 0);
      if (closes > OERE_EPSILON && (!best || closes > best.closes + OERE_EPSILON))
        best = { id: candidate.id, closes };
    }
    if (!best) break;
    const chosen = best.id;
    take(chosen);
    open = open.filter((m) => m.id !== chosen);
  }
  return cover;
}
