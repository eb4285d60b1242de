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

  it("quotes exactly as Excel does: names that read as references, not plain ones", () => {
    for (const name of [
      "R2026",
      "B2027",
      "INV2027",
      "A1",
      "xfd1048576",
      "R",
      "C",
      "r1c1",
      "RC",
      "C12",
      "R2027Drift",
      "RC3x",
      "TRUE",
      "2027",
      "Budsjett-2027",
      ".a",
    ])
      expect(quoteSheetName(name)).toBe(`'${name}'`);
    for (const name of [
      "Økonomiplan",
      "Budsjett.2027",
      "Budsjett2027",
      "ABCD1",
      "XFE1",
      "A1048577",
      "R0",
      "R1048577",
      "Rådhus",
      "Regnskap",
      "Ark_1",
    ])
      expect(quoteSheetName(name)).toBe(name);
  });
});
