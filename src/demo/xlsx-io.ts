/**
 * «Åpne .xlsx» / «Last ned .xlsx» in the browser: exceljs (loaded only when used) converted to and
 * from the MemoryWorkbook. Values, formulas, merges, number formats, visibility and defined names
 * cross over; other formatting stays behind (the demo is for trying Gevinst, not for editing styles).
 */
import type * as ExcelJsTypes from "exceljs";
import type { CellValue as ExcelCellValue } from "exceljs";
import { MemoryWorkbook, type SeedCell, type WorkbookSeed } from "../adapters/memory";
import { rangeToA1 } from "../core/workbook/address";
import type { CellValue } from "../core/workbook/workbook-port";

type ExcelJsModule = typeof ExcelJsTypes;

async function loadExcelJs(): Promise<ExcelJsModule> {
  const module = (await import("exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return module.default ?? module;
}

function plainValue(value: ExcelCellValue): SeedCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date)
    return (value.getTime() - value.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
  if (typeof value === "object") {
    if ("formula" in value && typeof value.formula === "string")
      return { formula: `=${value.formula}`, value: resultOf(value.result) };
    if ("sharedFormula" in value) return resultOf((value as { result?: unknown }).result);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return null;
}

function resultOf(result: unknown): CellValue {
  if (typeof result === "string" || typeof result === "number" || typeof result === "boolean")
    return result;
  return null;
}

/** Reads .xlsx bytes into a MemoryWorkbook. @throws when the bytes are not an .xlsx workbook. */
export async function readXlsx(bytes: ArrayBuffer): Promise<MemoryWorkbook> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const seed: WorkbookSeed = { sheets: [], names: [] };
  book.eachSheet((worksheet) => {
    const rows: SeedCell[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SeedCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        cells[colNumber - 1] = plainValue(cell.value);
      });
      rows[rowNumber - 1] = cells;
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    const merges = Object.keys(
      (worksheet as unknown as { _merges?: Record<string, unknown> })._merges ?? {},
    );
    seed.sheets.push({
      name: worksheet.name,
      rows,
      visibility:
        worksheet.state === "visible"
          ? "visible"
          : worksheet.state === "hidden"
            ? "hidden"
            : "veryHidden",
      merges: merges.filter((m) => m.includes(":")),
    });
  });
  const workbook = MemoryWorkbook.fromSeed(seed);
  // Number formats matter for reading (dates, percentages): carry them over cell by cell.
  book.eachSheet((worksheet) => {
    const sheet = workbook.sheet(worksheet.name);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const target = sheet?.get(rowNumber - 1, colNumber - 1);
        if (target && cell.numFmt) target.numberFormat = cell.numFmt;
      }),
    );
  });
  return workbook;
}

/** The MemoryWorkbook as .xlsx bytes; Excel recalculates every formula when it opens the file. */
export async function writeXlsx(workbook: MemoryWorkbook): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const worksheet = book.addWorksheet(sheet.name, {
      state: sheet.visibility === "veryHidden" ? "veryHidden" : sheet.visibility,
    });
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      const target = worksheet.getCell(row + 1, col + 1);
      if (cell.formula !== null)
        target.value = {
          formula: cell.formula.replace(/^=/, ""),
          result: cell.value ?? undefined,
        } as ExcelCellValue;
      else target.value = cell.value;
      const format = cell.numberFormat ?? cell.style.numberFormat;
      if (format) target.numFmt = format;
      if (cell.style.bold) target.font = { bold: true };
    }
    for (const merge of sheet.merges) worksheet.mergeCells(rangeToA1(merge));
    for (const [col, width] of sheet.columnWidths) worksheet.getColumn(col + 1).width = width;
    for (const [row, height] of sheet.rowHeights) worksheet.getRow(row + 1).height = height;
  }
  for (const name of workbook.names.values()) {
    // exceljs wants "'Sheet'!$A$1" ranges; Gevinst's names are such ranges.
    if (/^.+!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(name.refersTo))
      book.definedNames.add(name.refersTo, name.name);
  }
  book.calcProperties = { ...book.calcProperties, fullCalcOnLoad: true };
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
