import {
  calculateMeasure,
  type MeasureContext,
} from "../../../src/core/calculation/calculate-measure";
import { defaultSettings } from "../../../src/core/model/settings";
import { aBenefit, aMeasure, KRONER_DIGITS } from "../../support/builders";

const context: MeasureContext = {
  years: ["2027", "2028", "2029", "2030"],
  settings: defaultSettings(),
  hourlyCost: 600,
  hoursPerFte: 1695,
  discountRate: 0.04,
};

/** The spec §7 example measure T1. */
const specT1 = aMeasure({
  costs: { oneTime: { "2027": 300_000 }, running: { "2027": 50_000, "2028": 50_000 } },
  benefits: [
    aBenefit({
      annual: 800_000,
      phaseIn: { "2027": 0.5, "2028": 1, "2029": 1, "2030": 1 },
      confidence: 0.8,
      withdrawalShare: 1,
    }),
  ],
});

describe("calculateMeasure", () => {
  it("computes the spec's example measure year by year", () => {
    const result = calculateMeasure(specT1, context);

    // 2027: gross 800 000 × 0.5 = 400 000; expected × 0.8 = 320 000; cost 300 000 + 50 000 = 350 000
    const y2027 = result.years["2027"];
    expect(y2027?.gross).toBeCloseTo(400_000, KRONER_DIGITS);
    expect(y2027?.expected).toBeCloseTo(320_000, KRONER_DIGITS);
    expect(y2027?.cost).toBeCloseTo(350_000, KRONER_DIGITS);
    expect(y2027?.net).toBeCloseTo(50_000, KRONER_DIGITS); // 400 000 − 350 000
    expect(y2027?.expectedNet).toBeCloseTo(-30_000, KRONER_DIGITS); // 320 000 − 350 000
    expect(y2027?.budgetNet).toBeCloseTo(-30_000, KRONER_DIGITS); // withdrawable 320 000 − 350 000
    // 2028: expected 640 000 − running 50 000 = 590 000
    expect(result.years["2028"]?.expectedNet).toBeCloseTo(590_000, KRONER_DIGITS);
    // 2029 and 2030: 640 000, no cost
    expect(result.years["2030"]?.budgetNet).toBeCloseTo(640_000, KRONER_DIGITS);
    // total budgetNet: −30 000 + 590 000 + 640 000 + 640 000 = 1 840 000
    expect(result.total.budgetNet).toBeCloseTo(1_840_000, KRONER_DIGITS);
  });

  it("discounts from B+1 and leaves the budget year undiscounted", () => {
    const result = calculateMeasure(specT1, context);

    // −30 000 + 590 000/1.04 + 640 000/1.04² + 640 000/1.04³
    // = −30 000 + 567 307.692 + 591 715.976 + 568 957.669 = 1 697 981.34
    expect(result.npv).toBeCloseTo(1_697_981.34, 1);
    const expected = -30_000 + 590_000 / 1.04 + 640_000 / 1.04 ** 2 + 640_000 / 1.04 ** 3;
    expect(result.npv).toBeCloseTo(expected, KRONER_DIGITS);
  });

  it("pays back in 2028 when the cumulative expectedNet first reaches 0", () => {
    // cumulative: 2027 −30 000 (< 0), 2028 −30 000 + 590 000 = 560 000 (≥ 0)
    expect(calculateMeasure(specT1, context).paybackYear).toBe(2028);
  });

  it("marks counted statuses", () => {
    const statuses = [
      "foreslatt",
      "prioritert",
      "vedtatt",
      "under_realisering",
      "realisert",
      "avbrutt",
    ] as const;

    const counted = statuses.map(
      (status) => calculateMeasure(aMeasure({ status }), context).counted,
    );

    expect(counted).toEqual([false, true, true, true, true, false]);
  });

  it("ignores costs in years outside the plan", () => {
    const measure = aMeasure({ costs: { oneTime: { "2026": 1_000_000 }, running: { "2031": 5 } } });

    expect(calculateMeasure(measure, context).total.cost).toBe(0);
  });

  it("nets a dis-benefit against the benefits of the same measure", () => {
    const measure = aMeasure({
      benefits: [aBenefit({ id: "G1", annual: 100_000 }), aBenefit({ id: "G2", annual: -30_000 })],
    });

    // 100 000 − 30 000 = 70 000 per year, 280 000 over four years
    const result = calculateMeasure(measure, context);
    expect(result.years["2027"]?.withdrawable).toBeCloseTo(70_000, KRONER_DIGITS);
    expect(result.total.withdrawable).toBeCloseTo(280_000, KRONER_DIGITS);
  });
});
