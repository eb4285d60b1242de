/**
 * Versions are fixed values of the years they were frozen for (spec §15): the move to the next
 * budget year (spec §12) carries them over untouched, and their comparison stays what it was.
 */
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { rollPortfolio } from "../../../src/core/roll";
import { compareVersions, freezeVersion } from "../../../src/core/versions";
import { aBenefit, aMeasure, aPortfolio } from "../../support/builders";

it("rollPortfolio keeps every version as it was frozen", () => {
  const portfolio = aPortfolio({
    savingsTarget: { "2027": 1, "2028": 2, "2029": 3, "2030": 4 },
    measures: [aMeasure({ benefits: [aBenefit({ annual: 120_000 })] })],
  });
  const head = { date: "2026-11-01", by: "Rådmann", name: "Forslag 2027" };
  const v1 = freezeVersion(portfolio, calculatePortfolio(portfolio), { kind: "forslag", ...head });
  portfolio.versions = [v1];
  portfolio.measures[0]!.status = "vedtatt";
  const v2 = freezeVersion(portfolio, calculatePortfolio(portfolio), { kind: "vedtatt", ...head });
  portfolio.versions.push(v2);
  const frozen = structuredClone(portfolio.versions);

  const rolled = rollPortfolio(portfolio, 2028);

  expect(rolled.status).toBe("rolled");
  const after = rolled.status === "rolled" ? rolled.portfolio : portfolio;
  expect(after.budgetYear).toBe(2028);
  expect(after.versions).toEqual(frozen);
  expect(Object.keys(after.versions![0]!.measures[0]!.years)).toEqual([
    "2027",
    "2028",
    "2029",
    "2030",
  ]);
  expect(
    compareVersions(after.versions![0]!, after.versions![1]!).measures.map((m) => m.change),
  ).toEqual(["changed"]);
});
