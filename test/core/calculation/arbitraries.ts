/**
 * fast-check arbitraries for portfolios: small, valid-typed, within the plan years.
 */
import fc from "fast-check";
import type {
  Approval,
  Benefit,
  BudgetLink,
  DeepDive,
  Measure,
  MeasureAction,
  Portfolio,
} from "../../../src/core/model/portfolio.types";
import {
  ACTION_STATUSES,
  MEASURE_STATUSES,
  SELECTION_REASONS,
} from "../../../src/core/model/portfolio.types";
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

const DATES = ["2026-11-02", "2027-02-28", "2028-02-29", "2030-12-31"];
const date = fc.constantFrom(...DATES);
/** Text as people type it (any characters, also quotes and line breaks). */
const text = fc.string({ maxLength: 12 });
/** A value that is absent or given (a record field left out when absent). */
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

/** Drops the fields that are undefined, as the reader does. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const action = (id: string): fc.Arbitrary<MeasureAction> =>
  fc
    .record({
      what: text,
      who: maybe(text),
      due: maybe(date),
      status: fc.constantFrom(...ACTION_STATUSES),
    })
    .map((a) => present({ id, ...a }));

export const arbitraryDeepDive = (id: string): fc.Arbitrary<DeepDive> =>
  fc
    .record({
      owner: maybe(text),
      selectedBecause: maybe(fc.subarray([...SELECTION_REASONS])),
      unmetNeeds: maybe(text),
      problems: maybe(text),
      opportunities: maybe(text),
      valueChain: maybe(text),
      minimumRequirements: maybe(text),
      businessCases: maybe(text),
      workshopDate: maybe(date),
    })
    .map((d) => present({ id, name: `Dypdykk ${id}`, ...d }));

const approval: fc.Arbitrary<Approval> = fc.record({
  document: fc.constantFrom("kommunen", "DD1"),
  version: fc.constantFrom("Q1", "Q3", "Q4"),
  by: text,
  date,
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
      realised: fc.option(byYear(amount(nonNegative ? 0 : -1_000_000)), { nil: undefined }),
      links,
    })
    .map(({ phaseIn, confidence, withdrawalShare, realised, ...b }) => ({
      id,
      name: `Gevinst ${id}`,
      ...b,
      annual: b.type === "kvalitet" ? 0 : b.annual,
      indicators: [],
      ...(phaseIn === undefined ? {} : { phaseIn }),
      ...(confidence === undefined ? {} : { confidence }),
      ...(withdrawalShare === undefined ? {} : { withdrawalShare }),
      // Realised effect is never given for kvalitet (spec §12).
      ...(realised === undefined || b.type === "kvalitet" ? {} : { realised }),
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
      includedInBudget: maybe(fc.boolean()),
      actionCount: maybe(fc.integer({ min: 0, max: 2 })),
      preconditions: maybe(text),
      risks: maybe(text),
    })
    .chain((m) =>
      fc
        .tuple(
          fc.tuple(
            ...Array.from({ length: m.benefitCount }, (_, i) =>
              arbitraryBenefit(nonNegative, `${id}-G${i + 1}`),
            ),
          ),
          fc.tuple(...Array.from({ length: m.actionCount ?? 0 }, (_, i) => action(`H${i + 1}`))),
        )
        .map(([benefits, actions]) => ({
          id,
          name: `Tiltak ${id}`,
          owner: "Eier",
          status: m.status,
          mustDo: m.mustDo,
          costs: { oneTime: m.oneTime, running: m.running },
          ...(m.costLinked ? { costLink: { ansvar: "1300", art: "12400", funksjon: "120" } } : {}),
          ...present({
            includedInBudget: m.includedInBudget,
            actions: m.actionCount === undefined ? undefined : actions,
            preconditions: m.preconditions,
            risks: m.risks,
          }),
          benefits,
        })),
    );

export const arbitraryPortfolio = (nonNegative = false): fc.Arbitrary<Portfolio> =>
  fc
    .record({
      count: fc.integer({ min: 0, max: 5 }),
      target: byYear(amount(0)),
      discountRate: fc.double({ min: 0, max: 0.2, noNaN: true }).map((x) => x + 0),
      deepDives: fc.tuple(arbitraryDeepDive("DD1"), arbitraryDeepDive("DD2")),
      deepDiveCount: fc.integer({ min: 0, max: 2 }),
      approvals: maybe(fc.array(approval, { maxLength: 2 })),
    })
    .chain(({ count, target, discountRate, deepDives, deepDiveCount, approvals }) =>
      fc
        .tuple(
          ...Array.from({ length: count }, (_, i) => arbitraryMeasure(nonNegative, `T${i + 1}`)),
        )
        .map((measures) =>
          aPortfolio({
            savingsTarget: target,
            deepDives: deepDives.slice(0, deepDiveCount),
            measures,
            settings: { ...aPortfolio().settings, discountRate },
            ...(approvals === undefined ? {} : { approvals }),
          }),
        ),
    );
