/**
 * Recalculation time: the workbook an action leaves behind, loaded into IronCalc (an engine
 * independent of ours, in Node through WebAssembly) and evaluated. Only `evaluate()` is timed:
 * loading cell by cell through the WebAssembly boundary is the bench's cost, not the user's
 * (Excel has the workbook in memory already). IronCalc is a fair proxy, not Excel: it has no
 * multi-threaded calculation and no SUMIFS caching, so Excel is usually faster.
 *
 * The first evaluation in a process is several times slower (V8 is still compiling the
 * WebAssembly to optimised code: 10 000 lines × 100 measures took 766 ms, then 122–131 ms for
 * every further evaluation, of the same model or a new one). Excel is native code, so the figure
 * is the median of three evaluations after an untimed first one.
 */
import { readFileSync } from "node:fs";

import type { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import {
  loadIntoIronCalc,
  type IronCalc,
} from "../../src/adapters/formula-engine/ironcalc-evaluator";
import { median } from "./core-time";

type IronCalcModule = IronCalc & { initSync(options: { module: Buffer }): void };

let ironcalc: IronCalcModule | null = null;

function load(): IronCalcModule {
  if (ironcalc) return ironcalc;
  // Node 20.19+ can require() an ES module; IronCalc's package is one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous load, see above
  const module = require("@ironcalc/wasm") as IronCalcModule;
  module.initSync({ module: readFileSync(require.resolve("@ironcalc/wasm/wasm_bg.wasm")) });
  ironcalc = module;
  return module;
}

export type RecalcTiming = { loadMs: number; recalcMs: number; formulas: number };

/** Loads `workbook` into IronCalc with evaluation paused, then times full evaluations. */
export function recalculate(workbook: MemoryWorkbook): RecalcTiming {
  const start = performance.now();
  // The same loader the tests and the demo use (formula cells also get a raw number format,
  // which only loading pays for).
  const model = loadIntoIronCalc(load(), workbook);
  try {
    model.resumeEvaluation();
    const loaded = performance.now();
    model.evaluate();
    const times = [0, 1, 2].map(() => {
      const begin = performance.now();
      model.evaluate();
      return performance.now() - begin;
    });
    return { loadMs: loaded - start, recalcMs: median(times), formulas: formulaCount(workbook) };
  } finally {
    model.free();
  }
}

function formulaCount(workbook: MemoryWorkbook): number {
  let count = 0;
  for (const sheet of workbook.sheets)
    for (const cell of sheet.cells.values()) if (cell.formula !== null) count++;
  return count;
}
