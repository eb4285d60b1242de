/**
 * «Åpne .xlsx» / «Last ned .xlsx» in the browser. Opening converts with exceljs (loaded only
 * when used) into the MemoryWorkbook; downloading uses the same package writer as the command line. Values, formulas, merges, number formats, visibility and defined names
 * cross over; other formatting stays behind (the demo is for trying Gevinst, not for editing styles).
 */
import type * as ExcelJsTypes from "exceljs";
import type { CellValue as ExcelCellValue } from "exceljs";
import { MemoryWorkbook, type SeedCell, type WorkbookSeed } from "../adapters/memory";
import { MemorySink, OoxmlWorkbook, webCodec } from "../adapters/ooxml";
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

/**
 * The MemoryWorkbook as .xlsx bytes, through the command line's package writer (no exceljs):
 * every sheet with its values, formulas, fills and fonts, number formats, merges, column widths,
 * drop-down lists, conditional fills, protection and page setup. Excel recalculates on opening.
 */
export async function writeXlsx(workbook: MemoryWorkbook): Promise<ArrayBuffer> {
  const book = OoxmlWorkbook.create(webCodec);
  for (const sheet of workbook.sheets) book.addModelSheet(sheet);
  for (const name of workbook.names.values()) book.defineAnyName(name.name, name.refersTo);
  const sink = new MemorySink();
  await book.save(sink);
  const bytes = sink.bytes();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
