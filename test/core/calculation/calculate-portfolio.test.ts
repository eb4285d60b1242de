import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { aBenefit, aMeasure, aPortfolio, anIndicator, KRONER_DIGITS } from "../../support/builders";

describe("calculatePortfolio", () => {
  const portfolio = aPortfolio({
    savingsTarget: { "2027": 250_000, "2028": 100_000, "2029": 0, "2030": 400_000 },
    measures: [
      aMeasure({ id: "T1", status: "vedtatt" }),
      aMeasure({
        id: "T2",
        status: "foreslatt",
        benefits: [aBenefit({ id: "G2", annual: 50_000 })],
      }),
      aMeasure({
        id: "T3",
        status: "avbrutt",
        benefits: [aBenefit({ id: "G3", annual: 1_000_000 })],
      }),
      aMeasure({
        id: "T4",
        status: "realisert",
        costs: { oneTime: {}, running: { "2027": 20_000 } },
        benefits: [aBenefit({ id: "G4", annual: 80_000, indicators: [anIndicator()] })],
      }),
    ],
  });

  it("sums counted measures into totals and all but avbrutt into the pipeline", () => {
    const result = calculatePortfolio(portfolio);

    // totals 2027 = T1 100 000 + T4 (80 000 − 20 000) = 160 000 budgetNet
    expect(result.totals.years["2027"]?.budgetNet).toBeCloseTo(160_000, KRONER_DIGITS);
    // pipeline adds T2's 50 000 but not avbrutt T3: 210 000
    expect(result.pipeline.years["2027"]?.budgetNet).toBeCloseTo(210_000, KRONER_DIGITS);
    // totals over the period: 4 × 180 000 − 20 000 = 700 000
    expect(result.totals.total.budgetNet).toBeCloseTo(700_000, KRONER_DIGITS);
  });

  it("computes the gap per year as target minus counted budgetNet", () => {
    const { balance } = calculatePortfolio(portfolio);

    // 2027: 250 000 − 160 000 = 90 000 → not balanced; 2028: 100 000 − 180 000 = −80 000 → balanced
    expect(balance["2027"]).toEqual({
      target: 250_000,
      budgetNet: 160_000,
      gap: 90_000,
      balanced: false,
    });
    expect(balance["2028"]?.gap).toBeCloseTo(-80_000, KRONER_DIGITS);
    expect(balance["2028"]?.balanced).toBe(true);
    expect(balance["2029"]?.balanced).toBe(true);
  });

  it("lists the plan years and the indicators of measures not dropped", () => {
    const result = calculatePortfolio(portfolio);

    expect(result.years).toEqual(["2027", "2028", "2029", "2030"]);
    expect(result.indicators.map((i) => [i.id, i.measure, i.benefit])).toEqual([
      ["I1", "T4", "G4"],
    ]);
  });

  it("counts an unreadable savings target as 0 and never returns NaN", () => {
    const bad = aPortfolio({
      savingsTarget: { "2027": Number.NaN },
      measures: [aMeasure({ benefits: [aBenefit({ annual: Number.NaN })] })],
      invalid: { "savingsTarget.2028": "ti millioner" },
    });

    const result = calculatePortfolio(bad);

    // NaN and the unreadable «ti millioner» both count as 0: gap = 0 − 0 (the benefit is NaN too)
    expect(result.balance["2027"]).toEqual({ target: 0, budgetNet: 0, gap: 0, balanced: true });
    expect(result.balance["2028"]?.target).toBe(0);
    expect(Object.values(result.totals.total).every(Number.isFinite)).toBe(true);
  });

  it("derives the hourly cost from the salary basis when none is typed", () => {
    const settings = {
      ...aPortfolio().settings,
      hourlyCost: 0,
      salaryBasis: { annualSalary: 500_000, holidayPay: 0.12, employerTax: 0.141, pension: 0 },
    };
    const result = calculatePortfolio(aPortfolio({ settings }));

    // 500 000 × 1.12 × 1.141 / 1 695 = 376.97 kr per hour
    expect(result.hourlyCost).toBeCloseTo((500_000 * 1.12 * 1.141) / 1695, KRONER_DIGITS);
  });
});
