/**
 * `init` on a large budget through the package writer, side by side with exceljs's own read +
 * write of the same file. Prints both times and the ratio (the goal: at most 1/3).
 * Run: npx tsc -p tsconfig.bench.json && node dist/bench/scripts/bench/xlsx-writer.js [lines]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { seedToXlsx } from "../../test/adapters/xlsx/seed-to-xlsx";
import { runCli } from "../../src/cli/main";
import { budgetSeed } from "./fixtures";

async function main(): Promise<void> {
  const lines = Number(process.argv[2] ?? 100_000);
  const dir = mkdtempSync(path.join(tmpdir(), "gevinst-bench-"));
  const input = path.join(dir, "budsjett.xlsx");
  writeFileSync(input, await seedToXlsx(budgetSeed(lines)));
  const size = readFileSync(input).length;

  let started = performance.now();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(input);
  await book.xlsx.writeFile(path.join(dir, "exceljs.xlsx"));
  const exceljs = performance.now() - started;

  started = performance.now();
  const quiet = {
    stdout: () => undefined,
    stderr: () => undefined,
    cwd: dir,
    progressBytes: Infinity,
  };
  const code = await runCli(["init", "budsjett.xlsx", "-o", "ut.xlsx"], quiet);
  const init = performance.now() - started;

  console.log(`budsjett: ${lines} linjer, ${(size / 1e6).toFixed(1)} MB (exit ${code})`);
  console.log(`exceljs les + skriv: ${(exceljs / 1000).toFixed(2)} s`);
  console.log(`gevinst init:        ${(init / 1000).toFixed(2)} s`);
  console.log(`forhold init / exceljs: ${(init / exceljs).toFixed(2)} (mål ≤ 0.33)`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
