import fc from "fast-check";
import {
  cellFor,
  dateToSerial,
  isoToSerial,
  serialToDate,
  serialToIso,
} from "../../../src/core/sheets/shared/cell-values";

describe("dates as Excel serial numbers", () => {
  it("gives Excel's serial for a known date", () => {
    expect(isoToSerial("2027-01-15")).toBe(46402);
    expect(serialToIso(46402)).toBe("2027-01-15");
  });

  it("counts a moment in UTC, with the time of day as the fraction", () => {
    const noon = new Date("2027-01-15T12:00:00Z");
    expect(dateToSerial(noon)).toBe(46402.5);
    expect(serialToDate(46402.5).toISOString()).toBe(noon.toISOString());
    expect(serialToIso(dateToSerial(new Date("2027-01-15T23:59:00Z")))).toBe("2027-01-15");
  });

  it("counts 1 462 days fewer in a workbook with the 1904 date system", () => {
    expect(dateToSerial(new Date("2027-01-15T00:00:00Z"), true)).toBe(46402 - 1462);
  });

  it("refuses text that is not a real date", () => {
    expect(isoToSerial("2027-02-30")).toBeNull();
    expect(isoToSerial("15.01.2027")).toBeNull();
  });

  it("round-trips every date from 1900 to 2200", () => {
    expect(() =>
      fc.assert(
        fc.property(
          fc.integer({ min: 61, max: 110_000 }),
          (serial) => isoToSerial(serialToIso(serial)) === serial,
        ),
      ),
    ).not.toThrow();
  });
});

describe("cellFor", () => {
  it("writes back what was typed when the field could not be read", () => {
    expect(cellFor({ invalid: { annual: "ca 800 000" } }, "annual", 0)).toBe("ca 800 000");
    expect(cellFor({}, "annual", 800_000)).toBe(800_000);
  });
});
