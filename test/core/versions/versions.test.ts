/**
 * Versions and what politics changed (spec §15): frozen figures, the comparison of two versions
 * (hand-derived, then fast-check over generated sequences of edits), VERSION_UNKNOWN, and which A3
 * documents need a new approval.
 */
import fc from "fast-check";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import type {
  Measure,
  MeasureStatus,
  Portfolio,
  PortfolioVersion,
} from "../../../src/core/model/portfolio.types";
import { MEASURE_STATUSES } from "../../../src/core/model/portfolio.types";
import { a3Documents } from "../../../src/core/sheets/a3/a3-documents";
import {
  compareVersions,
  documentsToReapprove,
  freezeVersion,
  nextVersionId,
  pickVersions,
  versionComparison,
  type MeasureChange,
} from "../../../src/core/versions";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aDeepDive,
  aLink,
  aMeasure,
  aPortfolio,
} from "../../support/builders";

const YEARS = ["2027", "2028", "2029", "2030"];
const budget = aBudget([
  aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1e6, 1e6, 1e6, 1e6]),
  aBudgetLine({ ansvar: "1300", art: "12400", funksjon: "120" }, [85e3, 85e3, 85e3, 85e3], 1),
]);

function freeze(
  portfolio: Portfolio,
  kind: PortfolioVersion["kind"] = "forslag",
  name = "Forslag",
): PortfolioVersion {
  const version = freezeVersion(portfolio, calculatePortfolio(portfolio, { budget }), {
    kind,
    name,
    date: "2026-11-01",
    by: "Rådmann",
  });
  portfolio.versions = [...(portfolio.versions ?? []), version];
  return version;
}

describe("freezeVersion", () => {
  it("freezes status, expected, uttak and netto per measure and year, and each line's adjustment", () => {
    // 100 000 × 0.8 confidence × 0.5 withdrawal share = 40 000 uttak; 10 000 running cost on
    // the cost line: budgetNet 30 000; the uttak line −40 000, the cost line +10 000.
    const portfolio = aPortfolio({
      savingsTarget: { "2027": 50_000 },
      deepDives: [aDeepDive()],
      measures: [
        aMeasure({
          deepDive: "DD1",
          costs: { oneTime: {}, running: { "2027": 10_000 } },
          costLink: { ansvar: "1300", art: "12400", funksjon: "120" },
          benefits: [aBenefit({ confidence: 0.8, withdrawalShare: 0.5, phaseIn: { "2027": 1 } })],
        }),
      ],
    });
    const v = freeze(portfolio);

    expect(v.id).toBe("V1");
    expect(v.measures).toEqual([
      {
        id: "T1",
        name: "Elektronisk medisineringsstøtte",
        deepDive: "DD1",
        status: "prioritert",
        years: {
          "2027": { expected: 80_000, withdrawable: 40_000, budgetNet: 30_000 },
          "2028": { expected: 0, withdrawable: 0, budgetNet: 0 },
          "2029": { expected: 0, withdrawable: 0, budgetNet: 0 },
          "2030": { expected: 0, withdrawable: 0, budgetNet: 0 },
        },
      },
    ]);
    expect(v.adjustments).toEqual([
      {
        key: { ansvar: "1300", art: "12400", funksjon: "120", prosjekt: "" },
        years: { "2027": 10_000, "2028": 0, "2029": 0, "2030": 0 },
      },
      {
        key: { ansvar: "3100", art: "10300", funksjon: "254", prosjekt: "" },
        years: { "2027": -40_000, "2028": 0, "2029": 0, "2030": 0 },
      },
    ]);
    expect(v.savingsTarget).toEqual({ "2027": 50_000, "2028": 0, "2029": 0, "2030": 0 });
    // Fixed values: changing the portfolio afterwards does not move the version.
    portfolio.measures[0]!.status = "avbrutt";
    expect(v.measures[0]?.status).toBe("prioritert");
  });

  it("numbers versions after the highest V<n>", () => {
    expect(nextVersionId([])).toBe("V1");
    expect(nextVersionId([{ id: "V2" }, { id: "egen" }, { id: "V10" }] as PortfolioVersion[])).toBe(
      "V11",
    );
  });
});

describe("compareVersions", () => {
  it("lists added, removed and changed measures, the gap per year and what to approve again", () => {
    // Forslag: T1 prioritert (uttak 100 000 a year), T2 prioritert (50 000), T3 foreslått.
    // Vedtatt: T1 vedtatt and phased in at half in 2027; T2 dropped from the file; T3 as it
    // was; T4 added (20 000). Target 200 000 a year.
    const t = (id: string, annual: number, extra: Partial<Measure> = {}) =>
      aMeasure({ id, name: `Tiltak ${id}`, benefits: [aBenefit({ annual })], ...extra });
    const portfolio = aPortfolio({
      savingsTarget: Object.fromEntries(YEARS.map((y) => [y, 200_000])),
      deepDives: [aDeepDive(), aDeepDive({ id: "DD2", name: "Skole" })],
      measures: [
        t("T1", 100_000, { deepDive: "DD1" }),
        t("T2", 50_000, { deepDive: "DD2" }),
        t("T3", 70_000, { status: "foreslatt" }),
      ],
    });
    const from = freeze(portfolio);
    portfolio.measures = [
      t("T1", 100_000, {
        deepDive: "DD1",
        status: "vedtatt",
        benefits: [aBenefit({ phaseIn: { "2027": 0.5, "2028": 1, "2029": 1, "2030": 1 } })],
      }),
      t("T3", 70_000, { status: "foreslatt" }),
      t("T4", 20_000),
    ];
    const to = freeze(portfolio, "vedtatt", "Vedtatt");

    const changes = compareVersions(from, to);

    expect(changes.measures).toEqual([
      {
        id: "T1",
        name: "Tiltak T1",
        change: "changed",
        status: { from: "prioritert", to: "vedtatt" },
        budgetNet: { "2027": { from: 100_000, to: 50_000 } },
      },
      {
        id: "T4",
        name: "Tiltak T4",
        change: "added",
        budgetNet: Object.fromEntries(YEARS.map((y) => [y, { from: 0, to: 20_000 }])),
      },
      {
        id: "T2",
        name: "Tiltak T2",
        change: "removed",
        budgetNet: Object.fromEntries(YEARS.map((y) => [y, { from: 50_000, to: 0 }])),
      },
    ]);
    // gap = 200 000 − counted budgetNet (T3 foreslått never counts): 50 000 → 130 000 in 2027,
    // 50 000 → 80 000 after.
    expect(changes.gap).toEqual({
      "2027": { from: 50_000, to: 130_000 },
      "2028": { from: 50_000, to: 80_000 },
      "2029": { from: 50_000, to: 80_000 },
      "2030": { from: 50_000, to: 80_000 },
    });
    // The kommune's A3, and every A3 of DD1 (T1 changed: K2, and K3 and K4 now that T1 is
    // vedtatt) and of DD2 (T2 removed: only its K2 is left); T4 has no deep-dive.
    const documents = a3Documents(portfolio);
    expect(documentsToReapprove(changes, from, to, documents)).toEqual([
      "K1",
      "K2 DD1",
      "K3 DD1",
      "K4 DD1",
      "K2 DD2",
    ]);
  });

  it("names a unit's A3 when a line of its code changed, and nothing when nothing changed", () => {
    const portfolio = aPortfolio({ measures: [aMeasure()] });
    const from = freeze(portfolio);
    const same = freeze(portfolio, "vedtatt");
    const documents = a3Documents(portfolio, [
      { dimension: "ansvar", code: "3100" },
      { dimension: "funksjon", code: "120" },
    ]);
    expect(documentsToReapprove(compareVersions(from, same), from, same, documents)).toEqual([]);
    portfolio.measures[0]!.benefits[0]!.annual = 90_000;
    const to = freeze(portfolio, "vedtatt");
    expect(documentsToReapprove(compareVersions(from, to), from, to, documents)).toEqual([
      "K1",
      "K4 ansvar 3100",
    ]);
  });
});

describe("pickVersions and VERSION_UNKNOWN", () => {
  const portfolio = aPortfolio({ measures: [aMeasure()] });
  const v1 = freeze(portfolio, "forslag", "Forslag 2027");
  const v2 = freeze(portfolio, "forslag", "Revidert forslag");
  const v3 = freeze(portfolio, "vedtatt", "Vedtatt 2027");

  it("takes the latest of a kind, an id or a name", () => {
    const versions = [v1, v2, v3];
    expect(pickVersions(versions)).toMatchObject({ status: "found", from: v2, to: v3 });
    expect(pickVersions(versions, "V1", "revidert forslag")).toMatchObject({ from: v1, to: v2 });
  });

  it("is VERSION_UNKNOWN (an error) for each version asked for that is not there", () => {
    const pair = pickVersions([v1], "V1", "vedtatt");
    expect(pair.status).toBe("unknown");
    const issues = pair.status === "unknown" ? pair.issues : [];
    expect(issues.map((i) => [i.code, i.severity, i.params.version, i.params.known])).toEqual([
      ["VERSION_UNKNOWN", "error", "vedtatt", "V1 (forslag)"],
    ]);
  });

  it("says nothing when the default pair is simply not there yet, and errs when asked", () => {
    const onlyProposal = aPortfolio({ versions: [v1] });
    expect(versionComparison(onlyProposal)).toMatchObject({ status: "none", issues: [] });
    const asked = versionComparison(onlyProposal, [], { from: "V1", to: "V9" });
    expect(asked.status === "none" ? asked.issues.map((i) => i.code) : []).toEqual([
      "VERSION_UNKNOWN",
    ]);
  });
});

/** Generated edits between two versions, and the effect each must have on the comparison. */
type Edit =
  | { kind: "status"; index: number; status: MeasureStatus }
  | { kind: "scale"; index: number; factor: number }
  | { kind: "remove"; index: number }
  | { kind: "add"; annual: number; status: MeasureStatus }
  | { kind: "target"; year: number; amount: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("status" as const),
    index: fc.nat(9),
    status: fc.constantFrom(...MEASURE_STATUSES),
  }),
  fc.record({
    kind: fc.constant("scale" as const),
    index: fc.nat(9),
    factor: fc.constantFrom(0.5, 1, 2, 3),
  }),
  fc.record({ kind: fc.constant("remove" as const), index: fc.nat(9) }),
  fc.record({
    kind: fc.constant("add" as const),
    annual: fc.integer({ min: 1_000, max: 500_000 }),
    status: fc.constantFrom(...MEASURE_STATUSES),
  }),
  fc.record({
    kind: fc.constant("target" as const),
    year: fc.nat(3),
    amount: fc.integer({ min: 0, max: 2_000_000 }),
  }),
);

describe("the comparison lists exactly the edits' effect (fast-check)", () => {
  it("added, removed, changed status and budgetNet per year, and the gap", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            annual: fc.integer({ min: 1_000, max: 1_000_000 }),
            status: fc.constantFrom(...MEASURE_STATUSES),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(editArb, { maxLength: 12 }),
        (initial, edits) => {
          const measure = (id: string, annual: number, status: MeasureStatus) =>
            aMeasure({ id, name: id, status, benefits: [aBenefit({ annual, links: [aLink()] })] });
          const portfolio = aPortfolio({
            savingsTarget: Object.fromEntries(YEARS.map((y) => [y, 1_000_000])),
            measures: initial.map((m, i) => measure(`T${i + 1}`, m.annual, m.status)),
          });
          const balanceThen = calculatePortfolio(portfolio, { budget }).balance;
          const from = freeze(portfolio);
          // The model of what the edits did, per id: the status and factor at the start and end.
          const start = new Map(
            portfolio.measures.map((m) => [
              m.id,
              { status: m.status, annual: m.benefits[0]!.annual },
            ]),
          );
          let next = initial.length + 1;
          for (const edit of edits) {
            const target =
              portfolio.measures[
                edit.kind === "add" || edit.kind === "target"
                  ? 0
                  : edit.index % Math.max(1, portfolio.measures.length)
              ];
            if (edit.kind === "status" && target) target.status = edit.status;
            if (edit.kind === "scale" && target) target.benefits[0]!.annual *= edit.factor;
            if (edit.kind === "remove" && target)
              portfolio.measures = portfolio.measures.filter((m) => m !== target);
            if (edit.kind === "add")
              portfolio.measures.push(measure(`T${next++}`, edit.annual, edit.status));
            if (edit.kind === "target")
              portfolio.savingsTarget[YEARS[edit.year] as string] = edit.amount;
          }
          const to = freeze(portfolio, "vedtatt");
          const changes = compareVersions(from, to);

          // What the edits did, from the model alone: full effect every year, confidence and
          // withdrawal share 1, no costs, so budgetNet = annual in every plan year.
          const every = (from: (y: string) => number, to: (y: string) => number) =>
            Object.fromEntries(YEARS.map((y) => [y, { from: from(y), to: to(y) }]));
          const expected: MeasureChange[] = [];
          for (const m of portfolio.measures) {
            const was = start.get(m.id);
            const annual = m.benefits[0]!.annual;
            if (!was) {
              expected.push({
                id: m.id,
                name: m.id,
                change: "added",
                budgetNet: every(
                  () => 0,
                  () => annual,
                ),
              });
              continue;
            }
            if (was.status === m.status && was.annual === annual) continue;
            expected.push({
              id: m.id,
              name: m.id,
              change: "changed",
              ...(was.status !== m.status ? { status: { from: was.status, to: m.status } } : {}),
              ...(was.annual !== annual
                ? {
                    budgetNet: every(
                      () => was.annual,
                      () => annual,
                    ),
                  }
                : {}),
            });
          }
          for (const [id, was] of start)
            if (!portfolio.measures.some((m) => m.id === id))
              expected.push({
                id,
                name: id,
                change: "removed",
                budgetNet: every(
                  () => was.annual,
                  () => 0,
                ),
              });
          expect(changes.measures).toEqual(expected);

          // The gap of each version is the balance the calculation gave at that moment.
          const balanceNow = calculatePortfolio(portfolio, { budget }).balance;
          for (const year of YEARS) {
            expect(changes.gap[year]?.from).toBeCloseTo(balanceThen[year]!.gap, 6);
            expect(changes.gap[year]?.to).toBeCloseTo(balanceNow[year]!.gap, 6);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the gap before is the balance when the first version was taken", () => {
    const portfolio = aPortfolio({
      savingsTarget: { "2027": 300_000 },
      measures: [aMeasure({ benefits: [aBenefit({ annual: 120_000 })] })],
    });
    const gapThen = calculatePortfolio(portfolio, { budget }).balance["2027"]!.gap;
    const from = freeze(portfolio);
    portfolio.measures[0]!.status = "avbrutt";
    const to = freeze(portfolio, "vedtatt");
    expect(gapThen).toBe(180_000);
    expect(compareVersions(from, to).gap["2027"]).toEqual({ from: 180_000, to: 300_000 });
  });
});
