import { paybackYear, presentValue } from "../../../src/core/calculation/discounting";
import { KRONER_DIGITS } from "../../support/builders";

const years = [2027, 2028, 2029, 2030];
const row = (cost: number, expected: number) => ({ cost, expected, expectedNet: expected - cost });

describe("presentValue", () => {
  it("equals X_B + NPV(r, X_B+1 : X_B+3)", () => {
    // 100 + 110/1.1 + 121/1.21 + 0 = 100 + 100 + 100 = 300
    expect(presentValue([100, 110, 121, 0], 0.1)).toBeCloseTo(300, KRONER_DIGITS);
  });

  it("is the plain sum at rate 0", () => {
    expect(presentValue([1, 2, 3, 4], 0)).toBe(10);
  });
});

describe("paybackYear", () => {
  it("starts counting from the first year with a cost", () => {
    // 2027 expected 50, no cost: cumulative 50 but counting starts in 2028 (first cost)
    // 2028: 50 + (10 − 100) = −40; 2029: −40 + 60 = 20 ≥ 0 → 2029
    const figures = [row(0, 50), row(100, 10), row(0, 60), row(0, 60)];

    expect(paybackYear(years, figures)).toBe(2029);
  });

  it("is the first year with expected > 0 for a measure without costs", () => {
    expect(paybackYear(years, [row(0, 0), row(0, 0), row(0, 5), row(0, 5)])).toBe(2029);
  });

  it("is null when the measure never pays back in the period", () => {
    expect(paybackYear(years, [row(1000, 0), row(0, 100), row(0, 100), row(0, 100)])).toBeNull();
    expect(paybackYear(years, [row(0, 0), row(0, 0), row(0, 0), row(0, -5)])).toBeNull();
  });

  it("counts a year in which the cumulative net is exactly 0", () => {
    // 2027: 60 − 100 = −40; 2028: −40 + 40 = 0 → 2028
    expect(paybackYear(years, [row(100, 60), row(0, 40), row(0, 0), row(0, 0)])).toBe(2028);
  });
});
