/**
 * The in-memory WorkbookPort: plain objects, used by every core/use-case test and by the demo
 * workbench. It behaves like Excel where Gevinst depends on it (used ranges, formula text vs
 * values, sheet-name rules, refusing writes outside Gevinst sheets) and evaluates nothing by
 * itself: formula values come from an optional evaluator (the demo and the formula tests plug
 * in a real engine).
 */
import { fromA1, rangeFromA1, toA1 } from "../../core/workbook/address";
import { sheetNameProblem } from "../../core/workbook/sheet-name";
import type {
  CellValue,
  DefinedName,
  ReadOptions,
  SheetGrid,
  TableInfo,
  WorkbookCapabilities,
  WorkbookChange,
  WorkbookOutline,
  WorkbookChangeSource,
  WorkbookPort,
  WorkbookWatcher,
} from "../../core/workbook/workbook-port";
import { WorkbookError, assertOnlyGevinstChanges } from "../../core/workbook/workbook-port";
import type { MemoryCell } from "./memory-sheet";
import { MemorySheet } from "./memory-sheet";
import { applyChange } from "./apply-change";
import { preflight, type PreflightOutline } from "../../core/workbook/preflight";
import type { WorkbookSeed } from "./workbook-seed";
import { isFormulaSeed } from "./workbook-seed";

export type CellSnapshot = {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  style: string;
};
/** Sheet name → A1 → cell; only cells with content or format. */
export type WorkbookSnapshot = Record<string, Record<string, CellSnapshot>>;

/** Computes the values of formula cells after a change (e.g. a formula engine). */
export type Evaluator = (workbook: MemoryWorkbook) => void;

export class MemoryWorkbook implements WorkbookPort {
  readonly capabilities: WorkbookCapabilities = {
    host: "memory",
    dataValidation: true,
    conditionalFormats: true,
    protection: true,
    pageLayout: true,
    veryHidden: true,
    changeEvents: true,
  };
  readonly sheets: MemorySheet[] = [];
  readonly tables: TableInfo[] = [];
  readonly names = new Map<string, DefinedName>();
  /** How many times `apply` and `readSheets`/`describe` were called: the memory "round trips". */
  readonly calls = { apply: 0, read: 0, describe: 0 };
  private evaluator: Evaluator | null = null;
  private readonly watchers = new Set<WorkbookWatcher>();

  static fromSeed(seed: WorkbookSeed): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const seedSheet of seed.sheets) {
      const sheet = workbook.addSheet(seedSheet.name);
      sheet.visibility = seedSheet.visibility ?? "visible";
      sheet.isProtected = seedSheet.protected ?? false;
      seedSheet.rows.forEach((row, r) =>
        row.forEach((seedCell, c) => {
          if (seedCell === null || seedCell === undefined) return;
          const cell = sheet.ensure(r, c);
          if (isFormulaSeed(seedCell)) {
            cell.formula = seedCell.formula;
            cell.value = seedCell.value ?? null;
          } else {
            cell.value = seedCell;
          }
        }),
      );
      for (const merge of seedSheet.merges ?? []) sheet.merges.push(rangeFromA1(merge));
      for (const table of seedSheet.tables ?? [])
        workbook.tables.push({
          name: table.name,
          sheet: seedSheet.name,
          range: rangeFromA1(table.range),
          hasHeaders: true,
        });
    }
    for (const name of seed.names ?? []) workbook.names.set(name.name.toLowerCase(), name);
    return workbook;
  }

  /** Plugs in a formula engine; it runs now and after every change. */
  setEvaluator(evaluator: Evaluator | null): void {
    this.evaluator = evaluator;
    this.evaluator?.(this);
  }

  /** The port's `watch`: `own` after every `apply`, `others` after a person types (`typeCell`). */
  watch(listener: WorkbookWatcher): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  /** Called after every change, by the add-in or by a user typing (the demo's sheet viewer). */
  onChange(listener: () => void): () => void {
    return this.watch(() => listener());
  }

  sheet(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** @throws WorkbookError("sheet-missing"). */
  requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet)
      throw new WorkbookError("sheet-missing", {
        key: "SHEET_NOT_FOUND_NAMED",
        params: { sheet: name },
      });
    return sheet;
  }

  /** @throws WorkbookError("invalid-argument") when the name breaks Excel's rules. */
  addSheet(name: string, position?: number): MemorySheet {
    const problem = sheetNameProblem(
      name,
      this.sheets.map((s) => s.name),
    );
    if (problem) throw new WorkbookError("invalid-argument", problem);
    const sheet = new MemorySheet(name);
    if (position === undefined || position >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, position), 0, sheet);
    return sheet;
  }

  describe(): Promise<WorkbookOutline> {
    this.calls.describe++;
    return Promise.resolve({
      sheets: this.sheets.map((s, position) => ({
        name: s.name,
        visibility: s.visibility,
        position,
        isProtected: s.isProtected,
      })),
      tables: this.tables.map((t) => ({ ...t, range: { ...t.range } })),
      names: [...this.names.values()].map((n) => ({ ...n })),
    });
  }

  readSheets(names: readonly string[], options: ReadOptions = {}): Promise<SheetGrid[]> {
    this.calls.read++;
    try {
      return Promise.resolve(names.map((name) => this.readGrid(this.requireSheet(name), options)));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  apply(changes: readonly WorkbookChange[]): Promise<void> {
    this.calls.apply++;
    try {
      assertOnlyGevinstChanges(changes);
      // Refuse the whole list before touching anything, exactly as the excel adapter does.
      preflight(changes, this.preflightOutline(), this.capabilities);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    try {
      for (const change of changes) applyChange(this, change);
    } catch (error) {
      // Some changes may be in: the watchers must read again, as after a whole write.
      this.changed("own");
      return Promise.reject(error as Error);
    }
    this.changed("own");
    return Promise.resolve();
  }

  /**
   * A person typing into a cell, anywhere (not only Gevinst sheets): text starting with "=" is a
   * formula, as in Excel's formula bar.
   */
  typeCell(sheetName: string, a1: string, input: string | number | boolean | null): void {
    const { row, col } = fromA1(a1);
    const cell = this.requireSheet(sheetName).ensure(row, col);
    if (typeof input === "string" && input.startsWith("=")) {
      cell.formula = input;
      cell.value = null;
    } else {
      cell.formula = null;
      cell.value = input;
    }
    this.changed("others");
  }

  /** One cell as a test sees it. */
  cell(sheetName: string, a1: string): MemoryCell {
    const { row, col } = fromA1(a1);
    return (
      this.requireSheet(sheetName).get(row, col) ?? {
        value: null,
        formula: null,
        numberFormat: null,
        style: {},
      }
    );
  }

  /** Every cell of the sheets `include` accepts (default: all), for before/after comparisons. */
  snapshot(include: (sheetName: string) => boolean = () => true): WorkbookSnapshot {
    const result: WorkbookSnapshot = {};
    for (const sheet of this.sheets) {
      if (!include(sheet.name)) continue;
      const cells: Record<string, CellSnapshot> = {};
      for (const [key, cell] of sheet.cells) {
        const [row, col] = key.split(",").map(Number) as [number, number];
        cells[toA1({ row, col })] = {
          value: cell.value,
          formula: cell.formula,
          numberFormat: cell.numberFormat,
          style: JSON.stringify(cell.style),
        };
      }
      result[sheet.name] = cells;
    }
    return result;
  }

  private preflightOutline(): PreflightOutline {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, isProtected: s.isProtected })),
      names: [...this.names.values()].map((n) => n.name),
    };
  }

  private changed(source: WorkbookChangeSource): void {
    this.evaluator?.(this);
    for (const listener of [...this.watchers]) listener(source);
  }

  private readGrid(sheet: MemorySheet, options: ReadOptions): SheetGrid {
    const used = sheet.usedRange();
    if (!used)
      return {
        name: sheet.name,
        origin: { row: 0, col: 0 },
        values: [],
        ...(options.formulas ? { formulas: [] } : {}),
        ...(options.numberFormats ? { numberFormats: [] } : {}),
      };
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r < used.rows; r++) {
      const valueRow: CellValue[] = [];
      const formulaRow: (string | null)[] = [];
      const formatRow: (string | null)[] = [];
      for (let c = 0; c < used.cols; c++) {
        const cell = sheet.get(used.row + r, used.col + c);
        valueRow.push(cell?.value ?? null);
        formulaRow.push(cell?.formula ?? null);
        formatRow.push(cell?.numberFormat ?? null);
      }
      values.push(valueRow);
      formulas.push(formulaRow);
      numberFormats.push(formatRow);
    }
    return {
      name: sheet.name,
      origin: { row: used.row, col: used.col },
      values,
      ...(options.formulas ? { formulas } : {}),
      ...(options.numberFormats ? { numberFormats } : {}),
    };
  }
}
