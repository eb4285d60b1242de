import {
  evaluateIndicator,
  indicatorStatus,
  latestMeasurement,
  targetPathValue,
} from "../../../src/core/indicators/evaluate-indicator";
import { isIsoDate, toDayNumber } from "../../../src/core/indicators/iso-date";
import { anIndicator } from "../../support/builders";

const owner = { measure: "T1", benefit: "G1" };

describe("iso dates", () => {
  const daysBetween = (from: string, to: string) =>
    (toDayNumber(to) ?? Number.NaN) - (toDayNumber(from) ?? Number.NaN);

  it("counts days exactly across leap years", () => {
    // 2027-01-15 → 2027-06-30: 16 (rest of Jan) + 28 + 31 + 30 + 31 + 30 + 30 = 166
    expect(daysBetween("2027-01-15", "2027-06-30")).toBe(166);
    // 2027-01-15 → 2028-06-30: 365 − 14 = 351 left of 2027, + 182 days of 2028 (a leap year) to 30 June = 532
    expect(daysBetween("2027-01-15", "2028-06-30")).toBe(532);
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2000-03-01")).toBe(11017);
  });

  it("rejects dates that do not exist", () => {
    expect(
      ["2027-02-29", "2028-02-29", "2027-13-01", "30.06.2027", 20270630].map(isIsoDate),
    ).toEqual([false, true, false, false, false]);
  });
});

describe("indicators", () => {
  it("computes the spec's example: achievement 1/3 and i_rute", () => {
    const indicator = anIndicator({ measurements: [{ date: "2027-06-30", value: 380 }] });

    const result = evaluateIndicator(indicator, 0.1, owner);

    // achievement = (380 − 420) / (300 − 420) = −40 / −120 = 0.333…
    expect(result.achievement).toBeCloseTo(1 / 3, 12);
    // målbane on 2027-06-30 = 420 + (300 − 420) × 166/532 = 420 − 37.444… = 382.556
    expect(result.expected).toBeCloseTo(420 - (120 * 166) / 532, 9);
    // minkende: shortfall = −(382.556 − 380) / 120 = −0.0213 (ahead of the målbane) → i_rute
    expect(result.shortfall).toBeCloseTo(-(382.556 - 380) / 120, 4);
    expect(result.status).toBe("i_rute");
    expect(result.latest).toBe(380);
  });

  it("flags folg_med and avvik for an okende indicator falling behind", () => {
    // baseline 0 on 2027-01-01, target 100 on 2027-12-31 (364 days); flat after the target date
    const base = {
      direction: "okende" as const,
      baseline: 0,
      baselineDate: "2027-01-01",
      target: 100,
      targetDate: "2027-12-31",
    };
    const at = (value: number) =>
      anIndicator({ ...base, measurements: [{ date: "2028-03-01", value }] });

    // shortfall = (100 − latest) / 100: 95 → 0.05 i_rute; 85 → 0.15 folg_med; 70 → 0.30 avvik
    expect(evaluateIndicator(at(95), 0.1, owner).status).toBe("i_rute");
    expect(evaluateIndicator(at(85), 0.1, owner).status).toBe("folg_med");
    expect(evaluateIndicator(at(70), 0.1, owner).status).toBe("avvik");
  });

  it("treats the limits as inclusive", () => {
    expect(indicatorStatus(0.1, 0.1)).toBe("i_rute");
    expect(indicatorStatus(0.2, 0.1)).toBe("folg_med");
    expect(indicatorStatus(0.2000001, 0.1)).toBe("avvik");
  });

  it("draws the målbane linearly and flat after the target date", () => {
    const indicator = anIndicator({
      baseline: 0,
      target: 100,
      baselineDate: "2027-01-01",
      targetDate: "2027-01-11",
    });

    // 4 of 10 days → 40; after the target date → 100; before the baseline date → the baseline
    expect(targetPathValue(indicator, "2027-01-05")).toBeCloseTo(40, 12);
    expect(targetPathValue(indicator, "2030-01-01")).toBe(100);
    expect(targetPathValue(indicator, "2026-01-01")).toBe(0);
  });

  it("uses the measurement with the latest date, not the last in the list", () => {
    const indicator = anIndicator({
      measurements: [
        { date: "2027-09-30", value: 350 },
        { date: "2027-03-31", value: 410 },
        { date: "bad", value: 1 },
      ],
    });

    expect(latestMeasurement(indicator)).toEqual({ date: "2027-09-30", value: 350 });
  });

  it("gives nulls without measurements, with target = baseline, or with missing dates", () => {
    expect(evaluateIndicator(anIndicator(), 0.1, owner)).toMatchObject({
      latest: null,
      achievement: null,
      status: null,
    });
    const flat = anIndicator({ target: 420, measurements: [{ date: "2027-06-30", value: 400 }] });
    expect(evaluateIndicator(flat, 0.1, owner)).toMatchObject({ achievement: null, status: null });
    const undated = anIndicator({
      targetDate: undefined,
      measurements: [{ date: "2027-06-30", value: 400 }],
    });
    expect(evaluateIndicator(undated, 0.1, owner)).toMatchObject({
      achievement: 0.16666666666666666,
      status: null,
    });
  });
});
