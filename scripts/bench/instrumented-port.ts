/**
 * A WorkbookPort wrapper that times every port call and counts the cells written, so the bench
 * can tell the use-case's own (core) time from the adapter's.
 */
import type {
  ReadOptions,
  SheetGrid,
  WorkbookChange,
  WorkbookOutline,
  WorkbookPort,
} from "../../src/core/workbook/workbook-port";

export type PortMeter = {
  /** Milliseconds spent inside the wrapped port's describe, readSheets and apply. */
  portMs: number;
  /** Cells with content in the applied writeCells changes (skips not counted). */
  cellsWritten: number;
  /** Port calls made: each is one Excel.run with one sync, or a few when split for size. */
  calls: number;
};

export function countCells(changes: readonly WorkbookChange[]): number {
  let cells = 0;
  for (const change of changes) {
    if (change.kind !== "writeCells") continue;
    for (const row of change.cells) for (const cell of row) if (cell.kind !== "skip") cells++;
  }
  return cells;
}

export function instrumentPort(port: WorkbookPort): { port: WorkbookPort; meter: PortMeter } {
  const meter: PortMeter = { portMs: 0, cellsWritten: 0, calls: 0 };
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    meter.calls++;
    try {
      return await work();
    } finally {
      meter.portMs += performance.now() - start;
    }
  };
  return {
    meter,
    port: {
      capabilities: port.capabilities,
      describe: (): Promise<WorkbookOutline> => timed(() => port.describe()),
      readSheets: (names: readonly string[], options?: ReadOptions): Promise<SheetGrid[]> =>
        timed(() => port.readSheets(names, options)),
      apply: (changes: readonly WorkbookChange[]): Promise<void> => {
        meter.cellsWritten += countCells(changes);
        return timed(() => port.apply(changes));
      },
    },
  };
}
