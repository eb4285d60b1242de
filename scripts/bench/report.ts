/** Printing the bench's results: one table row per case, or one JSON object per line. */

export type BenchCase = {
  lines: number;
  measures: number;
  action: string;
  /** Median use-case time minus port time, through the memory adapter, in ms. */
  coreMs: number;
  /** Median use-case time including the memory adapter, in ms. */
  totalMs: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  cellsWritten: number;
  /** Through the Office.js adapter and simulator, in ms (no network latency). */
  wallMs: number;
  /** IronCalc's evaluate() of the resulting workbook in ms; null when not measured. */
  recalcMs: number | null;
};

export type Baseline = {
  measures: number;
  action: string;
  syncs: number;
  wallMs: number;
  oursSyncs: number;
  oursWallMs: number;
  syncRatio: number;
  timeRatio: number;
};

const COLUMNS: [string, number][] = [
  ["lines", 8],
  ["measures", 9],
  ["action", 9],
  ["core ms", 9],
  ["syncs", 6],
  ["max req kB", 11],
  ["max resp kB", 12],
  ["cells", 8],
  ["sim ms", 8],
  ["recalc ms", 10],
];

function row(values: string[]): string {
  return values.map((v, i) => v.padStart((COLUMNS[i] as [string, number])[1])).join(" ");
}

export function printHeader(): void {
  console.log(row(COLUMNS.map(([name]) => name)));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

export function printCase(c: BenchCase): void {
  console.log(
    row([
      String(c.lines),
      String(c.measures),
      c.action,
      c.coreMs.toFixed(0),
      String(c.syncs),
      kb(c.maxRequestBytes),
      kb(c.maxResponseBytes),
      String(c.cellsWritten),
      c.wallMs.toFixed(0),
      c.recalcMs === null ? "-" : c.recalcMs.toFixed(0),
    ]),
  );
}

export function printBaseline(b: Baseline): void {
  const at100 = (syncs: number) => ((syncs * 100) / 1000).toFixed(0);
  console.log(
    `  baseline, ${b.measures} measures, ${b.action}: naive ${b.syncs} syncs / ${b.wallMs.toFixed(0)} ms,` +
      ` Gevinst ${b.oursSyncs} syncs / ${b.oursWallMs.toFixed(0)} ms →` +
      ` ${b.syncRatio.toFixed(0)}× fewer syncs, naive/ours time in process ${b.timeRatio.toFixed(1)}×` +
      ` (at 100 ms a round trip: ${at100(b.syncs)} s vs ${at100(b.oursSyncs)} s)`,
  );
}
