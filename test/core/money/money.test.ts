import { finiteOrZero, formatKroner, formatNumber } from "../../../src/core/money";

describe("money", () => {
  it("turns anything that is not a finite number into 0", () => {
    expect(
      [1.5, Number.NaN, Number.POSITIVE_INFINITY, "12", null, undefined].map(finiteOrZero),
    ).toEqual([1.5, 0, 0, 0, 0, 0]);
  });

  it("formats whole kroner the Norwegian way", () => {
    // nb-NO groups with a non-breaking space and writes minus as U+2212
    expect(formatKroner(1234567.49)).toBe("1\u00a0234\u00a0567 kr");
    expect(formatKroner(-2500)).toBe("\u22122\u00a0500 kr");
    expect(formatNumber(0.8)).toBe("0,8");
  });
});
