/**
 * Core time: the use-case run through the in-memory adapter, minus the time spent inside the port
 * (reading and writing the in-memory cells). What is left is Gevinst's own work — detection,
 * parsing, planning, calculating — which runs the same in Excel. Median of several fresh runs.
 */
import { confirmBudgetMapping } from "../../src/app/connect-budget";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { MemorySheet } from "../../src/adapters/memory/memory-sheet";
import type { BudgetMapping } from "../../src/core/budget/budget.types";
import { actionsBefore, runAction, type Action, type ActionInput } from "./actions";
import { instrumentPort } from "./instrumented-port";

export type CoreTiming = { coreMs: number; totalMs: number; cellsWritten: number };

/**
 * A workbook holding the shared budget sheet (Gevinst never writes it, so every run can share
 * it) with the actions before `action` already done.
 */
async function prepared(
  budget: MemorySheet,
  action: Action,
  input: ActionInput & { mapping: BudgetMapping },
): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  workbook.sheets.push(budget);
  for (const before of actionsBefore(action)) {
    // Connecting again would only find the same mapping; storing it is what leaves a trace.
    if (before === "connect") await confirmBudgetMapping(workbook, input.mapping);
    else await runAction(before, workbook, input);
  }
  return workbook;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function coreTime(
  budget: MemorySheet,
  action: Action,
  input: ActionInput & { mapping: BudgetMapping },
  runs: number,
): Promise<CoreTiming> {
  const core: number[] = [];
  const total: number[] = [];
  let cellsWritten = 0;
  for (let run = 0; run < runs; run++) {
    const workbook = await prepared(budget, action, input);
    const { port, meter } = instrumentPort(workbook);
    const start = performance.now();
    await runAction(action, port, input);
    const elapsed = performance.now() - start;
    total.push(elapsed);
    core.push(elapsed - meter.portMs);
    cellsWritten = meter.cellsWritten;
  }
  return { coreMs: median(core), totalMs: median(total), cellsWritten };
}
