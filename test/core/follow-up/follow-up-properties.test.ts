/**
 * Properties of the tertial follow-up (spec §14) over periods, profiles and schemes.
 */
import "../../support/fast-check-seed";
import fc from "fast-check";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { calculateFollowUp } from "../../../src/core/follow-up/calculate-follow-up";
import { periodsOf } from "../../../src/core/follow-up/periods";
import type { FollowUpScheme, Portfolio } from "../../../src/core/model/portfolio.types";
import { aBenefit, aMeasure, aPortfolio, KRONER_TOLERANCE } from "../../support/builders";

const close = (a: number, b: number) => Math.abs(a - b) <= KRONER_TOLERANCE;

/** A scheme, a profile over it (positive weights normalised to 1, or none), a period index. */
const arbitraryCase = fc.constantFrom<FollowUpScheme>("tertial", "month").chain((scheme) => {
  const n = periodsOf(scheme).length;
  return fc.record({
    scheme: fc.constant(scheme),
    weights: fc.option(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n })),
    index: fc.integer({ min: 0, max: n - 1 }),
    annual: fc.integer({ min: 1, max: 50_000_000 }),
    confidence: fc.double({ min: 0.05, max: 1, noNaN: true }),
  });
});

function portfolioOf(
  scheme: FollowUpScheme,
  profile: Record<string, number> | undefined,
  annual: number,
  confidence: number,
  periods: Record<string, number>,
  followUpPeriod?: string,
): Portfolio {
  return aPortfolio({
    settings: {
      ...aPortfolio().settings,
      followUpPeriods: scheme,
      ...(followUpPeriod ? { followUpPeriod } : {}),
    },
    measures: [
      aMeasure({
        benefits: [
          aBenefit({
            annual,
            confidence,
            ...(profile ? { periodProfile: profile } : {}),
            realisedPeriods: { "2027": periods },
          }),
        ],
      }),
    ],
  });
}

describe("follow-up properties", () => {
  it("realised exactly as expected in every period to date: i rute, forecast = expected", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ scheme, weights, index, annual, confidence }) => {
        const periods = periodsOf(scheme);
        const total = weights?.reduce((s, w) => s + w, 0) ?? 0;
        const shares = periods.map((_, i) =>
          weights ? (weights[i] as number) / total : 1 / periods.length,
        );
        const profile = weights
          ? Object.fromEntries(periods.map((p, i) => [p, shares[i] as number]))
          : undefined;
        const expected = annual * confidence;
        const realised = Object.fromEntries(
          periods.slice(0, index + 1).map((p, i) => [p, expected * (shares[i] as number)]),
        );
        const portfolio = portfolioOf(
          scheme,
          profile,
          annual,
          confidence,
          realised,
          periods[index],
        );
        const result = calculatePortfolio(portfolio);
        const year = calculateFollowUp(portfolio, result).measures[0]!["2027"]!;
        expect(year.toDate!.statusToDate).toBe("i_rute");
        expect(close(year.toDate!.deviationToDate, 0)).toBe(true);
        expect(close(year.forecast, result.measures[0]!.years["2027"]!.expected)).toBe(true);
        expect(year.forecastComputed).toBe(true);
      }),
    );
  });

  it("the year's realised is the sum of its periods, and realised to date at the last period", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<FollowUpScheme>("tertial", "month"),
        fc.array(fc.option(fc.integer({ min: -1_000_000, max: 5_000_000 })), {
          minLength: 12,
          maxLength: 12,
        }),
        (scheme, figures) => {
          const periods = periodsOf(scheme);
          const given = Object.fromEntries(
            periods.flatMap((p, i) => (figures[i] === null ? [] : [[p, figures[i] as number]])),
          );
          fc.pre(Object.keys(given).length > 0);
          const sum = Object.values(given).reduce((s, v) => s + v, 0);
          const last = periods[periods.length - 1] as string;
          const portfolio = portfolioOf(scheme, undefined, 1_000_000, 1, given, last);
          const result = calculatePortfolio(portfolio);
          const year = calculateFollowUp(portfolio, result).measures[0]!["2027"]!;
          expect(close(result.measures[0]!.years["2027"]!.realised, sum)).toBe(true);
          expect(close(result.totals.years["2027"]!.realised, sum)).toBe(true);
          expect(year.periods).toEqual(given);
          expect(close(year.toDate!.realisedToDate, sum)).toBe(true);
          expect(close(year.toDate!.expectedToDate, 1_000_000)).toBe(true);
        },
      ),
    );
  });

  it("to date grows with the period: expected and realised to date never fall for non-negative figures", () => {
    fc.assert(
      fc.property(
        arbitraryCase,
        fc.array(fc.nat(1_000_000), { minLength: 12, maxLength: 12 }),
        (c, figures) => {
          const periods = periodsOf(c.scheme);
          const given = Object.fromEntries(periods.map((p, i) => [p, figures[i] as number]));
          const at = (index: number) => {
            const p = portfolioOf(
              c.scheme,
              undefined,
              c.annual,
              c.confidence,
              given,
              periods[index],
            );
            return calculateFollowUp(p, calculatePortfolio(p)).measures[0]!["2027"]!.toDate!;
          };
          if (c.index === 0) return;
          const before = at(c.index - 1);
          const now = at(c.index);
          expect(now.expectedToDate).toBeGreaterThanOrEqual(before.expectedToDate);
          expect(now.realisedToDate).toBeGreaterThanOrEqual(before.realisedToDate);
          expect(
            close(
              now.realisedToDate - before.realisedToDate,
              given[periods[c.index] as string] ?? 0,
            ),
          ).toBe(true);
        },
      ),
    );
  });
});
