import {
  calculateBudgetAdjustments,
  overdrawnYears,
} from "../../../src/core/calculation/budget-adjustments";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aLink,
  aMeasure,
  aPortfolio,
  KRONER_DIGITS,
} from "../../support/builders";

const salaries = { ansvar: "3100", art: "10300", funksjon: "254" };
const income = { ansvar: "3100", art: "16200", funksjon: "254" };
const costLine = { ansvar: "1300", art: "12400", funksjon: "120" };
const budget = aBudget([
  aBudgetLine(salaries, [1_000_000, 1_000_000, 1_000_000, 1_000_000], 5),
  aBudgetLine(income, [-200_000, -200_000, -200_000, -200_000], 6),
  aBudgetLine(costLine, [50_000, 50_000, 50_000, 50_000], 7),
]);

describe("budget adjustments", () => {
  it("takes withdrawable × share off each linked line and adds costs to the cost line", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          costs: { oneTime: { "2027": 30_000 }, running: {} },
          costLink: costLine,
          benefits: [
            aBenefit({
              annual: 100_000,
              confidence: 0.8,
              links: [aLink({ ...salaries, share: 0.75 }), aLink({ ...income, share: 0.25 })],
            }),
          ],
        }),
      ],
    });

    const result = calculatePortfolio(portfolio, { budget });
    const [line1300, salaryLine, incomeLine] = result.budgetAdjustments;

    // withdrawable 100 000 × 0.8 = 80 000: 60 000 off salaries (× 0.75), 20 000 off income (× 0.25)
    expect(salaryLine?.key).toEqual({ ...salaries, prosjekt: "" });
    expect(salaryLine?.years["2027"]?.adjustment).toBeCloseTo(-60_000, KRONER_DIGITS);
    expect(salaryLine?.years["2027"]?.adjusted).toBeCloseTo(940_000, KRONER_DIGITS); // 1 000 000 − 60 000
    // income −200 000 − 20 000 = −220 000: a larger income, the same lower net budget
    expect(incomeLine?.years["2027"]?.adjusted).toBeCloseTo(-220_000, KRONER_DIGITS);
    // cost line: 50 000 + 30 000 = 80 000 in 2027, unchanged in 2028
    expect(line1300?.years["2027"]?.adjusted).toBeCloseTo(80_000, KRONER_DIGITS);
    expect(line1300?.years["2028"]?.adjustment).toBe(0);
    // Σ adjustments 2027 = −60 000 − 20 000 + 30 000 = −50 000 = −budgetNet (80 000 − 30 000)
    const sum = result.budgetAdjustments.reduce(
      (acc, a) => acc + (a.years["2027"]?.adjustment ?? 0),
      0,
    );
    expect(sum).toBeCloseTo(-(result.totals.years["2027"]?.budgetNet ?? 0), KRONER_DIGITS);
  });

  it("adjusts nothing for measures that are not counted", () => {
    const portfolio = aPortfolio({
      measures: [aMeasure({ status: "foreslatt" }), aMeasure({ id: "T2", status: "avbrutt" })],
    });

    expect(calculatePortfolio(portfolio, { budget }).budgetAdjustments).toEqual([]);
  });

  it("keeps a link with no matching line under its own key with original 0", () => {
    const portfolio = aPortfolio({
      measures: [aMeasure({ benefits: [aBenefit({ links: [aLink({ ansvar: " 9999 " })] })] })],
    });

    const [adjustment] = calculatePortfolio(portfolio, { budget }).budgetAdjustments;

    expect(adjustment?.key).toEqual({
      ansvar: "9999",
      art: "10300",
      funksjon: "254",
      prosjekt: "",
    });
    expect(adjustment?.line).toBeNull();
    expect(adjustment?.years["2027"]).toMatchObject({
      original: 0,
      adjustment: -100_000,
      adjusted: -100_000,
    });
  });

  it("joins two measures on the same line and flags the line when they take more than it holds", () => {
    const small = aBudget([aBudgetLine(salaries, [150_000, 250_000, 0, -10], 1)]);
    const portfolio = aPortfolio({
      measures: [
        aMeasure({ id: "T1" }),
        aMeasure({ id: "T2", benefits: [aBenefit({ id: "G2" })] }),
      ],
    });
    const result = calculatePortfolio(portfolio, { budget: small });

    const [line] = result.budgetAdjustments;

    // 2 × 100 000 = 200 000 taken out: over 150 000 in 2027, within 250 000 in 2028,
    // over an empty line in 2029, and 2030 is an income line (−10) which cannot be overdrawn
    expect(line?.measures).toEqual(["T1", "T2"]);
    expect(line?.years["2027"]?.withdrawn).toBeCloseTo(200_000, KRONER_DIGITS);
    expect(overdrawnYears(line!, result.years)).toEqual(["2027", "2029"]);
  });

  it("computes adjustments without a budget, keyed by the links", () => {
    const portfolio = aPortfolio({ measures: [aMeasure()] });
    const measures = calculatePortfolio(portfolio).measures;

    const adjustments = calculateBudgetAdjustments(portfolio.measures, measures, ["2027"]);

    expect(adjustments).toHaveLength(1);
    expect(adjustments[0]?.years["2027"]).toMatchObject({ original: 0, adjustment: -100_000 });
    expect(overdrawnYears(adjustments[0]!, ["2027"])).toEqual([]);
  });
});
