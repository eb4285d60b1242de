/**
 * Writes one bench case as files anyone can open: the generated budget as an .xlsx workbook and
 * the bench portfolio as portfolio JSON, so the largest case can be imported with the command
 * line and recalculated in real Excel (TESTING.md, check 15).
 * Usage: node dist/bench/scripts/bench/write-case.js 100000x1000 [folder]
 *   → folder/budsjett-100000.xlsx, folder/portefolje-1000.json
 */
import { join } from "node:path";
import { writeFileSync } from "node:fs";

import ExcelJS from "exceljs";

import { writePortfolioJson } from "../../src/core/portfolio-json/write-portfolio-json";
import { budgetSeed, benchPortfolio } from "./fixtures";

async function main(): Promise<void> {
  const [size = "100000x1000", folder = "."] = process.argv.slice(2);
  const [lines, measures] = size.split("x").map(Number) as [number, number];
  const workbook = new ExcelJS.Workbook();
  for (const sheet of budgetSeed(lines).sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows ?? []) worksheet.addRow([...row]);
  }
  const budgetFile = join(folder, `budsjett-${lines}.xlsx`);
  await workbook.xlsx.writeFile(budgetFile);
  const portfolioFile = join(folder, `portefolje-${measures}.json`);
  writeFileSync(portfolioFile, writePortfolioJson(benchPortfolio(measures, lines)));
  console.log(`Skrev ${budgetFile} og ${portfolioFile}.`);
  console.log(`Neste: npx gevinst import ${budgetFile} ${portfolioFile} -o stor.xlsx`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
