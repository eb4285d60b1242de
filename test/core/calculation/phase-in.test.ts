import { phaseInFromStart } from "../../../src/core/calculation/phase-in";

describe("phaseInFromStart", () => {
  it("gives 4/12 in the first year for a start on 1 September", () => {
    // September to December = 4 months of 12
    expect(phaseInFromStart("2027-09-01", 2027)).toEqual({
      "2027": 4 / 12,
      "2028": 1,
      "2029": 1,
      "2030": 1,
    });
  });

  it("gives a full year for a start in January and 1/12 for December", () => {
    expect(phaseInFromStart("2027-01", 2027)["2027"]).toBe(1);
    expect(phaseInFromStart("2027-12-15", 2027)["2027"]).toBeCloseTo(1 / 12, 12);
  });

  it("is 0 before the start year and full before the plan period", () => {
    expect(phaseInFromStart("2029-07-01", 2027)).toEqual({
      "2027": 0,
      "2028": 0,
      "2029": 0.5,
      "2030": 1,
    });
    expect(phaseInFromStart("2025-03-01", 2027)).toEqual({
      "2027": 1,
      "2028": 1,
      "2029": 1,
      "2030": 1,
    });
  });

  it("scales by a full effect below 1", () => {
    // 6 months of 12 × 0.8 = 0.4
    expect(phaseInFromStart("2027-07-01", 2027, 0.8)["2027"]).toBeCloseTo(0.4, 12);
  });

  it("throws on text that is not a month", () => {
    expect(() => phaseInFromStart("september", 2027)).toThrow("yyyy-mm");
    expect(() => phaseInFromStart("2027-13-01", 2027)).toThrow("yyyy-mm");
  });
});
