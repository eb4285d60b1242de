import {
  cellRef,
  columnRange,
  countedFlag,
  fractionOf,
  keyCriterion,
  npvOf,
  sumIfs,
} from "../../../src/core/sheets/shared/formulas";

describe("formula builders", () => {
  it("quotes sheet names and makes bounded absolute ranges", () => {
    expect(columnRange("Gevinst DD A", 1, 11, 39)).toBe("'Gevinst DD A'!$B$12:$B$40");
    expect(cellRef(4, 2, { sheet: "Gevinst Innstillinger", abs: true })).toBe(
      "'Gevinst Innstillinger'!$C$5",
    );
  });

  it("reads a fraction like core: blank is the default, text or out of range is 0", () => {
    expect(fractionOf("H5", "1")).toBe('IF(H5="",1,IF(AND(ISNUMBER(H5),H5>=0,H5<=1),H5,0))');
  });

  it("counts exactly the counted statuses of spec §2", () => {
    const formula = countedFlag("D5");

    expect(formula).toContain('TRIM(D5)="prioritert"');
    expect(formula).toContain('TRIM(D5)="realisert"');
    expect(formula).not.toContain("foreslatt");
    expect(formula).not.toContain("avbrutt");
  });

  it("writes NPV as the spec does: the budget year undiscounted", () => {
    expect(npvOf("R", ["A", "B", "C", "D"])).toBe("(A)+NPV(R,B,C,D)");
  });

  it("compares budget codes as text", () => {
    expect(sumIfs("$D$2:$D$9", [["$A$2:$A$9", keyCriterion("$A5")]])).toBe(
      'SUMIFS($D$2:$D$9,$A$2:$A$9,$A5&"")',
    );
  });

  it("uses no volatile or whole-column references", () => {
    const all = [
      fractionOf("A1", "0"),
      countedFlag("A1"),
      npvOf("r", ["1", "2", "3", "4"]),
      columnRange(undefined, 0, 0, 9),
    ].join(" ");

    expect(all).not.toMatch(/INDIRECT|OFFSET|TODAY|NOW\(|\$?[A-Z]+:\$?[A-Z]+[^0-9$]/);
  });
});
