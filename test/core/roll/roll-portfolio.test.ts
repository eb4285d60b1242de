import "../../support/matchers";
import fc from "fast-check";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { rollPortfolio } from "../../../src/core/roll";
import { rollReportLines } from "../../../src/app/messages/roll-report";
import { arbitraryPortfolio } from "../calculation/arbitraries";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aMeasure,
  anIndicator,
  aPortfolio,
  KRONER_TOLERANCE,
} from "../../support/builders";
import { messageText } from "../../../src/app/messages";

function lastYear(): Portfolio {
  return aPortfolio({
    savingsTarget: { "2027": 100_000, "2028": 200_000, "2029": 300_000, "2030": 400_000 },
    approvals: [{ document: "kommunen", version: "Q4", by: "Rådmann", date: "2026-12-10" }],
    measures: [
      aMeasure({
        id: "T1",
        owner: "Kari",
        includedInBudget: true,
        actions: [{ id: "H1", what: "Kjøpe", who: "Innkjøp", due: "2027-03-01", status: "ferdig" }],
        costs: {
          oneTime: { "2027": 30_000, "2028": 10_000 },
          running: { "2027": 5_000, "2030": 7_000 },
        },
        benefits: [
          aBenefit({
            id: "T1-G1",
            phaseIn: { "2027": 0.5, "2028": 1, "2029": 1, "2030": 1 },
            realised: { "2027": 40_000, "2028": 90_000 },
            indicators: [anIndicator({ measurements: [{ date: "2027-06-30", value: 380 }] })],
          }),
        ],
      }),
    ],
  });
}

const rolled = (
  portfolio: Portfolio,
  year?: number,
  budget?: Parameters<typeof rollPortfolio>[2],
) => {
  const result = rollPortfolio(portfolio, year, budget);
  if (result.status !== "rolled") throw new Error(messageText(result));
  return result;
};

describe("rollPortfolio (spec §12), hand-worked", () => {
  it("shifts the plan years: B leaves, B+4 gets B+3's phase-in and running cost, no one-time cost", () => {
    const { portfolio } = rolled(lastYear());
    const t1 = portfolio.measures[0]!;

    expect(portfolio.budgetYear).toBe(2028);
    expect(t1.benefits[0]!.phaseIn).toEqual({ "2028": 1, "2029": 1, "2030": 1, "2031": 1 });
    expect(t1.benefits[0]!.realised).toEqual({ "2028": 90_000 });
    expect(t1.costs).toEqual({
      oneTime: { "2028": 10_000 },
      running: { "2030": 7_000, "2031": 7_000 },
    });
    expect(portfolio.savingsTarget).toEqual({ "2028": 200_000, "2029": 300_000, "2030": 400_000 });
    expect(portfolio.historySavingsTarget).toEqual({ "2027": 100_000 });
  });

  it("archives year B per measure: planned, expected, realised, deviation, status", () => {
    const { portfolio, report } = rolled(lastYear());

    // 2027: expected 100 000 × 0.5 = 50 000; cost 30 000 + 5 000 = 35 000; net 15 000;
    // realised 40 000 → deviation −10 000, rate 0.8 → følg med (the limit is inclusive)
    const entry = {
      year: "2027",
      measure: "T1",
      name: "Elektronisk medisineringsstøtte",
      status: "prioritert",
      gross: 50_000,
      expected: 50_000,
      withdrawable: 50_000,
      cost: 35_000,
      budgetNet: 15_000,
      realised: 40_000,
      deviation: -10_000,
      realisationStatus: "folg_med",
    };
    expect(report.archived).toEqual([entry]);
    expect(portfolio.history).toEqual([entry]);
  });

  it("carries ids, statuses, owners, actions, indicators, measurements and approvals unchanged", () => {
    const before = lastYear();
    const { portfolio } = rolled(before);
    const [was, is] = [before.measures[0]!, portfolio.measures[0]!];

    expect([is.id, is.status, is.owner, is.includedInBudget]).toEqual([
      was.id,
      was.status,
      was.owner,
      was.includedInBudget,
    ]);
    expect(is.actions).toEqual(was.actions);
    expect(is.benefits[0]!.indicators).toEqual(was.benefits[0]!.indicators);
    expect(is.benefits[0]!.links).toEqual(was.benefits[0]!.links);
    expect(portfolio.approvals).toEqual(before.approvals);
    expect(portfolio.settings).toEqual(before.settings);
  });

  it("warns that the new last year has no savings target", () => {
    const { issues, report } = rolled(lastYear());

    expect(issues).toHaveIssue("MISSING_SAVINGS_TARGET", {
      field: "savingsTarget.2031",
      severity: "warning",
    });
    expect(report.missingSavingsTarget).toBe("2031");
  });

  it("names every link and cost link the new budget no longer has, with the old key", () => {
    const portfolio = lastYear();
    portfolio.measures[0]!.costLink = { ansvar: "1300", art: "12400", funksjon: "120" };
    const budget = aBudget([
      aBudgetLine({ ansvar: "1300", art: "12400", funksjon: "120" }, [0, 0, 0, 0]),
    ]);

    const { report } = rolled(portfolio, 2028, budget);
    const lines = rollReportLines(report);

    expect(report.lostLinks).toEqual([
      {
        measure: "T1",
        benefit: "T1-G1",
        key: { ansvar: "3100", art: "10300", funksjon: "254" },
        kind: "link",
      },
    ]);
    expect(lines.join("\n")).toContain(
      "Tiltak T1, gevinst T1-G1: budsjettlinjen (ansvar 3100, art 10300, funksjon 254) finnes ikke i det nye budsjettet (LINK_NOT_FOUND).",
    );
    expect(lines).toContain("Må avgjøres:");
  });

  it("writes the default innfasing out for benefits without their own, so they do not restart", () => {
    const portfolio = aPortfolio({
      settings: { ...aPortfolio().settings, defaultPhaseIn: [0.25, 0.5, 1, 1] },
      measures: [aMeasure({ benefits: [aBenefit({ phaseIn: undefined })] })],
    });

    const { portfolio: next, report } = rolled(portfolio);

    expect(next.measures[0]!.benefits[0]!.phaseIn).toEqual({
      "2028": 0.5,
      "2029": 1,
      "2030": 1,
      "2031": 1,
    });
    expect(report.explicitPhaseIn).toEqual(["G1"]);
  });

  it("refuses to roll into the same year twice, or more than one year at a time", () => {
    const once = rolled(lastYear()).portfolio;

    expect(rollPortfolio(once, 2028)).toMatchObject({ status: "refused" });
    expect(rollPortfolio(lastYear(), 2029)).toMatchObject({ status: "refused" });
  });

  it("reports an unreadable value of the year that left, and carries the rest", () => {
    const portfolio = lastYear();
    portfolio.measures[0]!.invalid = {
      "costs.oneTime.2027": "tretti tusen",
      "costs.running.2029": "x",
    };

    const { portfolio: next, report } = rolled(portfolio);

    expect(next.measures[0]!.invalid).toEqual({ "costs.running.2029": "x" });
    expect(report.dropped).toEqual([
      { measure: "T1", field: "costs.oneTime.2027", raw: "tretti tusen" },
    ]);
  });

  it("round-trips the rolled portfolio, history included, through the portfolio file", () => {
    const { portfolio } = rolled(lastYear());

    const text = writePortfolioJson(portfolio);
    const read = readPortfolioJson(text, { validate: false });

    expect(read.issues).toEqual([]);
    expect(read.portfolio).toEqual(portfolio);
  });
});

describe("rollPortfolio, properties", () => {
  it("keeps every figure of B+1..B+3; B+4 repeats B+3 without its one-time cost", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(), (portfolio) => {
        const before = calculatePortfolio(portfolio);
        const after = calculatePortfolio(rolled(portfolio).portfolio);
        const close = (a: number, b: number) => Math.abs(a - b) <= KRONER_TOLERANCE;
        after.measures.forEach((m, i) => {
          const old = before.measures[i]!;
          for (const year of ["2028", "2029", "2030"])
            for (const key of [
              "gross",
              "expected",
              "withdrawable",
              "cost",
              "budgetNet",
              "realised",
            ] as const)
              expect(close(m.years[year]![key], old.years[year]![key])).toBe(true);
          expect(close(m.years["2031"]!.expected, old.years["2030"]!.expected)).toBe(true);
          const running = portfolio.measures[i]!.costs.running["2030"] ?? 0;
          expect(close(m.years["2031"]!.cost, running)).toBe(true);
          expect(m.id).toBe(old.id);
        });
        expect(after.measures).toHaveLength(before.measures.length);
      }),
    );
  });
});
