/**
 * The real kommune budgets in ../shared/data/real-budgets (open data, read as they are; never
 * copied into this repository), with figures derived by hand from the CSV files:
 *
 *   awk -F';' '$1=="10100" && $3=="120" && $5=="37000" {print $9}' sogndal_2013_driftsbudsjett.csv
 *     → 1 635 543
 *   awk -F';' 'NR>1{k=$4"|"$2"|"$6"|"$8; n[k]++} END{…}' stavanger_2016_driftsbudsjett.csv
 *     → 9 547 keys, 1 154 of them on more than one row (1 583 rows more than keys); all sums 0;
 *     ansvar 800016 / art 14724 / tjeneste 18000 is 19 rows summing to 13 224 000.
 *
 * Without the folder the suite says so in one line and skips (CI always has it).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { decodeCsvBytes } from "../../src/adapters/csv/decode-csv";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { buildWorkbookReport } from "../../src/app/build-report";
import { confirmBudgetMapping } from "../../src/app/connect-budget";
import { importPortfolio } from "../../src/app/import-portfolio";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import { createBudgetIndex, mappingHasProsjekt } from "../../src/core/budget/budget-index";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import type { BudgetDetection, BudgetDetectionResult } from "../../src/core/budget/budget.types";
import { detectBudget } from "../../src/core/budget/detect-budget";
import { csvRows, sheetNameFromFile } from "../../src/core/csv/csv-cells";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { SHEET_BUDGET_LINKS } from "../../src/core/sheets/shared/sheet-names";
import type { BudgetLink } from "../../src/core/model/portfolio.types";
import { compareWithCore } from "../app/sheets/engine-compare";
import { asKommuneWorkbook } from "../core/budget/support/real-shapes";
import { aBenefit, aMeasure, aPortfolio } from "../support/builders";
import { evaluateWorkbook } from "../support/formula-engine";
import { messageText } from "../../src/app/messages";
import { textOf } from "../support/text-of";
import type { MessageRef } from "../../src/core/model/issue.types";

const FOLDER = path.resolve(__dirname, "../..", "../shared/data/real-budgets");
const present = existsSync(FOLDER);
if (!present) console.log(`Hopper over de ekte budsjettene: ${FOLDER} finnes ikke.`);
const describeReal = present ? describe : describe.skip;

const NOW = new Date("2026-09-01T10:00:00Z");
const USER = "Økonomisjef";

/** A real CSV as the workbook `gevinst init file.csv` makes: one sheet named after the file. */
function csvWorkbook(file: string): MemoryWorkbook {
  const bytes = readFileSync(path.join(FOLDER, file));
  const rows = csvRows(parseCsv(decodeCsvBytes(bytes).text).rows);
  return MemoryWorkbook.fromSeed({ sheets: [{ name: sheetNameFromFile(file), rows }] });
}

async function detect(workbook: MemoryWorkbook): Promise<BudgetDetectionResult> {
  const outline = await workbook.describe();
  const grids = await workbook.readSheets(
    outline.sheets.map((s) => s.name),
    { formulas: true },
  );
  return detectBudget({ grids, tables: outline.tables, sheets: outline.sheets });
}

function found(result: BudgetDetectionResult): BudgetDetection {
  if (result.status !== "found") throw new Error(messageText(result));
  return result;
}

async function indexOf(workbook: MemoryWorkbook, detection: BudgetDetection) {
  const grids = await workbook.readSheets(detection.mapping.sources.map((s) => s.sheet));
  return createBudgetIndex(readBudgetLines(detection.mapping, grids).lines, {
    hasProsjekt: mappingHasProsjekt(detection.mapping),
  });
}

/** Imports one measure taking `annual` kr a year out of `link`, and returns the report. */
async function importOn(workbook: MemoryWorkbook, detection: BudgetDetection, link: BudgetLink) {
  const b = detection.mapping.budgetYear;
  const years = [b, b + 1, b + 2, b + 3].map(String);
  const phaseIn = Object.fromEntries(years.map((y, i) => [y, [0.5, 1, 1, 1][i] as number]));
  const portfolio = aPortfolio({
    budgetYear: b,
    measures: [
      aMeasure({
        id: "T1",
        benefits: [aBenefit({ id: "T1-G1", annual: 120_000, phaseIn, links: [link] })],
      }),
    ],
  });
  await confirmBudgetMapping(workbook, detection.mapping);
  await setUpGevinstSheets(workbook, { mapping: detection.mapping, now: NOW, user: USER });
  const result = await importPortfolio(workbook, portfolio, {
    now: NOW,
    user: USER,
    mapping: detection.mapping,
    budget: await indexOf(workbook, detection),
  });
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  return { report: await buildWorkbookReport(workbook), years };
}

describeReal("the real kommune budgets", () => {
  it("Sogndal 2013: budget year only, plan years carried forward, 120/10100/37000 = 1 635 543", async () => {
    const workbook = csvWorkbook("sogndal_2013_driftsbudsjett.csv");

    const detection = found(await detect(workbook));

    expect(detection.mapping.budgetYear).toBe(2013);
    expect(detection.lineCount).toBe(4898);
    expect(detection.mergedRows).toBe(0);
    expect(detection.badCells).toEqual([]);
    const index = await indexOf(workbook, detection);
    const [line] = index.findLines({ ansvar: "120", art: "10100", funksjon: "37000" });
    expect(line?.amounts).toEqual([1635543, 1635543, 1635543, 1635543]);
    expect(line?.carried).toEqual([false, true, true, true]);
    expect(index.planTotal().map((t) => Math.round(t))).toEqual([0, 0, 0, 0]);
  });

  it("Stavanger 2016: one «beloep» column, the year from the file's name, 1 154 keys on several rows", async () => {
    const workbook = csvWorkbook("stavanger_2016_driftsbudsjett.csv");

    const detection = found(await detect(workbook));

    expect(detection.mapping.budgetYear).toBe(2016);
    expect(detection.lineCount).toBe(9547);
    expect(detection.mergedRows).toBe(1583);
    const index = await indexOf(workbook, detection);
    expect(index.lines.filter((l) => (l.rowCount ?? 1) > 1)).toHaveLength(1154);
    const [line] = index.findLines({ ansvar: "800016", art: "14724", funksjon: "18000" });
    expect(line?.rowCount).toBe(19);
    expect(line?.amounts).toEqual([13224000, 13224000, 13224000, 13224000]);
    expect(index.planTotal()).toEqual([0, 0, 0, 0]);
  });

  it.each([
    ["sogndal_2013_driftsbudsjett.csv", ["Sogndal kommune", "Driftsbudsjett 2013"], 2013, 4898],
    ["stavanger_2016_driftsbudsjett.csv", ["Stavanger kommune", "Budsjett 2016 drift"], 2016, 9547],
  ])(
    "%s as a kommune keeps it in Excel (title rows, a Sum row, a second sheet) is found with no flags",
    async (file, titles, year, lines) => {
      const csv = decodeCsvBytes(readFileSync(path.join(FOLDER, file))).text;
      const workbook = MemoryWorkbook.fromSeed(asKommuneWorkbook(csv, "Ark1", titles));

      const detection = found(await detect(workbook));

      expect(detection.mapping.budgetYear).toBe(year);
      expect(detection.mapping.sources[0]?.headerRow).toBe(3);
      expect(detection.lineCount).toBe(lines);
      expect(detection.explanation.map((r) => messageText(r)).join("\n")).toMatch(/1 × sumrad/);
    },
  );

  it("Førde 2013 investment budget: found without ansvar (prosjekt, teneste, konto)", async () => {
    const detection = found(await detect(csvWorkbook("forde_2013_investeringsbudsjett.csv")));

    expect(detection.mapping.budgetYear).toBe(2013);
    expect(detection.mapping.sources[0]?.keyColumns).toEqual({ prosjekt: 0, funksjon: 2, art: 4 });
  });

  it("Bergen 2012–2015 investment budget: refused, saying it holds two budget versions", async () => {
    const result = await detect(csvWorkbook("bergen_2012-2015_investeringsbudsjett.csv"));

    expect(result.status).toBe("not-found");
    expect(textOf(result as MessageRef)).toEqual(
      expect.stringContaining("kolonnen «versjoner» har 2 (11-14VB, 12-15IN1)"),
    );
  });

  it.each([
    [
      "sogndal_2013_driftsbudsjett.csv",
      { ansvar: "120", art: "10100", funksjon: "37000", share: 1 },
      1635543,
    ],
    [
      "stavanger_2016_driftsbudsjett.csv",
      { ansvar: "800016", art: "14724", funksjon: "18000", share: 1 },
      13224000,
    ],
  ])(
    "%s: a linked portfolio imports, adjusts all four plan years, and IronCalc agrees with the report",
    async (file, link, original) => {
      const workbook = csvWorkbook(file);
      const detection = found(await detect(workbook));

      const { report, years } = await importOn(workbook, detection, link);

      const adjustment = report.budgetAdjustments.find((a) => a.key.ansvar === link.ansvar);
      expect(Object.keys(adjustment?.years ?? {})).toEqual(years);
      years.forEach((year, i) => {
        const slot = adjustment?.years[year];
        expect(slot?.original).toBe(original);
        expect(slot?.adjustment).toBeCloseTo(i === 0 ? -60_000 : -120_000, 2);
        expect(slot?.carriedForward).toBe(i === 0 ? undefined : true);
      });
      evaluateWorkbook(workbook);
      const { mismatches, compared } = await compareWithCore(workbook, detection.mapping);
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(20);
      const links = workbook.requireSheet(SHEET_BUDGET_LINKS);
      const labels = [...links.cells.values()].map((c) => c.value);
      expect(labels).toContain(`Videreført fra ${years[0]}`);
    },
    120_000,
  );
});
