/**
 * Splitting writes to stay under Excel's request size limit (5 MB on the web). A change's size is
 * estimated as the JSON Office.js sends for it; batches are packed in order up to a byte budget, and
 * a block write or format that alone is too big is cut into row bands.
 */
import type { WorkbookChange } from "../../core/workbook/workbook-port";
import { toFormulasGrid } from "./cell-text";

import type { PlannedChange } from "../../core/workbook/preflight";

export type { PlannedChange };

/** Per-operation overhead of Office.js's request (object paths, ids), generously, in bytes. */
const OVERHEAD_BYTES = 300;

/** The estimated request size of one change, in bytes. */
export function estimateBytes(change: WorkbookChange): number {
  if (change.kind === "writeCells") return jsonBytes(toFormulasGrid(change.cells)) + OVERHEAD_BYTES;
  if (change.kind === "formatRange" && change.style.numberFormat !== undefined) {
    const perCell = jsonBytes(change.style.numberFormat) + 1;
    return change.range.rows * change.range.cols * perCell + jsonBytes(change) + OVERHEAD_BYTES;
  }
  return jsonBytes(change) + OVERHEAD_BYTES;
}

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Cuts a multi-row block write or format in two row bands; null when it cannot be cut. */
export function splitInTwo<P extends PlannedChange>(planned: P): [P, P] | null {
  const { change } = planned;
  if (change.kind === "writeCells" && change.cells.length > 1) {
    const half = Math.ceil(change.cells.length / 2);
    return [
      { ...planned, change: { ...change, cells: change.cells.slice(0, half) } },
      {
        ...planned,
        change: {
          ...change,
          at: { ...change.at, row: change.at.row + half },
          cells: change.cells.slice(half),
        },
      },
    ];
  }
  if (change.kind === "formatRange" && change.range.rows > 1) {
    const half = Math.ceil(change.range.rows / 2);
    const { range } = change;
    return [
      { ...planned, change: { ...change, range: { ...range, rows: half } } },
      {
        ...planned,
        change: { ...change, range: { ...range, row: range.row + half, rows: range.rows - half } },
      },
    ];
  }
  return null;
}

/**
 * The first batch to send and what is left. Takes changes in order while they fit `budgetBytes`,
 * cutting one that is too big on its own; always takes at least one.
 */
export function takeBatch<P extends PlannedChange>(
  pending: readonly P[],
  budgetBytes: number,
): { batch: P[]; rest: P[] } {
  const queue = [...pending];
  const batch: P[] = [];
  let used = 0;
  while (queue.length > 0) {
    const next = queue[0] as P;
    const size = estimateBytes(next.change);
    if (used + size <= budgetBytes) {
      batch.push(next);
      queue.shift();
      used += size;
      continue;
    }
    const halves = size > budgetBytes - used ? splitInTwo(next) : null;
    if (halves && used + estimateBytes(halves[0].change) <= budgetBytes) {
      queue.splice(0, 1, ...halves);
      continue;
    }
    if (halves && batch.length === 0) {
      queue.splice(0, 1, ...halves);
      continue;
    }
    if (batch.length === 0) {
      batch.push(next);
      queue.shift();
    }
    break;
  }
  return { batch, rest: queue };
}
