import { MemoryWorkbook } from "../../../src/adapters/memory";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import { erpExport } from "../../support/budget-workbooks";
import { messageText } from "../../../src/app/messages";

describe("a budget line's accounts (regnskap) for the follow-up of spec §12", () => {
  it("reads each regnskap column of the line by its year, in kroner", async () => {
    const { seed, lines: generated } = erpExport(20);
    const workbook = MemoryWorkbook.fromSeed(seed);
    const outline = await workbook.describe();
    const grids = await workbook.readSheets(
      outline.sheets.map((s) => s.name),
      { formulas: true },
    );
    const detection = detectBudget({ grids, tables: outline.tables, sheets: outline.sheets });
    if (detection.status !== "found") throw new Error(messageText(detection));

    const lines = readBudgetLines(detection.mapping, grids).lines;

    // «Regnskap 2025» is the first reference column; the budgets of 2026 are not accounts
    expect(lines).toHaveLength(generated.length);
    lines.forEach((line, i) =>
      expect(line.actuals).toEqual({ "2025": generated[i]!.reference[0] }),
    );
  });
});
