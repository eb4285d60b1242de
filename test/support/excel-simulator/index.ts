/**
 * An Excel JS API simulator for tests: `createExcelSimulator(seed).run` stands in for `Excel.run`,
 * and the returned object lets a test inspect cells, flip cell-edit mode and read the counters.
 * See context.ts for how requests are measured and run.
 */
import type { CellValue, SheetVisibility } from "../../../src/core/workbook/workbook-port";
import { fromA1 } from "../../../src/core/workbook/address";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { SimHost, SimRequestContext, type SimOptions, type SimStats } from "./context";
import {
  cellKey,
  findSheet,
  stateFromSeed,
  type SimCellFormat,
  type SimSheet,
  type SimWorkbookState,
} from "./state";
import { SimWorkbook } from "./workbook";

export type { SimOptions, SimStats } from "./context";
export { SimulatedOfficeError } from "./errors";

export type SimCellView = {
  /** null for an empty cell (Excel itself reads ""). */
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  format: SimCellFormat;
};

export type ExcelSimulator = {
  /** Use where the add-in uses `Excel.run` (also `run(context, batch)`, as event removal does). */
  run: <T>(
    batchOrContext: ((context: Excel.RequestContext) => Promise<T>) | object,
    then?: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  readonly host: SimHost;
  readonly state: SimWorkbookState;
  readonly stats: SimStats;
  /** A cell by sheet name and A1 address. @throws when the sheet does not exist. */
  cell(sheet: string, a1: string): SimCellView;
  /** A sheet's whole state. @throws when the sheet does not exist. */
  sheet(name: string): SimSheet;
  sheetNames(): string[];
  visibility(sheet: string): SheetVisibility;
  setCellEditMode(on: boolean): void;
  /** A person types `value` into a cell: the cell changes and Excel raises onChanged (not ours). */
  userEdits(sheet: string, a1: string, value: CellValue): void;
  /** Resets the sync and byte counters. */
  resetStats(): void;
};

export function createExcelSimulator(seed: WorkbookSeed, options: SimOptions = {}): ExcelSimulator {
  const state = stateFromSeed(seed);
  const host = new SimHost(state, options);
  const sheet = (name: string): SimSheet => {
    const found = findSheet(state, name);
    if (!found) throw new Error(`No sheet named ${name}`);
    return found;
  };
  return {
    host,
    state,
    stats: host.stats,
    async run<T>(
      batchOrContext: ((context: Excel.RequestContext) => Promise<T>) | object,
      then?: (context: Excel.RequestContext) => Promise<T>,
    ): Promise<T> {
      // `Excel.run(object, batch)` runs the batch in the object's context, as removing event
      // handlers needs (they belong to the context that added them).
      const batch = typeof batchOrContext === "function" ? batchOrContext : then;
      if (!batch) throw new Error("Excel.run needs a batch function.");
      const context =
        batchOrContext instanceof SimRequestContext
          ? batchOrContext
          : new SimRequestContext(host, (c) => new SimWorkbook(c));
      if (host.officeRuntime && context !== batchOrContext) context.mirrorOnOfficeRuntime();
      // The simulator implements the subset of RequestContext the adapter uses, under the same names.
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends whatever the batch left queued.
      if (context.hasPending()) await context.sync();
      return result;
    },
    cell(sheetName, a1) {
      const ref = fromA1(a1);
      const cell = sheet(sheetName).cells.get(cellKey(ref.row, ref.col));
      if (!cell) return { value: null, formula: null, numberFormat: "General", format: {} };
      return {
        value: cell.value === "" ? null : cell.value,
        formula: cell.formula,
        numberFormat: cell.numberFormat,
        format: cell.format,
      };
    },
    sheet,
    sheetNames: () => state.sheets.map((s) => s.name),
    visibility: (name) => sheet(name).visibility,
    setCellEditMode(on) {
      host.cellEditMode = on;
    },
    userEdits(sheetName, a1, value) {
      const target = sheet(sheetName);
      const ref = fromA1(a1);
      const key = cellKey(ref.row, ref.col);
      const cell = target.cells.get(key);
      target.cells.set(key, {
        value,
        formula: null,
        numberFormat: cell?.numberFormat ?? "General",
        format: cell?.format ?? {},
      });
      host.events.raise("changed", String(target.id), false);
    },
    resetStats() {
      host.stats.syncs = 0;
      host.stats.requestBytes.length = 0;
      host.stats.responseBytes.length = 0;
    },
  };
}
