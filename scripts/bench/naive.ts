/**
 * The naive baseline, as many add-ins are written: the same changes Gevinst plans, but every cell
 * written through its own range and a `context.sync()` after each row (and after every other
 * change). Run through the same simulator, so the ratio is like for like.
 */
import { toFormulasGrid } from "../../src/adapters/excel/cell-text";
import { queueChange } from "../../src/adapters/excel/write";
import type { WorkbookChange, WorkbookPort } from "../../src/core/workbook/workbook-port";
import { createExcelSimulator } from "../../test/support/excel-simulator";

/** A port that applies nothing and keeps what it was asked to apply (reads pass through). */
export function recordingPort(port: WorkbookPort): {
  port: WorkbookPort;
  changes: WorkbookChange[];
} {
  const changes: WorkbookChange[] = [];
  return {
    changes,
    port: {
      capabilities: port.capabilities,
      describe: () => port.describe(),
      readSheets: (names, options) => port.readSheets(names, options),
      apply: async (list) => {
        for (const change of list) changes.push(change);
        await port.apply(list);
      },
    },
  };
}

export type NaiveFigures = { syncs: number; wallMs: number; maxRequestBytes: number };

/** Writes `changes` the naive way into a fresh simulated workbook. */
export async function naiveWrite(changes: readonly WorkbookChange[]): Promise<NaiveFigures> {
  const sim = createExcelSimulator({ sheets: [{ name: "Budsjett", rows: [["Ansvar"]] }] });
  const start = performance.now();
  await sim.run(async (context) => {
    for (const change of changes) {
      if (change.kind !== "writeCells") {
        queueChange(context, change, false);
        await context.sync();
        continue;
      }
      const sheet = context.workbook.worksheets.getItem(change.sheet);
      const grid = toFormulasGrid(change.cells);
      for (let r = 0; r < grid.length; r++) {
        const row = grid[r] ?? [];
        for (let c = 0; c < row.length; c++) {
          const entry = row[c];
          if (entry === null || entry === undefined) continue;
          sheet.getRangeByIndexes(change.at.row + r, change.at.col + c, 1, 1).formulas = [[entry]];
        }
        await context.sync();
      }
    }
  });
  return {
    syncs: sim.stats.syncs,
    wallMs: performance.now() - start,
    maxRequestBytes: Math.max(0, ...sim.stats.requestBytes),
  };
}
