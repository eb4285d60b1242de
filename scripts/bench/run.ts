/**
 * `npm run bench` (issue 9): Gevinst at kommune scale. For budgets of 1 000, 10 000 and 100 000
 * lines and portfolios of 10, 100 and 1 000 measures, each action's core time, round trips and
 * largest request through the Office.js simulator, cells written and IronCalc's recalculation
 * time; the task pane's gzipped initial JavaScript; and a naive cell-by-cell baseline.
 *
 *   npm run bench                 the table
 *   npm run bench -- --json       one JSON object per line
 *   npm run bench -- --quick      1 000 and 10 000 lines, 10 and 100 measures, no webpack build
 *   other flags: --no-bundle, --runs=N, --lines=1000,10000, --measures=10,100, --recalc-all
 *
 * Method and results: docs/performance.md.
 */
import { resolve } from "node:path";

import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { MemorySheet } from "../../src/adapters/memory/memory-sheet";
import { connect, connectedBudget, runAction, type Action } from "./actions";
import { buildAndMeasure, measureDist, type BundleFigures } from "./bundle";
import { coreTime } from "./core-time";
import { benchPortfolio, budgetSeed } from "./fixtures";
import { naiveWrite, recordingPort } from "./naive";
import { recalculate } from "./recalc";
import { connectedSimulator, onTheWire, PAYLOAD_LIMIT_BYTES } from "./simulator-run";
import { createExcelSimulator } from "../../test/support/excel-simulator";
import { printBaseline, printCase, printHeader, type BenchCase } from "./report";
import { formatXlsxWriter, measureXlsxWriter } from "./xlsx-writer";

type Options = {
  json: boolean;
  lines: number[];
  measures: number[];
  runs: number | null;
  bundle: boolean;
  /** Budget lines for the .xlsx writer against exceljs (0 skips it). */
  xlsxLines: number;
  /**
   * Recalculate only portfolios up to this many measures: IronCalc still takes ≈ 4–5 s for
   * 1 000 measures, and loading the workbook into it longer (docs/performance.md).
   */
  recalcMeasures: number;
};

function parseArgs(argv: readonly string[]): Options {
  const flag = (name: string) => argv.includes(`--${name}`);
  const list = (name: string, fallback: number[]) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    return arg
      ? arg
          .slice(name.length + 3)
          .split(",")
          .map(Number)
      : fallback;
  };
  const quick = flag("quick");
  const runs = list("runs", [])[0];
  return {
    json: flag("json"),
    lines: list("lines", quick ? [1000, 10_000] : [1000, 10_000, 100_000]),
    measures: list("measures", quick ? [10, 100] : [10, 100, 1000]),
    runs: runs ?? null,
    bundle: !flag("no-bundle") && !quick,
    xlsxLines: list("xlsx-lines", [quick ? 10_000 : 100_000])[0] ?? 0,
    recalcMeasures: flag("recalc-all") ? Infinity : 100,
  };
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/** A memory workbook sharing `budget`, after `actions`. */
async function memoryAfter(
  budget: MemorySheet,
  actions: readonly Action[],
  input: Parameters<typeof runAction>[2],
): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  workbook.sheets.push(budget);
  for (const action of actions) await runAction(action, workbook, input);
  return workbook;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const emit = (c: BenchCase) => (options.json ? console.log(JSON.stringify(c)) : printCase(c));
  if (!options.json) printHeader();
  const naiveDone = new Set<number>();

  for (const lines of options.lines) {
    const seed = budgetSeed(lines);
    const memory = MemoryWorkbook.fromSeed(seed);
    const budget = memory.sheets[0] as MemorySheet;
    const mapping = await connect(memory);
    // Read once, as the task pane holds it after connecting; import and refresh get it.
    const connected = await connectedBudget(memory);
    const empty = benchPortfolio(0, lines);
    const runsFor = (measures: number) =>
      options.runs ?? (lines * Math.max(measures, 1) >= 10_000_000 ? 3 : 5);

    // Connect and set up do not depend on the portfolio: measured once per budget, measures 0.
    const fresh = createExcelSimulator(seed, { payloadLimitBytes: PAYLOAD_LIMIT_BYTES });
    for (const action of ["connect", "set up"] as const) {
      collect();
      const core = await coreTime(budget, action, { mapping, portfolio: empty }, runsFor(0));
      const wire = await onTheWire(fresh, action, { mapping, portfolio: empty });
      let recalcMs: number | null = null;
      if (action === "set up") {
        const after = await memoryAfter(budget, ["connect", "set up"], {
          mapping,
          portfolio: empty,
        });
        recalcMs = recalculate(after).recalcMs;
      }
      emit({ lines, measures: 0, action, ...core, ...wire, recalcMs });
    }

    for (const measures of options.measures) {
      const portfolio = benchPortfolio(measures, lines);
      const input = { mapping, portfolio, budget: connected };
      const { sim } = await connectedSimulator(seed);
      await onTheWire(sim, "set up", input);
      const recalcOk = measures <= options.recalcMeasures;
      let recalcMs: number | null = null;
      if (recalcOk) {
        const after = await memoryAfter(budget, ["connect", "set up", "import"], input);
        recalcMs = recalculate(after).recalcMs;
      }
      const wires: Record<string, { syncs: number; wallMs: number }> = {};
      for (const action of ["import", "refresh", "report"] as const) {
        collect();
        const core = await coreTime(budget, action, input, runsFor(measures));
        const wire = await onTheWire(sim, action, input);
        wires[action] = wire;
        emit({
          lines,
          measures,
          action,
          ...core,
          ...wire,
          recalcMs: action === "report" ? null : recalcMs,
        });
      }

      if (!naiveDone.has(measures)) {
        naiveDone.add(measures);
        // Ours: set up + import on a fresh connected workbook; naive: the same changes cell by cell.
        const target = await memoryAfter(budget, ["connect"], input);
        const recorder = recordingPort(target);
        const ours = await connectedSimulator(seed);
        let oursSyncs = 0;
        let oursMs = 0;
        for (const action of ["set up", "import"] as const) {
          await runAction(action, recorder.port, input);
          const wire = await onTheWire(ours.sim, action, input);
          oursSyncs += wire.syncs;
          oursMs += wire.wallMs;
        }
        const naive = await naiveWrite(recorder.changes);
        const baseline = {
          baseline: "naive: a sync per row, a range per cell" as const,
          measures,
          action: "set up + import",
          syncs: naive.syncs,
          wallMs: naive.wallMs,
          oursSyncs,
          oursWallMs: oursMs,
          syncRatio: naive.syncs / oursSyncs,
          timeRatio: naive.wallMs / oursMs,
        };
        if (options.json) console.log(JSON.stringify(baseline));
        else printBaseline(baseline);
      }
    }
  }

  if (options.bundle) {
    let bundle: BundleFigures | null;
    try {
      bundle = await buildAndMeasure(resolve(__dirname, "../../../.."));
    } catch (error) {
      bundle = measureDist(resolve(__dirname, "../../../.."));
      if (bundle)
        bundle.note = `webpack build failed (${String(error).slice(0, 200)}); ${bundle.note}`;
    }
    if (options.json) console.log(JSON.stringify(bundle ?? { bundleGzipBytes: null }));
    else if (bundle)
      console.log(
        `\ntask pane initial JS (${bundle.source}): ${(bundle.bundleGzipBytes / 1024).toFixed(1)} kB gzipped` +
          ` in ${bundle.files.map((f) => `${f.name} ${(f.gzipBytes / 1024).toFixed(1)} kB`).join(", ")}` +
          (bundle.note ? `\n  ${bundle.note}` : ""),
      );
  }

  if (options.xlsxLines > 0) {
    const xlsx = await measureXlsxWriter(options.xlsxLines);
    console.log(options.json ? JSON.stringify(xlsx) : formatXlsxWriter(xlsx));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
