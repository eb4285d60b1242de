import fc from "fast-check";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { presentValue } from "../../../src/core/calculation/discounting";
import type { YearFigures } from "../../../src/core/calculation/calculation.types";
import { KRONER_TOLERANCE } from "../../support/builders";
import { arbitraryPortfolio } from "./arbitraries";

const KEYS: (keyof YearFigures)[] = [
  "gross",
  "expected",
  "withdrawable",
  "cost",
  "net",
  "expectedNet",
  "budgetNet",
  "freedHours",
];
const close = (a: number, b: number) =>
  Math.abs(a - b) <= KRONER_TOLERANCE * Math.max(1, Math.abs(a) / 1e9);

describe("calculation properties", () => {
  it("totals equal the sum of the counted measures, and pipeline the sum of all but avbrutt", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(), (portfolio) => {
        const result = calculatePortfolio(portfolio);
        for (const year of result.years) {
          for (const key of KEYS) {
            const counted = result.measures
              .filter((m) => m.counted)
              .reduce((s, m) => s + (m.years[year]?.[key] ?? 0), 0);
            const pipeline = result.measures
              .filter((m) => m.status !== "avbrutt")
              .reduce((s, m) => s + (m.years[year]?.[key] ?? 0), 0);
            expect(close(result.totals.years[year]![key], counted)).toBe(true);
            expect(close(result.pipeline.years[year]![key], pipeline)).toBe(true);
          }
        }
      }),
    );
  });

  it("keeps withdrawable ≤ expected ≤ gross for non-negative inputs", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(true), (portfolio) => {
        for (const measure of calculatePortfolio(portfolio).measures) {
          for (const figures of Object.values(measure.years)) {
            expect(figures.withdrawable).toBeLessThanOrEqual(figures.expected + KRONER_TOLERANCE);
            expect(figures.expected).toBeLessThanOrEqual(figures.gross + KRONER_TOLERANCE);
            expect(figures.withdrawable).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });

  it("conserves amounts over shares: the adjustments net to −Σ counted budgetNet of linked measures", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(), (portfolio) => {
        const result = calculatePortfolio(portfolio);
        for (const year of result.years) {
          // every uttak benefit has links summing to 1; costs count only where a costLink exists;
          // a measure innarbeidet i budsjettet adjusts nothing (spec §4)
          let expected = 0;
          portfolio.measures.forEach((measure, i) => {
            const m = result.measures[i]!;
            if (!m.counted || measure.includedInBudget === true) return;
            expected -= m.years[year]!.withdrawable;
            if (measure.costLink) expected += m.years[year]!.cost;
          });
          const sum = result.budgetAdjustments.reduce((s, a) => s + a.years[year]!.adjustment, 0);
          expect(Math.abs(sum - expected)).toBeLessThanOrEqual(KRONER_TOLERANCE);
        }
      }),
    );
  });

  it("has NPV equal to the plain sum at rate 0", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (values) => {
          expect(
            Math.abs(presentValue(values, 0) - values.reduce((a, b) => a + b, 0)),
          ).toBeLessThanOrEqual(KRONER_TOLERANCE);
        },
      ),
    );
  });

  it("gives every measure an NPV equal to Σ expectedNet when the rate is 0", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(), (portfolio) => {
        const result = calculatePortfolio({
          ...portfolio,
          settings: { ...portfolio.settings, discountRate: 0 },
        });
        for (const m of result.measures)
          expect(Math.abs(m.npv - m.total.expectedNet)).toBeLessThanOrEqual(KRONER_TOLERANCE);
      }),
    );
  });

  it("never produces a non-finite number, whatever garbage is typed", () => {
    const garbage = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1e308, -5, 2);
    fc.assert(
      fc.property(arbitraryPortfolio(), garbage, garbage, (portfolio, a, b) => {
        const broken = {
          ...portfolio,
          measures: portfolio.measures.map((m) => ({
            ...m,
            costs: { oneTime: { "2027": a }, running: m.costs.running },
            benefits: m.benefits.map((x) => ({ ...x, confidence: b, phaseIn: { "2028": a } })),
          })),
        };
        const nonFinite: string[] = [];
        const walk = (value: unknown, at: string): void => {
          if (typeof value === "number" && !Number.isFinite(value)) nonFinite.push(at);
          else if (value && typeof value === "object") {
            Object.entries(value).forEach(([key, inner]) => walk(inner, `${at}.${key}`));
          }
        };

        walk(calculatePortfolio(broken), "$");

        expect(nonFinite).toEqual([]);
      }),
    );
  });
});
