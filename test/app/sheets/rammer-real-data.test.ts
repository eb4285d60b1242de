/**
 * «Gevinst Rammer» on a real budget (issue 24): Stavanger's «Budsjett 2016 drift» from
 * ../shared/data/real-budgets (11 130 rows, one amount column, so the plan years carry 2016
 * forward). IronCalc's recalculation equals the report's areas[] to the krone, and the ramme equals
 * the sum taken by hand from the CSV:
 *
 *   awk -F';' 'NR>1 && $4=="316000" {s+=$12} END{print s}'            → 39 480 000 (6 rows)
 *   awk -F';' 'NR>1 && substr($6,1,3)=="253" {s+=$12} END{print s}'  → 841 318 000
 *
 * Without the folder the suite says so in one line and skips.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeCsvBytes } from "../../../src/adapters/csv/decode-csv";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { buildWorkbookReport } from "../../../src/app/build-report";
import { confirmBudgetMapping } from "../../../src/app/connect-budget";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { messageText } from "../../../src/app/messages";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { createBudgetIndex, indexOptionsOf } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import { csvRows, sheetNameFromFile } from "../../../src/core/csv/csv-cells";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { aBenefit, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { evaluateWorkbook } from "../../support/formula-engine";
import { expectSheetEqualsReport, sheetFigures } from "./rammer-sheet-reader";

const FOLDER = path.resolve(__dirname, "../../..", "../shared/data/real-budgets");
const FILE = "stavanger_2016_driftsbudsjett.csv";
const present = existsSync(path.join(FOLDER, FILE));
if (!present) console.log(`Hopper over Rammer på ekte budsjett: ${FOLDER} finnes ikke.`);

jest.setTimeout(180_000);

const NOW = new Date("2026-09-01T10:00:00Z");
const USER = "Økonomisjef";
const YEARS = ["2016", "2017", "2018", "2019"];

async function importedOnStavanger(p: Portfolio): Promise<MemoryWorkbook> {
  const bytes = readFileSync(path.join(FOLDER, FILE));
  const rows = csvRows(parseCsv(decodeCsvBytes(bytes).text).rows);
  const workbook = MemoryWorkbook.fromSeed({ sheets: [{ name: sheetNameFromFile(FILE), rows }] });
  const outline = await workbook.describe();
  const grids = await workbook.readSheets(
    outline.sheets.map((s) => s.name),
    { formulas: true },
  );
  const detection = detectBudget({ grids, tables: outline.tables, sheets: outline.sheets });
  if (detection.status !== "found") throw new Error(messageText(detection));
  const mapping = detection.mapping;
  const budget = createBudgetIndex(readBudgetLines(mapping, grids).lines, indexOptionsOf(mapping));
  await confirmBudgetMapping(workbook, mapping);
  await setUpGevinstSheets(workbook, { mapping, now: NOW, user: USER });
  await importPortfolio(workbook, p, { now: NOW, user: USER, mapping, budget });
  return workbook;
}

/** 200 000 kr a year off Øyane sykehjem's tilskudd line (ansvar 316000, tjeneste 25300). */
const portfolio = (extra: Partial<Portfolio>): Portfolio =>
  aPortfolio({
    budgetYear: 2016,
    savingsTarget: { "2016": 1_000_000, "2017": 1_000_000 },
    measures: [
      aMeasure({
        benefits: [
          aBenefit({
            annual: 200_000,
            phaseIn: Object.fromEntries(YEARS.map((y) => [y, 1])),
            links: [aLink({ ansvar: "316000", art: "13710", funksjon: "25300", share: 1 })],
          }),
        ],
      }),
    ],
    ...extra,
  });

(present ? describe : describe.skip)("«Gevinst Rammer» on Stavanger's 2016 budget", () => {
  it("by ansvar: the ramme is a live SUMIFS over 11 130 rows, equal to the CSV's sum", async () => {
    const workbook = await importedOnStavanger(
      portfolio({
        areaDimension: "ansvar",
        areas: [{ id: "316000", name: "Øyane sykehjem", savingsTarget: { "2016": 150_000 } }],
      }),
    );
    const report = await buildWorkbookReport(workbook);
    const area = report.areas?.[0];
    expect(area?.years["2016"]).toMatchObject({ ramme: 39_480_000, budgetNet: 200_000 });
    expect(area?.years["2019"]?.ramme).toBe(39_480_000);
    evaluateWorkbook(workbook);
    const sheet = sheetFigures(workbook);
    for (const year of YEARS)
      expect(sheet[year]?.["316000"]).toEqual({
        ramme: 39_480_000,
        budgetNet: 200_000,
        target: year === "2016" ? 150_000 : 0,
        gap: year === "2016" ? -50_000 : -200_000,
        balanced: "Ja",
      });
    expectSheetEqualsReport(sheet, report.areas ?? [], YEARS);
  });

  it("by the first three digits of the tjeneste (KOSTRA funksjon): 253 as the CSV sums it", async () => {
    const workbook = await importedOnStavanger(
      portfolio({
        areaDimension: "funksjon",
        areaPrefix: 3,
        areas: [{ id: "253", name: "Pleie i institusjon", savingsTarget: { "2017": 300_000 } }],
      }),
    );
    const report = await buildWorkbookReport(workbook);
    expect(report.areas?.[0]?.years["2016"]?.ramme).toBe(841_318_000);
    evaluateWorkbook(workbook);
    const sheet = sheetFigures(workbook);
    expect(sheet["2017"]?.["253"]).toMatchObject({ ramme: 841_318_000, gap: 100_000 });
    expectSheetEqualsReport(sheet, report.areas ?? [], YEARS);
  });
});
