/**
 * Benchmark for issue 4: a generated 100 000-line budget, found (detectBudget) and indexed
 * (createBudgetIndex) in core; prints the median of several runs. Not a test: run it by hand
 *
 *   npx tsc --outDir /tmp/bench-budget --module commonjs --target es2022 --moduleResolution node \
 *     --skipLibCheck --esModuleInterop scripts/bench-budget.ts && node /tmp/bench-budget/scripts/bench-budget.js
 *
 * Target: under 2 s of core time on the project machine (2 cores).
 */
import { MemoryWorkbook } from "../src/adapters/memory/memory-workbook";
import { createBudgetIndex, mappingHasProsjekt } from "../src/core/budget/budget-index";
import { readBudgetLines } from "../src/core/budget/budget-lines";
import { detectBudget } from "../src/core/budget/detect-budget";
import { largeBudget } from "../test/support/budget-workbooks";

const LINES = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 7);

async function main(): Promise<void> {
  const workbook = MemoryWorkbook.fromSeed(largeBudget(LINES));
  const grids = await workbook.readSheets(["Budsjett"], { formulas: true });
  const detect: number[] = [];
  const index: number[] = [];
  const reload: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const result = detectBudget({ grids });
    const t1 = performance.now();
    if (result.status !== "found") throw new Error(result.key);
    const read = readBudgetLines(result.mapping, grids);
    const t2 = performance.now();
    const built = createBudgetIndex(read.lines, {
      hasProsjekt: mappingHasProsjekt(result.mapping),
    });
    const t3 = performance.now();
    if (built.lines.length !== LINES || result.lineCount !== LINES) throw new Error("line count");
    detect.push(t1 - t0);
    reload.push(t2 - t1);
    index.push(t3 - t2);
  }
  const median = (xs: number[]): number =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  console.log(`budget lines: ${LINES}, runs: ${RUNS} (median)`);
  console.log(`detectBudget (find + read lines):  ${ms(median(detect))}`);
  console.log(`readBudgetLines (load with mapping): ${ms(median(reload))}`);
  console.log(`createBudgetIndex:                 ${ms(median(index))}`);
  console.log(`connect = detect + index:          ${ms(median(detect) + median(index))}`);
}

void main();
