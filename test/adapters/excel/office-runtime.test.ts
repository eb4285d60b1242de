/**
 * The Excel adapter's requests measured by Microsoft's own Office.js runtime (@microsoft/office-js,
 * loaded in jsdom; test/support/excel-simulator/office-runtime.ts), not by a guess of ours: every
 * batch that set up, import and refresh send on the bench's portfolios is under Excel on the web's
 * 5 MB, and never above the planner's estimate (which decides where batches are cut).
 */
import * as plan from "../../../src/adapters/excel/plan";
import { createExcelWorkbook } from "../../../src/adapters/excel";
import { queueChange } from "../../../src/adapters/excel/write";
import type { WorkbookChange } from "../../../src/core/workbook/workbook-port";
import { connect, runAction } from "../../../scripts/bench/actions";
import { benchPortfolio, budgetSeed } from "../../../scripts/bench/fixtures";
import { PAYLOAD_LIMIT_BYTES } from "../../../scripts/bench/simulator-run";
import { createExcelSimulator } from "../../support/excel-simulator";
import { requestBytes } from "../../support/excel-simulator/office-runtime";

const real = (change: WorkbookChange): Promise<number> =>
  requestBytes((context) => queueChange(context, change, false));

describe("the planner's estimate against the Office.js runtime's request body", () => {
  const rows = (n: number, cols: number) =>
    Array.from({ length: n }, (_, r) =>
      Array.from({ length: cols }, (_, c) =>
        c % 3 === 0
          ? {
              kind: "formula" as const,
              formula: `=SUMIFS(Budsjett!$H:$H,Budsjett!$A:$A,$A${r + 2},Budsjett!$B:$B,"<>""")`,
            }
          : c % 3 === 1
            ? { kind: "value" as const, value: 12345.5 }
            : { kind: "value" as const, value: "Økonomi & «plan»" },
      ),
    );

  it.each([
    ["a wide block of formulas, numbers and text", 2000, 12],
    ["one long column", 5000, 1],
  ])("%s: the estimate covers the real body, within 10 %%", async (_name, n, cols) => {
    const change: WorkbookChange = {
      kind: "writeCells",
      sheet: "Gevinst Dypdykk",
      at: { row: 1, col: 0 },
      cells: rows(n, cols),
    };
    const bytes = await real(change);
    const estimate = plan.estimateBytes(change);
    expect(estimate).toBeGreaterThanOrEqual(bytes);
    expect(estimate).toBeLessThanOrEqual(bytes * 1.1);
  });

  it("counts a number format for a whole range once, as it is sent", async () => {
    const change: WorkbookChange = {
      kind: "formatRange",
      sheet: "Gevinst Dypdykk",
      range: { row: 1, col: 0, rows: 20000, cols: 12 },
      style: { numberFormat: "# ##0", bold: true, border: "thin", fill: "#FFFFFF" },
    };
    const bytes = await real(change);
    expect(bytes).toBeLessThan(10_000);
    expect(plan.estimateBytes(change)).toBeGreaterThanOrEqual(bytes);
    expect(plan.estimateBytes(change)).toBeLessThan(2 * bytes);
  });

  it("covers every other kind of change", async () => {
    const changes: WorkbookChange[] = [
      { kind: "addSheet", name: "Gevinst Tiltak", position: 3 },
      { kind: "renameSheet", from: "Gevinst A", to: "Gevinst B" },
      { kind: "setVisibility", sheet: "Gevinst_Config", visibility: "veryHidden" },
      {
        kind: "setColumnWidths",
        sheet: "Gevinst Tiltak",
        widths: [
          { col: 0, width: 12 },
          { col: 3, width: 40 },
        ],
      },
      { kind: "freezePanes", sheet: "Gevinst Tiltak", rows: 1, cols: 2 },
      { kind: "protectSheet", sheet: "Gevinst Tiltak" },
      { kind: "defineName", name: "Gevinst_Tiltak", refersTo: "'Gevinst Tiltak'!$A$1:$F$20" },
      {
        kind: "setListValidation",
        sheet: "Gevinst Tiltak",
        range: { row: 1, col: 2, rows: 500, cols: 1 },
        list: ["Planlagt", "Pågår", "Realisert"],
      },
      {
        kind: "addConditionalFill",
        sheet: "Gevinst Tiltak",
        range: { row: 1, col: 0, rows: 500, cols: 6 },
        formula: '=$F2="Avvik"',
        fill: "#FCE4E4",
      },
      { kind: "mergeRange", sheet: "Gevinst Tiltak", range: { row: 0, col: 0, rows: 1, cols: 4 } },
      {
        kind: "clearRange",
        sheet: "Gevinst Tiltak",
        range: { row: 1, col: 0, rows: 500, cols: 6 },
      },
    ];
    for (const change of changes)
      expect({
        kind: change.kind,
        covered: plan.estimateBytes(change) >= (await real(change)),
      }).toEqual({
        kind: change.kind,
        covered: true,
      });
  });
});

describe("every batch of the bench's actions, measured by the Office.js runtime", () => {
  it.each([
    [1000, 500],
    [10000, 100],
  ])(
    "%i budget lines, %i measures: each request is under 5 MB and under its estimate",
    async (lines, measures) => {
      const sim = createExcelSimulator(budgetSeed(lines), {
        payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
      });
      const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
      const portfolio = benchPortfolio(measures, lines);
      const mapping = await connect(port);
      // The batch takeBatch cuts is sent by the next sync: pair each estimate with that sync's body.
      const estimates: { sync: number; bytes: number }[] = [];
      const take = plan.takeBatch;
      const spy = jest.spyOn(plan, "takeBatch").mockImplementation((pending, budget) => {
        const result = take(pending, budget);
        estimates.push({ sync: sim.stats.syncs, bytes: result.bytes });
        return result;
      });
      try {
        for (const action of ["set up", "import", "refresh"] as const)
          await runAction(action, port, { mapping, portfolio });
      } finally {
        spy.mockRestore();
      }

      expect(estimates.length).toBeGreaterThanOrEqual(3);
      for (const { sync, bytes } of estimates) {
        const sent = sim.stats.requestBytes[sync] as number;
        expect({
          sync,
          underLimit: sent <= PAYLOAD_LIMIT_BYTES,
          underEstimate: sent <= bytes,
          // A full batch is sized well: the estimate is within 15 % of what is sent.
          close: bytes < 1_000_000 || sent >= bytes * 0.85,
        }).toEqual({ sync, underLimit: true, underEstimate: true, close: true });
      }
    },
    120_000,
  );
});
