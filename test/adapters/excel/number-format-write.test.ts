import { createExcelWorkbook } from "../../../src/adapters/excel";
import { createExcelSimulator } from "../../support/excel-simulator";

function setUp() {
  const sim = createExcelSimulator({ sheets: [{ name: "Gevinst Tiltak", rows: [["Tiltak"]] }] });
  const port = createExcelWorkbook(sim.run, {
    isSetSupported: () => true,
    retry: { sleep: () => Promise.resolve(), backoffMs: [10] },
  });
  return { sim, port };
}

describe("a number format written to a range", () => {
  it("reaches every cell of the range", async () => {
    const { sim, port } = setUp();

    await port.apply([
      {
        kind: "formatRange",
        sheet: "Gevinst Tiltak",
        range: { row: 2, col: 1, rows: 300, cols: 4 },
        style: { numberFormat: "#,##0" },
      },
    ]);

    expect(sim.cell("Gevinst Tiltak", "B3").numberFormat).toBe("#,##0");
    expect(sim.cell("Gevinst Tiltak", "E302").numberFormat).toBe("#,##0");
    expect(sim.cell("Gevinst Tiltak", "E303").numberFormat).toBe("General");
    expect(sim.cell("Gevinst Tiltak", "A3").numberFormat).toBe("General");
  });

  it("is sent once, not once per cell", async () => {
    const { sim, port } = setUp();
    const format = (rows: number) =>
      port.apply([
        {
          kind: "formatRange",
          sheet: "Gevinst Tiltak",
          range: { row: 2, col: 1, rows, cols: 4 },
          style: { numberFormat: "#,##0" },
        },
      ]);

    await format(1);
    const small = sim.stats.requestBytes.reduce((a, b) => a + b, 0);
    sim.resetStats();
    await format(10_000);
    const large = sim.stats.requestBytes.reduce((a, b) => a + b, 0);

    // 40 000 cells × «"#,##0",» (8 bytes) would be 320 kB as a grid; one value is a few bytes more.
    expect(large - small).toBeLessThan(50);
  });
});

describe("the simulator's single input", () => {
  it("refuses null for a whole range, as Excel does", async () => {
    const sim = createExcelSimulator({ sheets: [{ name: "Ark", rows: [["x"]] }] });

    const run = sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark").getRange("A1:B2");
      range.numberFormat = null as unknown as string[][];
      await context.sync();
    });

    await expect(run).rejects.toThrow(/invalid/i);
  });
});
