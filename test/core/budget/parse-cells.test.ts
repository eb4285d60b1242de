import fc from "fast-check";
import { parseAmount, readCode, splitCodeAndName } from "../../../src/core/budget/parse-cells";
import { norwegianAmount } from "../../support/budget-workbooks";

describe("parseAmount", () => {
  it.each([
    ["1 234 567", 1234567],
    ["-12 345,50", -12345.5],
    ["\u221212\u00a0345", -12345],
    ["1\u202f000", 1000],
    ["(12 345)", -12345],
    ["1.234.567,50", 1234567.5],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["kr 1 500,-", 1500],
    ["500-", -500],
    [" 42 ", 42],
  ])("reads «%s» as %d", (text, expected) => {
    expect(parseAmount(text)).toBeCloseTo(expected, 9);
  });

  it.each([[null], [""], ["  "], ["–"], ["-"]])("reads %p as empty", (cell) => {
    expect(parseAmount(cell)).toBe("empty");
  });

  it.each([["abc"], ["12 abc"], [true], ["1,2,3"]])("rejects %p", (cell) => {
    expect(parseAmount(cell)).toBe("invalid");
  });

  it("reads back any amount written in Norwegian form with any space and minus", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(" ", "\u00a0", "\u202f"),
        fc.constantFrom("-", "\u2212"),
        (whole, cents, space, minus) => {
          const value = whole + Math.sign(whole || 1) * (cents / 100);
          expect(parseAmount(norwegianAmount(value, space, minus))).toBeCloseTo(value, 6);
        },
      ),
    );
  });

  it("returns finite numbers as they are", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseAmount(n)).toBe(n);
      }),
    );
  });
});

describe("readCode", () => {
  it("reads the number 254 as the text 254 and keeps leading zeros of text codes", () => {
    expect(readCode(254)).toBe("254");
    expect(readCode(" 0254 ")).toBe("0254");
    expect(readCode(null)).toBe("");
  });

  it("splits a code and name in one cell", () => {
    expect(splitCodeAndName("3100 Hjemmetjenesten")).toEqual({
      code: "3100",
      name: "Hjemmetjenesten",
    });
    expect(splitCodeAndName("3100 - Hjemme")).toEqual({ code: "3100", name: "Hjemme" });
    expect(splitCodeAndName("3100")).toBeNull();
  });
});
