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
import { median } from "./core-time";

type IronCalcModel = {
  pauseEvaluation(): void;
  resumeEvaluation(): void;
  evaluate(): void;
  newSheet(): void;
  renameSheet(index: number, name: string): void;
  newDefinedName(name: string, scope: number | null, formula: string): void;
  setUserInput(sheet: number, row: number, col: number, input: string): void;
  free(): void;
};
type IronCalcModule = {
  initSync(options: { module: Buffer }): void;
  Model: new (name: string, locale: string, tz: string, lang: string) => IronCalcModel;
};

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

function inputOf(formula: string | null, value: unknown): string | null {
  if (formula !== null) return formula;
  if (value === null || value === "" || value === undefined) return null;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `'${String(value)}`;
}

/** Loads `workbook` into IronCalc with evaluation paused, then times full evaluations. */
export function recalculate(workbook: MemoryWorkbook): RecalcTiming {
  const engine = load();
  const start = performance.now();
  const model = new engine.Model("benk", "en", "UTC", "en");
  let formulas = 0;
  try {
    model.pauseEvaluation();
    workbook.sheets.forEach((sheet, index) => {
      if (index > 0) model.newSheet();
      model.renameSheet(index, sheet.name);
    });
    for (const name of workbook.names.values())
      model.newDefinedName(name.name, null, name.refersTo);
    workbook.sheets.forEach((sheet, index) => {
      for (const [key, cell] of sheet.cells) {
        const input = inputOf(cell.formula, cell.value);
        if (input === null) continue;
        if (cell.formula !== null) formulas++;
        const comma = key.indexOf(",");
        const row = Number(key.slice(0, comma));
        const col = Number(key.slice(comma + 1));
        model.setUserInput(index, row + 1, col + 1, input);
      }
    });
    model.resumeEvaluation();
    const loaded = performance.now();
    model.evaluate();
    const times = [0, 1, 2].map(() => {
      const begin = performance.now();
      model.evaluate();
      return performance.now() - begin;
    });
    return { loadMs: loaded - start, recalcMs: median(times), formulas };
  } finally {
    model.free();
  }
}
