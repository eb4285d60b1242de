import {
  columnIndex,
  columnLetters,
  fromA1,
  quoteSheetName,
  rangeFromA1,
  rangeToA1,
  toA1,
} from "../../../src/core/workbook/address";

describe("address", () => {
  it("converts columns both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  it("reads and writes A1 addresses", () => {
    expect(toA1({ row: 2, col: 1 })).toBe("B3");
    expect(toA1({ row: 2, col: 1 }, true)).toBe("$B$3");
    expect(fromA1("$B$3")).toEqual({ row: 2, col: 1 });
    expect(rangeToA1(rangeFromA1("C5:A1"))).toBe("A1:C5");
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("Budsjett")).toBe("Budsjett");
    expect(quoteSheetName("Gevinst Sammendrag")).toBe("'Gevinst Sammendrag'");
    expect(quoteSheetName("Kari's ark")).toBe("'Kari''s ark'");
  });
});
