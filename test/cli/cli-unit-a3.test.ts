/**
 * `gevinst init --enhet`: the optional A3 per resultatenhet / tjenesteområde (spec §11) is turned
 * on from the command line; the units land in «Gevinst Innstillinger», where a person would type
 * them, and each gets its sheet. A code the budget does not have is bad input (exit 2, no file).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openXlsx } from "../support/xlsx-adapter";
import { aBudgetWorkbook, toBuffer } from "./fixtures/budget-workbooks";
import { ensureCliBuilt, runGevinst } from "./support/run-cli";

let dir: string;
const file = (name: string) => path.join(dir, name);

jest.setTimeout(60_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-cli-enhet-"));
  writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook("range", 0)));
});

describe("gevinst init --enhet", () => {
  it("adds an A3 per unit named, with the unit's budget lines as formulas", async () => {
    const run = await runGevinst(
      ["init", "budsjett.xlsx", "-o", "ut.xlsx", "--enhet", "3100, funksjon 253"],
      dir,
    );

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/La til A3 for ansvar 3100 på arket «Gevinst A3 Enhet 3100»/);
    expect(run.stdout).toMatch(/La til A3 for funksjon 253 på arket «Gevinst A3 Tjeneste 253»/);
    const book = await openXlsx(readFileSync(file("ut.xlsx")));
    const unit = book.workbook.getWorksheet("Gevinst A3 Enhet 3100");
    expect(String(unit?.getCell("A1").value)).toBe("Resultatenhet: 3100");
    expect(book.workbook.getWorksheet("Gevinst A3 Tjeneste 253")).toBeDefined();
    // The two 3100 lines and the sum, each a live formula into the budget sheet.
    const labels: string[] = [];
    unit?.eachRow((row) => labels.push(String(row.getCell(1).value ?? "")));
    expect(labels.filter((l) => l.startsWith("3100-"))).toHaveLength(2);
    const sumRow = labels.findIndex((l) => l === "Sum resultatenhet 3100") + 1;
    const formula = (unit?.getCell(sumRow, 2).value as { formula?: string } | null)?.formula;
    expect(formula).toMatch(/SUMIFS\(/);
    // The setting is where a person sees and changes it.
    const settings = book.workbook.getWorksheet("Gevinst Innstillinger");
    const cells: string[] = [];
    settings?.eachRow((row) => cells.push(String(row.getCell(2).value ?? "")));
    expect(cells).toContain("3100, funksjon 253");
  });

  it("refuses a unit the budget has no line for, and writes no file", async () => {
    const run = await runGevinst(
      ["init", "budsjett.xlsx", "-o", "ut.xlsx", "--enhet", "9999"],
      dir,
    );

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ingen linje med ansvar 9999/);
    expect(existsSync(file("ut.xlsx"))).toBe(false);
  });
});
