import { MemoryWorkbook } from "../../../src/adapters/memory";

function aBudgetWorkbook() {
  return MemoryWorkbook.fromSeed({
    sheets: [
      {
        name: "Budsjett",
        rows: [
          ["Budsjett 2027"],
          [],
          ["Ansvar", "Art", "Funksjon", "Budsjett 2027"],
          ["3100", "10300", "254", 1000],
          ["3100", "10300", "254", { formula: "=SUM(D4:D4)", value: 1000 }],
        ],
        tables: [{ name: "Tabell1", range: "A3:D5" }],
      },
    ],
  });
}

describe("MemoryWorkbook", () => {
  it("reads the used range with its origin, values and formulas", async () => {
    const workbook = aBudgetWorkbook();

    const [grid] = await workbook.readSheets(["Budsjett"], { formulas: true });

    expect(grid?.origin).toEqual({ row: 0, col: 0 });
    expect(grid?.values[4]).toEqual(["3100", "10300", "254", 1000]);
    expect(grid?.formulas?.[4]?.[3]).toBe("=SUM(D4:D4)");
  });

  it("refuses a write outside Gevinst sheets and changes nothing", async () => {
    const workbook = aBudgetWorkbook();
    const before = workbook.snapshot();

    await expect(
      workbook.apply([
        {
          kind: "writeCells",
          sheet: "Budsjett",
          at: { row: 0, col: 0 },
          cells: [[{ kind: "value", value: 1 }]],
        },
      ]),
    ).rejects.toThrow(/aldri utenfor Gevinst-ark/);
    expect(workbook.snapshot()).toEqual(before);
  });

  it("writes formula-looking text as a constant", async () => {
    const workbook = aBudgetWorkbook();

    await workbook.apply([
      { kind: "addSheet", name: "Gevinst Test" },
      {
        kind: "writeCells",
        sheet: "Gevinst Test",
        at: { row: 0, col: 0 },
        cells: [
          [
            { kind: "value", value: "=1+1" },
            { kind: "formula", formula: "=1+1" },
          ],
        ],
      },
    ]);

    expect(workbook.cell("Gevinst Test", "A1")).toMatchObject({ value: "=1+1", formula: null });
    expect(workbook.cell("Gevinst Test", "B1")).toMatchObject({ formula: "=1+1" });
  });

  it("refuses a sheet name Excel would refuse", async () => {
    const workbook = aBudgetWorkbook();

    await expect(workbook.apply([{ kind: "addSheet", name: "Gevinst a/b" }])).rejects.toMatchObject(
      { reason: "invalid-argument" },
    );
  });

  it("reports a missing sheet with the sheet-missing reason", async () => {
    const workbook = aBudgetWorkbook();

    await expect(workbook.readSheets(["Finnes ikke"])).rejects.toMatchObject({
      reason: "sheet-missing",
    });
  });

  it("lets a person type anywhere, and a leading = makes a formula", () => {
    const workbook = aBudgetWorkbook();

    workbook.typeCell("Budsjett", "E4", "=D4*2");

    expect(workbook.cell("Budsjett", "E4").formula).toBe("=D4*2");
  });
});
