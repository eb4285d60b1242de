/**
 * Freezing a version (spec §15): the portfolio's calculated figures as fixed values — per measure
 * and plan year status, expected, uttak and budgetNet, per budget line the adjustment, and the
 * savings target — so what the council was shown stays, whatever is typed later.
 */
import type { PortfolioResult } from "../calculation/calculation.types";
import type {
  Portfolio,
  PortfolioVersion,
  VersionAdjustment,
  VersionKind,
  VersionMeasure,
} from "../model/portfolio.types";

export type VersionHead = { kind: VersionKind; name: string; date: string; by: string };

/** The next free id: «V1», «V2» … after the highest «V<n>» there is. */
export function nextVersionId(versions: readonly PortfolioVersion[] = []): string {
  const numbers = versions.map((v) => /^V(\d+)$/.exec(v.id)?.[1]).map(Number);
  return `V${Math.max(0, ...numbers.filter(Number.isFinite)) + 1}`;
}

/**
 * The version of `portfolio` as `result` calculated it (with the budget, so the adjustments are
 * the lines'). Every measure is frozen, avbrutt and foreslått too (a status change is a change);
 * lines are frozen where any year's adjustment is not 0.
 */
export function freezeVersion(
  portfolio: Portfolio,
  result: PortfolioResult,
  head: VersionHead,
): PortfolioVersion {
  const years = [...result.years];
  const measures = portfolio.measures.map((measure, m): VersionMeasure => {
    const figures = result.measures[m];
    const frozen: VersionMeasure = {
      id: measure.id,
      name: measure.name,
      status: measure.status,
      years: Object.fromEntries(
        years.map((year) => {
          const y = figures?.years[year];
          return [
            year,
            {
              expected: y?.expected ?? 0,
              withdrawable: y?.withdrawable ?? 0,
              budgetNet: y?.budgetNet ?? 0,
            },
          ];
        }),
      ),
    };
    if (measure.deepDive !== undefined && measure.deepDive !== "")
      frozen.deepDive = measure.deepDive;
    return frozen;
  });
  const adjustments = result.budgetAdjustments
    .filter((a) => years.some((year) => (a.years[year]?.adjustment ?? 0) !== 0))
    .map((a): VersionAdjustment => ({
      key: { ...a.key },
      years: Object.fromEntries(years.map((year) => [year, a.years[year]?.adjustment ?? 0])),
    }));
  return {
    id: nextVersionId(portfolio.versions),
    ...head,
    savingsTarget: Object.fromEntries(
      years.map((year) => [year, portfolio.savingsTarget[year] ?? 0]),
    ),
    measures,
    adjustments,
  };
}
