import { formulaNormalForm, sameFormula } from "../../../src/core/workbook/formula-text";

describe("formula text in Excel's spelling", () => {
  it("treats Excel's respelling of our formula as the same formula", () => {
    // Excel drops quotes a name does not need and upper-cases functions and references.
    expect(sameFormula("=SUM('Økonomiplan'!$a$1:B2)", "=SUM(Økonomiplan!$A$1:B2)")).toBe(true);
    expect(
      sameFormula("=sumifs('Budsjett.2027'!H:H,A1,\"x\")", '=SUMIFS(Budsjett.2027!H:H,A1,"x")'),
    ).toBe(true);
    expect(sameFormula("='Kari''s ark'!A1", "='Kari''s ark'!A1")).toBe(true);
  });

  it("keeps what differs: text literals, quotes Excel needs, references", () => {
    expect(sameFormula('=IF(A1="ja",1,0)', '=IF(A1="JA",1,0)')).toBe(false);
    expect(sameFormula("=SUM(A1:A3)", "=SUM(A1:A4)")).toBe(false);
    expect(formulaNormalForm("='R2026'!A1")).toBe("='R2026'!A1");
    expect(formulaNormalForm("='Budsjett 2027'!a1")).toBe("='BUDSJETT 2027'!A1");
  });
});
