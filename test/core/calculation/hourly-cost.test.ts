import { deriveHourlyCost, resolveHourlyCost } from "../../../src/core/calculation/hourly-cost";
import { defaultSettings } from "../../../src/core/model/settings";
import { KRONER_DIGITS } from "../../support/builders";

const basis = { annualSalary: 600_000, holidayPay: 0.12, employerTax: 0.141, pension: 0.12 };

describe("hourly cost", () => {
  it("derives the hourly cost from salary, holiday pay, employer's tax and pension", () => {
    // 600 000 × 1.12 × 1.141 × 1.12 = 858 762.24 kr a year; / 1 695 h = 506.64 kr per hour
    const expected = (600_000 * 1.12 * 1.141 * 1.12) / 1695;

    expect(deriveHourlyCost(basis, 1695)).toBeCloseTo(expected, KRONER_DIGITS);
    expect(deriveHourlyCost(basis, 1695)).toBeCloseTo(506.64, KRONER_DIGITS);
  });

  it("prefers a typed hourly cost", () => {
    expect(resolveHourlyCost({ ...defaultSettings(), hourlyCost: 650, salaryBasis: basis })).toBe(
      650,
    );
  });

  it("derives when no hourly cost is typed, and is 0 with neither", () => {
    expect(
      resolveHourlyCost({ ...defaultSettings(), hourlyCost: 0, salaryBasis: basis }),
    ).toBeCloseTo(506.64, KRONER_DIGITS);
    expect(resolveHourlyCost(defaultSettings())).toBe(0);
  });

  it("is 0 rather than NaN for a bad salary basis", () => {
    expect(deriveHourlyCost({ ...basis, annualSalary: Number.NaN }, 1695)).toBe(0);
    expect(deriveHourlyCost(basis, 0)).toBe(0);
  });
});
