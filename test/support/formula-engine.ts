/** IronCalc, initialised once for the tests, evaluating a MemoryWorkbook in place. */
import { readFileSync } from "node:fs";

import * as ironcalc from "@ironcalc/wasm";

import type { MemoryWorkbook } from "../../src/adapters/memory";
import { evaluateWithIronCalc } from "../../src/adapters/formula-engine/ironcalc-evaluator";

let initialised = false;

/** Initialises IronCalc's WebAssembly once (evaluateWorkbook does it itself). */
export function ensureIronCalc(): void {
  if (initialised) return;
  const wasm = readFileSync(require.resolve("@ironcalc/wasm/wasm_bg.wasm"));
  ironcalc.initSync({ module: wasm });
  initialised = true;
}

/** Evaluates every formula in `workbook` with IronCalc and stores the values in its cells. */
export function evaluateWorkbook(workbook: MemoryWorkbook): void {
  ensureIronCalc();
  evaluateWithIronCalc(ironcalc, workbook);
}
