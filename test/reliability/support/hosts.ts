/**
 * One workbook behind each adapter, for the reliability tests: the memory adapter, the Office.js
 * adapter over the Excel JS API simulator, and the exceljs .xlsx adapter
 * (test/support/xlsx-adapter). Each host also lets a test act as a person in Excel (typing into any
 * cell, protecting a sheet) and snapshot the non-Gevinst part of the workbook with the shared guard.
 */
import { createExcelWorkbook } from "../../../src/adapters/excel";
import { MemoryWorkbook, type WorkbookSeed } from "../../../src/adapters/memory";
import { openXlsx, type XlsxWorkbook } from "../../support/xlsx-adapter";
import { fromA1 } from "../../../src/core/workbook/address";
import type { CellValue, WorkbookPort } from "../../../src/core/workbook/workbook-port";
import { seedToXlsx } from "../../adapters/xlsx/seed-to-xlsx";
import {
  createExcelSimulator,
  type ExcelSimulator,
  type SimOptions,
} from "../../support/excel-simulator";
import { typeIntoCell } from "../../support/excel-simulator/cell-input";
import { cellKey, emptyCell } from "../../support/excel-simulator/state";
import {
  snapshotMemory,
  snapshotSimulator,
  snapshotXlsx,
  type GuardSnapshot,
} from "../../support/workbook-guard";

export type HostKind = "memory" | "excel" | "xlsx";

export type Host = {
  kind: HostKind;
  port: WorkbookPort;
  /** The non-Gevinst part of the workbook, for the guard. */
  snapshot(): Promise<GuardSnapshot>;
  /** A person typing into a cell in Excel (text starting with "=" is a formula, as there). */
  type(sheet: string, a1: string, input: string | number | boolean): void;
  /** A cell's value as the host holds it (null for empty). */
  value(sheet: string, a1: string): CellValue;
  /** A cell's formula, or null for a constant. */
  formula(sheet: string, a1: string): string | null;
  sheetNames(): string[];
};

/** Waits for nothing: cell-edit-mode retries run at once in tests. */
export const NO_WAIT = { sleep: () => Promise.resolve(), backoffMs: [0, 0, 0] };

export function memoryHost(seed: WorkbookSeed): Host & { workbook: MemoryWorkbook } {
  const workbook = MemoryWorkbook.fromSeed(seed);
  return {
    kind: "memory",
    workbook,
    port: workbook,
    snapshot: () => Promise.resolve(snapshotMemory(workbook)),
    type: (sheet, a1, input) => workbook.typeCell(sheet, a1, input),
    value: (sheet, a1) => {
      const value = workbook.cell(sheet, a1).value;
      return value === "" ? null : value;
    },
    formula: (sheet, a1) => workbook.cell(sheet, a1).formula,
    sheetNames: () => workbook.sheets.map((s) => s.name),
  };
}

export function excelHost(
  seed: WorkbookSeed,
  options: SimOptions & { isSetSupported?: (name: string, version: string) => boolean } = {},
): Host & { sim: ExcelSimulator } {
  const sim = createExcelSimulator(seed, options);
  const port = createExcelWorkbook(sim.run, {
    isSetSupported: options.isSetSupported ?? (() => true),
    retry: NO_WAIT,
  });
  return {
    kind: "excel",
    sim,
    port,
    snapshot: () => Promise.resolve(snapshotSimulator(sim)),
    type: (sheet, a1, input) => {
      const { row, col } = fromA1(a1);
      const cells = sim.sheet(sheet).cells;
      const cell = cells.get(cellKey(row, col)) ?? emptyCell();
      typeIntoCell(cell, input);
      cells.set(cellKey(row, col), cell);
    },
    value: (sheet, a1) => sim.cell(sheet, a1).value,
    formula: (sheet, a1) => sim.cell(sheet, a1).formula,
    sheetNames: () => sim.sheetNames(),
  };
}

/** An .xlsx host: the seed written as a real file by exceljs, then opened by the adapter. */
export async function xlsxHost(seed: WorkbookSeed): Promise<Host & { book: XlsxWorkbook }> {
  const book = await openXlsx(await seedToXlsx(seed));
  const sheet = (name: string) => book.requireSheet(name);
  return {
    kind: "xlsx",
    book,
    port: book,
    snapshot: () => snapshotXlsx(book.workbook),
    type: (name, a1, input) => {
      const cell = sheet(name).getCell(a1);
      cell.value =
        typeof input === "string" && input.startsWith("=") ? { formula: input.slice(1) } : input;
    },
    value: (name, a1) => {
      const raw = sheet(name).getCell(a1).value as unknown;
      if (raw === null || raw === undefined || raw === "") return null;
      if (typeof raw === "object" && raw !== null && "formula" in raw) {
        const result = (raw as { result?: unknown }).result;
        return (result ?? null) as CellValue;
      }
      if (typeof raw === "object" && raw !== null && "richText" in raw)
        return (raw as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
      return raw as CellValue;
    },
    formula: (name, a1) => {
      const raw = sheet(name).getCell(a1).value as unknown;
      if (typeof raw === "object" && raw !== null && "formula" in raw)
        return `=${(raw as { formula: string }).formula}`;
      return null;
    },
    sheetNames: () => book.sheets().map((s) => s.name),
  };
}

export async function makeHost(kind: HostKind, seed: WorkbookSeed): Promise<Host> {
  switch (kind) {
    case "memory":
      return memoryHost(seed);
    case "excel":
      return excelHost(seed);
    case "xlsx":
      return xlsxHost(seed);
  }
}
