/**
 * Evaluates the formulas of an in-memory workbook with IronCalc (MIT/Apache-2.0), an engine
 * independent of ours: the demo workbench shows its values, and the tests compare them with the
 * core's figures to the øre.
 *
 * The workbook is copied into a fresh IronCalc model on every evaluation (simple and correct;
 * with evaluation paused while loading, 20 000 formula cells load and evaluate in about 1 s).
 */
import type { Model as IronCalcModel } from "@ironcalc/wasm";

import type { MemoryWorkbook } from "../memory/memory-workbook";
import type { CellValue } from "../../core/workbook/workbook-port";

/** The initialised IronCalc module (Node: after `initSync`; browser: after `await init()`). */
export type IronCalc = { Model: typeof IronCalcModel };

// IronCalc's cell types (getCellType): 1 number, 2 text, 4 boolean, 16 error.
const NUMBER = 1;
const BOOLEAN = 4;

/*
 * IronCalc has no getter for a raw value, only formatted text, and it gives some functions an
 * implicit format (NPV shows as currency). Formula cells are therefore given a fixed format with
 * nine decimals, which keeps every double we compare to well within 0.01.
 */
const RAW_FORMAT = "0.000000000";

/**
 * Copies `workbook` into a new IronCalc model with evaluation paused (the caller resumes, evaluates
 * and frees it). Formula cells get a raw number format, so their values read back exactly.
 */
export function loadIntoIronCalc(ironcalc: IronCalc, workbook: MemoryWorkbook): IronCalcModel {
  const model = new ironcalc.Model("gevinst", "en", "UTC", "en");
  model.pauseEvaluation();
  workbook.sheets.forEach((sheet, index) => {
    if (index > 0) model.newSheet();
    model.renameSheet(index, sheet.name);
  });
  for (const name of workbook.names.values()) model.newDefinedName(name.name, null, name.refersTo);
  workbook.sheets.forEach((sheet, index) => {
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      const input = toUserInput(cell.formula, cell.value);
      if (input === null) continue;
      // IronCalc rows and columns are 1-based.
      model.setUserInput(index, row + 1, col + 1, input);
      if (cell.formula !== null) {
        model.updateRangeStyle(
          { sheet: index, row: row + 1, column: col + 1, width: 1, height: 1 },
          "num_fmt",
          RAW_FORMAT,
        );
      }
    }
  });
  return model;
}

/**
 * Copies `workbook` into IronCalc, evaluates, and stores each formula cell's value back in
 * `workbook` (numbers, text, booleans, or the error text such as "#REF!").
 */
export function evaluateWithIronCalc(ironcalc: IronCalc, workbook: MemoryWorkbook): void {
  const model = loadIntoIronCalc(ironcalc, workbook);
  try {
    model.resumeEvaluation();
    model.evaluate();
    workbook.sheets.forEach((sheet, index) => {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const [row, col] = key.split(",").map(Number) as [number, number];
        cell.value = readIronCalcValue(model, index, row + 1, col + 1);
      }
    });
  } finally {
    model.free();
  }
}

/** What a person would type to get this cell; text always stays text (a leading apostrophe). */
function toUserInput(formula: string | null, value: CellValue): string | null {
  if (formula !== null) return formula;
  if (value === null || value === "") return null;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `'${value}`;
}

/** A cell's value in IronCalc (1-based row and column): number, boolean, or text. */
export function readIronCalcValue(
  model: IronCalcModel,
  sheet: number,
  row: number,
  col: number,
): CellValue {
  const text = model.getFormattedCellValue(sheet, row, col);
  switch (model.getCellType(sheet, row, col)) {
    case NUMBER:
      return Number(text);
    case BOOLEAN:
      return text === "TRUE";
    default:
      return text;
  }
}
