/** The demo's «Åpne» with a CSV budget: a one-sheet workbook the pane finds the budget in. */
import { connectBudget } from "../../src/app/connect-budget";
import { isCsvName, readCsvWorkbook } from "../../src/demo/open-csv";
import { sogndalLike } from "../core/budget/support/real-shapes";

describe("opening a CSV in the demo", () => {
  it("reads a Windows-1252, tab-separated budget and the pane finds it", async () => {
    const csv = sogndalLike(25).csv.slice(1).replace(/;/g, "\t");
    const bytes = Uint8Array.from(Buffer.from(csv, "latin1")).buffer;

    const workbook = readCsvWorkbook(bytes, "sogndal_2013_driftsbudsjett.csv");
    const result = await connectBudget(workbook);

    expect(isCsvName("Budsjett.CSV")).toBe(true);
    expect(isCsvName("Budsjett.xlsx")).toBe(false);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["sogndal_2013_driftsbudsjett"]);
    expect(workbook.sheet("sogndal_2013_driftsbudsjett")?.get(1, 1)?.value).toMatch(
      /^Løn «\d{5}»$/,
    );
    if (result.status !== "found") throw new Error(JSON.stringify(result));
    expect(result.lineCount).toBe(25);
    expect(result.mapping.budgetYear).toBe(2013);
  });
});
