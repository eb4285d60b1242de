/**
 * fast-check arbitraries for portfolios: small, valid-typed, within the plan years.
 */
import fc from "fast-check";
import type {
  Benefit,
  BudgetLink,
  Measure,
  Portfolio,
} from "../../../src/core/model/portfolio.types";
import { MEASURE_STATUSES } from "../../../src/core/model/portfolio.types";
import { aPortfolio } from "../../support/builders";

const YEARS = ["2027", "2028", "2029", "2030"];

// `+ 0` turns −0 into 0: JSON has no −0, and a round trip must give back what it was given.
const fraction = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);
const amount = (min: number) =>
  fc.double({ min, max: 5_000_000, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

const byYear = (value: fc.Arbitrary<number>) =>
  fc
    .subarray(YEARS)
    .chain((years) =>
      fc
        .tuple(...years.map(() => value))
        .map((values) => Object.fromEntries(years.map((y, i) => [y, values[i] as number]))),
    );

/** Shares w / Σw: they sum to 1 within rounding (well inside the 1e-9 the spec allows). */
const links: fc.Arbitrary<BudgetLink[]> = fc
  .array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 3 })
  .map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w, i) => ({
      ansvar: String(1000 + i),
      art: "10300",
      funksjon: "254",
      share: w / total,
    }));
  });

export const arbitraryBenefit = (nonNegative: boolean, id: string): fc.Arbitrary<Benefit> =>
  fc
    .record({
      type: fc.constantFrom<Benefit["type"]>("kostnad", "inntekt", "tid", "kvalitet"),
      budgetEffect: fc.constantFrom<Benefit["budgetEffect"]>("uttak", "omdisponering", "ingen"),
      annual: amount(nonNegative ? 0 : -1_000_000),
      phaseIn: fc.option(byYear(fraction), { nil: undefined }),
      confidence: fc.option(fraction, { nil: undefined }),
      withdrawalShare: fc.option(fraction, { nil: undefined }),
      links,
    })
    .map(({ phaseIn, confidence, withdrawalShare, ...b }) => ({
      id,
      name: `Gevinst ${id}`,
      ...b,
      annual: b.type === "kvalitet" ? 0 : b.annual,
      indicators: [],
      ...(phaseIn === undefined ? {} : { phaseIn }),
      ...(confidence === undefined ? {} : { confidence }),
      ...(withdrawalShare === undefined ? {} : { withdrawalShare }),
    }));

export const arbitraryMeasure = (nonNegative: boolean, id: string): fc.Arbitrary<Measure> =>
  fc
    .record({
      status: fc.constantFrom(...MEASURE_STATUSES),
      oneTime: byYear(amount(0)),
      running: byYear(amount(0)),
      costLinked: fc.boolean(),
      mustDo: fc.boolean(),
      benefitCount: fc.integer({ min: 0, max: 3 }),
    })
    .chain((m) =>
      fc
        .tuple(
          ...Array.from({ length: m.benefitCount }, (_, i) =>
            arbitraryBenefit(nonNegative, `${id}-G${i + 1}`),
          ),
        )
        .map((benefits) => ({
          id,
          name: `Tiltak ${id}`,
          owner: "Eier",
          status: m.status,
          mustDo: m.mustDo,
          costs: { oneTime: m.oneTime, running: m.running },
          ...(m.costLinked ? { costLink: { ansvar: "1300", art: "12400", funksjon: "120" } } : {}),
          benefits,
        })),
    );

export const arbitraryPortfolio = (nonNegative = false): fc.Arbitrary<Portfolio> =>
  fc
    .record({
      count: fc.integer({ min: 0, max: 5 }),
      target: byYear(amount(0)),
      discountRate: fc.double({ min: 0, max: 0.2, noNaN: true }).map((x) => x + 0),
    })
    .chain(({ count, target, discountRate }) =>
      fc
        .tuple(
          ...Array.from({ length: count }, (_, i) => arbitraryMeasure(nonNegative, `T${i + 1}`)),
        )
        .map((measures) =>
          aPortfolio({
            savingsTarget: target,
            measures,
            settings: { ...aPortfolio().settings, discountRate },
          }),
        ),
    );
