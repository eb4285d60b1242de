/**
 * Splitting writes to stay under Excel's request size limit (5 MB on the web). A change's size is
 * estimated as the JSON Office.js sends for it; batches are packed in order up to a byte budget, and
 * a block write or format that alone is too big is cut into row bands.
 */
import type { WorkbookChange } from "../../core/workbook/workbook-port";
import { toFormulasGrid } from "./cell-text";

import type { PlannedChange } from "../../core/workbook/preflight";

export type { PlannedChange };

/**
 * One Office.js action with its object path (`getItem`, `getRangeByIndexes`, `format`…) as it
 * travels, in bytes. With the counts below, calibrated on the bench's batches against Microsoft's
 * runtime (test/adapters/excel/office-runtime.test.ts): never below the real body, and a full
 * batch within 15 % of it (7–12 % on the bench's imports).
 */
const ACTION_BYTES = 270;

/** Actions a change costs beyond its payload, by kind (measured; generous by a few per cent). */
const ACTIONS: Partial<Record<WorkbookChange["kind"], number>> = {
  setPageLayout: 7,
  setListValidation: 4,
  addConditionalFill: 7,
};

/**
 * Office.js itself cuts a written array of more than 1 500 cells into chunks of about 1 500 cells
 * (`setRangePropertiesInBulk` in excel-web-16.00.js), each addressed by three more object paths
 * (`getRow`, `getRow`, `getBoundingRect`): ≈ 760 bytes a chunk as it travels.
 */
const CHUNK_CELLS = 1500;
const CHUNK_BYTES = 850;

function chunks(grid: readonly unknown[][]): number {
  const cols = grid[0]?.length ?? 0;
  if (grid.length * cols <= CHUNK_CELLS) return 0;
  return Math.ceil(grid.length / Math.max(1, Math.round(CHUNK_CELLS / cols)));
}

/**
 * The estimated request size of one change, in bytes: its payload as it travels plus a fixed cost
 * per action. Excel on the web posts the request body as a JSON text inside a JSON message, so the
 * payload is encoded twice (every `"` of a formula or text costs four bytes: `\\\"`).
 */
export function estimateBytes(change: WorkbookChange): number {
  switch (change.kind) {
    case "writeCells": {
      const grid = toFormulasGrid(change.cells);
      return wireBytes(grid) + 3 * ACTION_BYTES + chunks(grid) * CHUNK_BYTES;
    }
    case "formatRange": {
      // Each style property is one action; a number format is one value for the whole range
      // (write.ts), and a border is six edges of two actions.
      const { border, ...rest } = change.style;
      const actions = 2 + Object.keys(rest).length + (border !== undefined ? 10 : 0);
      return wireBytes(change.style) + actions * ACTION_BYTES;
    }
    case "setColumnWidths":
      return (change.widths.length * 3 + 1) * ACTION_BYTES;
    case "setRowHeights":
      return (heightRuns(change.heights).length * 3 + 1) * ACTION_BYTES;
    default:
      return wireBytes(change) + (ACTIONS[change.kind] ?? 3) * ACTION_BYTES;
  }
}

/** UTF-8 bytes of `value` as JSON, itself carried as a JSON string. */
function wireBytes(value: unknown): number {
  return utf8Length(JSON.stringify(JSON.stringify(value)));
}

/** UTF-8 length without encoding (a surrogate pair counts 2 + 2 = 4). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
  }
  return bytes;
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
): { batch: P[]; rest: P[]; bytes: number } {
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
      used += size;
    }
    break;
  }
  return { batch, rest: queue, bytes: used };
}

/**
 * Rows next to each other with the same height, as one range each: an A3 gives every row a
 * height, and one `rowHeight` per run instead of per row keeps its request small.
 */
export function heightRuns(
  heights: readonly { row: number; height: number }[],
): { row: number; rows: number; height: number }[] {
  const runs: { row: number; rows: number; height: number }[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === row && last.height === height) last.rows++;
    else runs.push({ row, rows: 1, height });
  }
  return runs;
}
