/**
 * Q3 «velge endringstiltak»: rank measures by risk-adjusted budget effect per krone of cost, must-do
 * first, and propose the smallest set of proposed measures that closes each year's gap. A pure
 * report: it never changes a status.
 */
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import type { MeasureResult, PortfolioResult } from "../calculation/calculation.types";
import { formatKroner, OERE_EPSILON, type Nok } from "../money";
import type { Measure, Portfolio } from "../model/portfolio.types";
import type { MessageParams, MessageRef } from "../model/issue.types";

export type RankedMeasure = {
  id: string;
  name: string;
  status: Measure["status"];
  mustDo: boolean;
  /** True when some benefit is `uttak`: the effect is budgetNet; else it is expectedNet. */
  hasWithdrawal: boolean;
  /** Σ budgetNet over the period (or Σ expectedNet without uttak), kr. */
  effect: Nok;
  /** Σ cost over the period, kr. */
  cost: Nok;
  /** effect / cost, kr per krone; null when the measure has no cost in the period. */
  effectPerKrone: number | null;
  /** 1-based. */
  rank: number;
};

export type ProposedMeasure = {
  id: string;
  /** What the measure does to each year's gap (its budgetNet), kr. */
  budgetNet: Record<string, Nok>;
  /** How much of the remaining positive gap it closed, summed over the years, kr. */
  closes: Nok;
};

export type Prioritisation = {
  ranking: RankedMeasure[];
  /** Gap per year from the counted measures, before the proposal. */
  gapBefore: Record<string, Nok>;
  proposal: ProposedMeasure[];
  /** Gap per year if the proposed measures were added. */
  gapAfter: Record<string, Nok>;
  /** True when every year's gap is ≤ 0 after the proposal. */
  closesGap: boolean;
  /** A closing line: closed, or which years remain open and by how much (a catalogue key). */
  summaryRef: MessageRef;
};

function rankKey(a: RankedMeasure, b: RankedMeasure): number {
  if (a.mustDo !== b.mustDo) return a.mustDo ? -1 : 1;
  // No cost and a positive effect is an unbounded return: before every costed measure.
  const tier = (m: RankedMeasure) => (m.effectPerKrone === null ? (m.effect > 0 ? 0 : 2) : 1);
  if (tier(a) !== tier(b)) return tier(a) - tier(b);
  if (
    a.effectPerKrone !== null &&
    b.effectPerKrone !== null &&
    a.effectPerKrone !== b.effectPerKrone
  ) {
    return b.effectPerKrone - a.effectPerKrone;
  }
  if (a.effect !== b.effect) return b.effect - a.effect;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function rank(portfolio: Portfolio, result: PortfolioResult): RankedMeasure[] {
  const list: { ranked: RankedMeasure; measure: Measure }[] = [];
  portfolio.measures.forEach((measure, i) => {
    const r = result.measures[i] as MeasureResult;
    if (measure.status === "avbrutt") return;
    const hasWithdrawal = measure.benefits.some((b) => b.budgetEffect === "uttak");
    const effect = hasWithdrawal ? r.total.budgetNet : r.total.expectedNet;
    const cost = r.total.cost;
    list.push({
      measure,
      ranked: {
        id: measure.id,
        name: measure.name,
        status: measure.status,
        mustDo: measure.mustDo === true,
        hasWithdrawal,
        effect,
        cost,
        effectPerKrone: cost > OERE_EPSILON ? effect / cost : null,
        rank: 0,
      },
    });
  });
  list.sort((a, b) => rankKey(a.ranked, b.ranked));
  return list.map(({ ranked }, i) => ({ ...ranked, rank: i + 1 }));
}

function positiveGap(gap: Record<string, Nok>, years: readonly string[]): Nok {
  return years.reduce((sum, year) => sum + Math.max(gap[year] ?? 0, 0), 0);
}

/**
 * Ranks every measure that is not `avbrutt` and proposes which `foreslatt` measures to add:
 * must-do candidates first (always), then greedily the candidate that closes the most of the
 * remaining positive gap (summed over the years; ties by rank), until every year is balanced or
 * no candidate helps. Greedy is not guaranteed minimal, but is small and explainable.
 */
export function prioritiseMeasures(
  portfolio: Portfolio,
  calculated?: PortfolioResult,
): Prioritisation {
  const result = calculated ?? calculatePortfolio(portfolio);
  const years = result.years;
  const ranking = rank(portfolio, result);
  const byId = new Map(result.measures.map((m) => [m.id, m]));
  const gapBefore = Object.fromEntries(years.map((y) => [y, result.balance[y]?.gap ?? 0]));
  const remaining: Record<string, Nok> = { ...gapBefore };
  const proposal: ProposedMeasure[] = [];

  const add = (candidate: RankedMeasure) => {
    const figures = byId.get(candidate.id);
    const before = positiveGap(remaining, years);
    const budgetNet: Record<string, Nok> = {};
    for (const year of years) {
      budgetNet[year] = figures?.years[year]?.budgetNet ?? 0;
      remaining[year] = (remaining[year] ?? 0) - (budgetNet[year] ?? 0);
    }
    const closes = before - positiveGap(remaining, years);
    proposal.push({ id: candidate.id, budgetNet, closes });
  };

  const candidates = ranking.filter((m) => m.status === "foreslatt");
  for (const candidate of candidates.filter((m) => m.mustDo)) {
    add(candidate);
  }
  let open = candidates.filter((m) => !m.mustDo);
  while (positiveGap(remaining, years) > OERE_EPSILON && open.length > 0) {
    const gapNow = positiveGap(remaining, years);
    let best: { candidate: RankedMeasure; closes: Nok } | null = null;
    for (const candidate of open) {
      const figures = byId.get(candidate.id);
      const after = years.reduce(
        (sum, y) => sum + Math.max((remaining[y] ?? 0) - (figures?.years[y]?.budgetNet ?? 0), 0),
        0,
      );
      const closes = gapNow - after;
      if (closes > OERE_EPSILON && (!best || closes > best.closes + OERE_EPSILON))
        best = { candidate, closes };
    }
    if (!best) break;
    const chosen = best.candidate;
    add(chosen);
    open = open.filter((m) => m.id !== chosen.id);
  }

  const gapAfter = Object.fromEntries(years.map((y) => [y, remaining[y] ?? 0]));
  const openYears = years.filter((y) => (gapAfter[y] ?? 0) > OERE_EPSILON);
  const gapParams: MessageParams = { years: openYears.join(",") };
  for (const y of openYears) gapParams[`gap.${y}`] = formatKroner(gapAfter[y] ?? 0);
  const summaryRef: MessageRef =
    openYears.length > 0
      ? { key: "PRIORITY_GAP_OPEN", params: gapParams }
      : proposal.length === 0
        ? { key: "PRIORITY_ALREADY_CLOSED", params: {} }
        : {
            key: "PRIORITY_CLOSES_GAP",
            params: { count: proposal.length, ids: proposal.map((p) => p.id).join(", ") },
          };
  return {
    ranking,
    gapBefore,
    proposal,
    gapAfter,
    closesGap: openYears.length === 0,
    summaryRef,
  };
}
