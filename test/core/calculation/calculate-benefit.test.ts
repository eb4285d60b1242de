import {
  calculateBenefit,
  type BenefitContext,
} from "../../../src/core/calculation/calculate-benefit";
import { defaultSettings } from "../../../src/core/model/settings";
import { aBenefit, KRONER_DIGITS } from "../../support/builders";

const years = ["2027", "2028", "2029", "2030"];
const context: BenefitContext = {
  years,
  settings: defaultSettings(),
  hourlyCost: 600,
  hoursPerFte: 1695,
};

describe("calculateBenefit", () => {
  it("multiplies annual by innfasing, confidence and withdrawal share for a kostnad uttak", () => {
    const benefit = aBenefit({
      annual: 800_000,
      phaseIn: { "2027": 0.5, "2028": 1 },
      confidence: 0.8,
      withdrawalShare: 0.75,
    });

    const result = calculateBenefit(benefit, context);

    // 2027: value 800 000 × 0.5 = 400 000; expected × 0.8 = 320 000; withdrawable × 0.75 = 240 000
    expect(result.years["2027"]?.value).toBeCloseTo(400_000, KRONER_DIGITS);
    expect(result.years["2027"]?.expected).toBeCloseTo(320_000, KRONER_DIGITS);
    expect(result.years["2027"]?.withdrawable).toBeCloseTo(240_000, KRONER_DIGITS);
    // 2028: 800 000 × 1 × 0.8 × 0.75 = 480 000; 2029 has no innfasing → 0
    expect(result.years["2028"]?.withdrawable).toBeCloseTo(480_000, KRONER_DIGITS);
    expect(result.years["2029"]?.value).toBe(0);
    // total withdrawable 240 000 + 480 000 = 720 000
    expect(result.total.withdrawable).toBeCloseTo(720_000, KRONER_DIGITS);
  });

  it("values tid at the hourly cost and counts freed hours for omdisponering", () => {
    const benefit = aBenefit({
      type: "tid",
      annual: 1_000,
      phaseIn: { "2027": 1 },
      confidence: 0.5,
      budgetEffect: "omdisponering",
      links: [],
    });

    const year = calculateBenefit(benefit, context).years["2027"];

    // value 1 000 h × 1 × 600 kr = 600 000; expected × 0.5 = 300 000; not uttak → 0 withdrawable
    expect(year?.value).toBeCloseTo(600_000, KRONER_DIGITS);
    expect(year?.expected).toBeCloseTo(300_000, KRONER_DIGITS);
    expect(year?.withdrawable).toBe(0);
    // freed hours 1 000 × 1 × 0.5 = 500 h = 500 / 1 695 ≈ 0.295 årsverk
    expect(year?.freedHours).toBeCloseTo(500, 6);
    expect(year?.freedFte).toBeCloseTo(500 / 1695, 9);
  });

  it("frees no hours for tid taken out of the budget", () => {
    const benefit = aBenefit({ type: "tid", annual: 1_000, budgetEffect: "uttak" });

    const year = calculateBenefit(benefit, context).years["2027"];

    // 1 000 h × 600 kr = 600 000 kr, all withdrawable; no freed hours
    expect(year?.withdrawable).toBeCloseTo(600_000, KRONER_DIGITS);
    expect(year?.freedHours).toBe(0);
  });

  it("never counts kvalitet in kroner", () => {
    const benefit = aBenefit({ type: "kvalitet", annual: 500_000, budgetEffect: "uttak" });

    const result = calculateBenefit(benefit, context);

    expect(result.total).toEqual({
      value: 0,
      expected: 0,
      withdrawable: 0,
      freedHours: 0,
      freedFte: 0,
    });
  });

  it("gives an inntekt benefit without uttak a value but nothing withdrawable", () => {
    const benefit = aBenefit({ type: "inntekt", annual: 50_000, budgetEffect: "ingen" });

    const year = calculateBenefit(benefit, context).years["2028"];

    expect(year?.expected).toBeCloseTo(50_000, KRONER_DIGITS);
    expect(year?.withdrawable).toBe(0);
  });

  it("uses the default innfasing when the benefit has none", () => {
    const settings = {
      ...defaultSettings(),
      defaultPhaseIn: [0.25, 0.5, 1, 1] as [number, number, number, number],
    };
    const benefit = aBenefit({ annual: 200_000, phaseIn: undefined });

    const result = calculateBenefit(benefit, { ...context, settings });

    // 200 000 × 0.25 = 50 000; × 0.5 = 100 000; × 1 = 200 000
    expect(result.years["2027"]?.value).toBeCloseTo(50_000, KRONER_DIGITS);
    expect(result.years["2028"]?.value).toBeCloseTo(100_000, KRONER_DIGITS);
    expect(result.years["2030"]?.value).toBeCloseTo(200_000, KRONER_DIGITS);
  });

  it("keeps a dis-benefit negative", () => {
    const benefit = aBenefit({ annual: -40_000, confidence: 0.5 });

    const year = calculateBenefit(benefit, context).years["2027"];

    // −40 000 × 1 × 0.5 = −20 000
    expect(year?.withdrawable).toBeCloseTo(-20_000, KRONER_DIGITS);
  });

  it("counts unreadable, non-finite and out-of-range numbers as 0", () => {
    const cases = [
      aBenefit({ annual: Number.NaN }),
      aBenefit({ annual: Number.POSITIVE_INFINITY }),
      aBenefit({ annual: 0, invalid: { annual: "åtte hundre" } }),
      aBenefit({ confidence: 1.5 }),
      aBenefit({ confidence: Number.NaN }),
      aBenefit({ phaseIn: { "2027": -1, "2028": 2, "2029": Number.NaN, "2030": 0 } }),
      aBenefit({
        phaseIn: { "2027": 0, "2028": 0, "2029": 0, "2030": 0 },
        invalid: { "phaseIn.2027": "x" },
      }),
    ];

    const totals = cases.map((benefit) => calculateBenefit(benefit, context).total.expected);

    expect(totals).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
