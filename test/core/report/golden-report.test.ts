import type { BudgetLine } from "../../../src/core/budget/budget.types";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { buildReport, writeReportJson } from "../../../src/core/report/build-report";
import { aBudget, aBudgetLine, KRONER_DIGITS } from "../../support/builders";
import { golden, jsonDifferences, readFixture } from "../../support/golden";
import { messageText } from "../../../src/app/messages";

type LineJson = { key: BudgetLine["key"]; amounts: BudgetLine["amounts"] };

function exampleBudget() {
  const lines = JSON.parse(readFixture("portfolio/eksempel.budget.json")) as LineJson[];
  return aBudget(lines.map((line, row) => aBudgetLine(line.key, line.amounts, row)));
}

describe("the example portfolio's report", () => {
  const budget = exampleBudget();
  const { portfolio, issues } = readPortfolioJson(readFixture("portfolio/eksempel.json"), {
    budget,
  });
  const report = buildReport(portfolio!, { budget, text: messageText });

  it("matches the golden report to the øre", () => {
    const stored = golden("portfolio/eksempel.report.json", JSON.parse(writeReportJson(report)));

    expect(jsonDifferences(stored, JSON.parse(writeReportJson(report)))).toEqual([]);
  });

  it("reads the file with only the expected warning", () => {
    expect(
      issues.map((i) => `${i.code} ${i.measure ?? ""} ${i.field ?? ""} line ${i.line ?? "?"}`),
    ).toEqual(["YEAR_OUTSIDE_PLAN T2 costs.oneTime.2026 line 80"]);
  });

  it("agrees with the hand-worked figures", () => {
    const t1 = report.measures.find((m) => m.id === "T1");
    const t2 = report.measures.find((m) => m.id === "T2");

    // T1 2027: T1-G1 800 000 × 0.5 × 0.8 = 320 000; T1-G2 tid 1 695 h × default 0.5 × 600 kr × 0.5 = 254 250
    // expected 574 250 − cost 350 000 = 224 250; budgetNet 320 000 − 350 000 = −30 000
    expect(t1?.years["2027"]?.expectedNet).toBeCloseTo(224_250, KRONER_DIGITS);
    expect(t1?.years["2027"]?.budgetNet).toBeCloseTo(-30_000, KRONER_DIGITS);
    // freed hours 2027: 1 695 × 0.5 × 0.5 = 423.75
    expect(t1?.years["2027"]?.freedHours).toBeCloseTo(423.75, 6);
    // T2 per year: 400 000 × 0.9 × 0.5 = 180 000 withdrawable, minus the dis-benefit 20 000 = 160 000
    expect(t2?.years["2028"]?.budgetNet).toBeCloseTo(160_000, KRONER_DIGITS);
    // T2-G2 has no phaseIn, so the default innfasing applies: 2027 −20 000 × 0.5 = −10 000 → T2 170 000
    expect(t2?.years["2027"]?.budgetNet).toBeCloseTo(170_000, KRONER_DIGITS);
    // totals 2027 (T1 + T2 counted): −30 000 + 170 000 = 140 000; gap 1 000 000 − 140 000 = 860 000
    expect(report.totals.years["2027"]?.budgetNet).toBeCloseTo(140_000, KRONER_DIGITS);
    expect(report.balance["2027"]).toEqual({
      target: 1_000_000,
      budgetNet: 140_000,
      gap: 860_000,
      balanced: false,
    });
  });

  it("puts withdrawals and costs on the budget lines", () => {
    const line = (ansvar: string, art: string) =>
      report.budgetAdjustments.find((a) => a.key.ansvar === ansvar && a.key.art === art);

    // 3100/10300: T1-G1 takes 320 000 off 12 000 000 in 2027 (T3 is only proposed)
    expect(line("3100", "10300")?.years["2027"]).toEqual({
      original: 12_000_000,
      adjustment: -320_000,
      adjusted: 11_680_000,
    });
    // 3100/11000: 180 000 × 0.6 = 108 000 off 150 000
    expect(line("3100", "11000")?.years["2028"]?.adjusted).toBeCloseTo(42_000, KRONER_DIGITS);
    // 3100/16200 income line: the dis-benefit (−20 000 × default 0.5 in 2027) makes the income
    // 10 000 smaller: −500 000 + 10 000 = −490 000; from 2028 −480 000
    expect(line("3100", "16200")?.years["2027"]?.adjusted).toBeCloseTo(-490_000, KRONER_DIGITS);
    expect(line("3100", "16200")?.years["2028"]?.adjusted).toBeCloseTo(-480_000, KRONER_DIGITS);
    // 1300/12400: T1's costs 350 000 added in 2027
    expect(line("1300", "12400")?.years["2027"]?.adjustment).toBeCloseTo(350_000, KRONER_DIGITS);
  });

  it("writes the report in the spec's shape", () => {
    expect(Object.keys(report)).toEqual([
      "format",
      "version",
      "budgetYear",
      "years",
      "measures",
      "totals",
      "pipeline",
      "budgetAdjustments",
      "balance",
      "indicators",
      "issues",
    ]);
    expect(Object.keys(report.measures[0]!)).toEqual([
      "id",
      "status",
      "counted",
      "years",
      "total",
      "npv",
      "paybackYear",
    ]);
    expect(Object.keys(report.measures[0]!.years["2027"]!)).toEqual([
      "gross",
      "expected",
      "withdrawable",
      "cost",
      "net",
      "expectedNet",
      "budgetNet",
      "freedHours",
    ]);
    expect(report.indicators[0]).toEqual({
      id: "I1",
      measure: "T1",
      benefit: "T1-G1",
      latest: 380,
      achievement: 1 / 3,
      status: "i_rute",
    });
    expect(report.issues[0]).toMatchObject({
      severity: "warning",
      code: "YEAR_OUTSIDE_PLAN",
      measure: "T2",
    });
  });
});
