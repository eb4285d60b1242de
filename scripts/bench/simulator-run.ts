/**
 * Round trips and request sizes: the same actions through the Office.js adapter over the Excel JS
 * API simulator (test/support/excel-simulator), which counts every `context.sync`, measures each
 * request as the body Microsoft's Office.js runtime builds for it (the adapter's calls repeated on
 * a real `Excel.RequestContext`, test/support/excel-simulator/office-runtime.ts) and each response
 * as JSON, refusing either over 5 MB.
 */
import { createExcelWorkbook } from "../../src/adapters/excel";
import type { WorkbookSeed } from "../../src/adapters/memory/workbook-seed";
import type { BudgetMapping } from "../../src/core/budget/budget.types";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";
import { createExcelSimulator, type ExcelSimulator } from "../../test/support/excel-simulator";
import { connect, runAction, type Action, type ActionInput } from "./actions";
import { instrumentPort } from "./instrumented-port";

/** Excel on the web's request and response limit: «5 MB», taken as the smaller reading, 5 × 10⁶. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export type WireFigures = {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  cellsWritten: number;
  /** Wall time through adapter and simulator (the simulator has no network latency). */
  wallMs: number;
};

export type SimulatedWorkbook = {
  sim: ExcelSimulator;
  port: WorkbookPort;
  mapping: BudgetMapping;
};

export function simulatedPort(sim: ExcelSimulator): WorkbookPort {
  return createExcelWorkbook(sim.run, { isSetSupported: () => true });
}

/** Runs one action and reads the simulator's counters for it alone. */
export async function onTheWire(
  sim: ExcelSimulator,
  action: Action,
  input: ActionInput,
): Promise<WireFigures> {
  sim.resetStats();
  const { port, meter } = instrumentPort(simulatedPort(sim));
  const start = performance.now();
  await runAction(action, port, input);
  const wallMs = performance.now() - start;
  return {
    syncs: sim.stats.syncs,
    maxRequestBytes: Math.max(0, ...sim.stats.requestBytes),
    maxResponseBytes: Math.max(0, ...sim.stats.responseBytes),
    cellsWritten: meter.cellsWritten,
    wallMs,
  };
}

/** A simulated workbook from `seed`, connected (the mapping stored in Gevinst_Config). */
export async function connectedSimulator(seed: WorkbookSeed): Promise<SimulatedWorkbook> {
  const sim = createExcelSimulator(seed, { payloadLimitBytes: PAYLOAD_LIMIT_BYTES });
  const port = simulatedPort(sim);
  const mapping = await connect(port);
  return { sim, port, mapping };
}
