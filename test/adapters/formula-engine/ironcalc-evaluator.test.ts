import { MemoryWorkbook } from "../../../src/adapters/memory";
import { evaluateWorkbook } from "../../support/formula-engine";

describe("evaluateWithIronCalc", () => {
  it("evaluates SUMIFS over text and numeric codes, NPV and defined names across sheets", async () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [
        {
          name: "Budsjett 2027",
          rows: [
            ["Ansvar", "Beløp"],
            ["3100", 1000],
            [3100, 250.5],
            ["3200", 99],
          ],
        },
      ],
    });
    await workbook.apply([
      { kind: "addSheet", name: "Gevinst Sum" },
      {
        kind: "writeCells",
        sheet: "Gevinst Sum",
        at: { row: 0, col: 0 },
        cells: [
          [
            {
              kind: "formula",
              formula: "=SUMIFS('Budsjett 2027'!$B$2:$B$4,'Budsjett 2027'!$A$2:$A$4,\"3100\")",
            },
            { kind: "formula", formula: "=100+NPV(0.04,100,100,100)" },
            { kind: "formula", formula: "=Gevinst_Test*2" },
            { kind: "value", value: "=1+1" },
          ],
        ],
      },
      { kind: "defineName", name: "Gevinst_Test", refersTo: "'Gevinst Sum'!$A$1" },
    ]);

    evaluateWorkbook(workbook);

    // SUMIFS with the criterion "3100" matches the text "3100" and the number 3100: 1000 + 250.5.
    expect(workbook.cell("Gevinst Sum", "A1").value).toBeCloseTo(1250.5, 9);
    // 100 + 100/1.04 + 100/1.04² + 100/1.04³ = 377.5091033...
    expect(workbook.cell("Gevinst Sum", "B1").value).toBeCloseTo(377.50910332, 6);
    expect(workbook.cell("Gevinst Sum", "C1").value).toBeCloseTo(2501, 9);
    expect(workbook.cell("Gevinst Sum", "D1").value).toBe("=1+1");
  });

  it("re-evaluates after a person types a new input", async () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [{ name: "Gevinst A", rows: [[2, { formula: "=A1*3" }]] }],
    });
    workbook.setEvaluator(evaluateWorkbook);

    workbook.typeCell("Gevinst A", "A1", 5);

    expect(workbook.cell("Gevinst A", "B1").value).toBe(15);
  });

  it("shows an error value as its text", () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [{ name: "Gevinst A", rows: [[{ formula: "=1/0" }]] }],
    });

    evaluateWorkbook(workbook);

    expect(workbook.cell("Gevinst A", "A1").value).toBe("#DIV/0!");
  });
});
