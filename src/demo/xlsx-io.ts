/**
 * «Åpne .xlsx» / «Last ned .xlsx» in the browser. Opening converts with exceljs (loaded only
 * when used) into the MemoryWorkbook; downloading uses the same package writer as the command
 * line. Values, formulas, merges, number formats, visibility, defined names, fills, bold, locked
 * cells, column widths, literal drop-down lists and sheet protection cross over; other formatting
 * stays behind (the demo is for trying Gevinst, not for editing styles).
 */
import type * as ExcelJsTypes from "exceljs";
import type { CellValue as ExcelCellValue } from "exceljs";
import { MemoryWorkbook, type SeedCell, type WorkbookSeed } from "../adapters/memory";
import type { MemoryValidation } from "../adapters/memory/memory-sheet";
import { MemorySink, OoxmlWorkbook, webCodec } from "../adapters/ooxml";
import { fromA1, type RangeRef } from "../core/workbook/address";
import { dateToSerial } from "../core/sheets/shared/cell-values";
import type { CellStyle, CellValue } from "../core/workbook/workbook-port";
import { columnWidthOfFile } from "../core/sheets/shared/page-geometry";

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
    // exceljs reads a date cell as that day's UTC midnight: converted in UTC (local time put it
    // hours off, the day before west of Greenwich; test/demo/xlsx-dates.test.ts).
    return dateToSerial(value);
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
  // Number formats matter for reading (dates, percentages): carry them over cell by cell. So do
  // what makes a Gevinst sheet usable: the input fills, which cells are unlocked, bold headings,
  // column widths, the drop-down lists and the sheet protection — a downloaded workbook opened
  // again must be the workbook that was downloaded.
  book.eachSheet((worksheet) => {
    const sheet = workbook.sheet(worksheet.name);
    if (!sheet) return;
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const style = styleOf(cell);
        const existing = sheet.get(rowNumber - 1, colNumber - 1);
        if (existing && cell.numFmt) existing.numberFormat = cell.numFmt;
        if (Object.keys(style).length === 0) return;
        const target = existing ?? sheet.ensure(rowNumber - 1, colNumber - 1);
        target.style = { ...target.style, ...style };
      }),
    );
    (worksheet.columns ?? []).forEach((column, i) => {
      if (typeof column.width === "number")
        sheet.columnWidths.set(i, columnWidthOfFile(column.width));
    });
    if ((worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)
      sheet.isProtected = true;
    sheet.validations.push(...listValidations(worksheet));
  });
  return workbook;
}

/** The parts of a cell's style the demo shows and Gevinst relies on. */
function styleOf(cell: ExcelJsTypes.Cell): CellStyle {
  const style: CellStyle = {};
  const fill = cell.fill;
  const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid" && argb && argb.length === 8)
    style.fill = `#${argb.slice(2).toUpperCase()}`;
  if (cell.font?.bold) style.bold = true;
  if (cell.protection?.locked === false) style.locked = false;
  return style;
}

/**
 * The sheet's list validations as ranges: exceljs hands them over cell by cell, so cells with the
 * same list are joined again into runs down a column.
 */
function listValidations(worksheet: ExcelJsTypes.Worksheet): MemoryValidation[] {
  const model =
    (
      worksheet as unknown as {
        dataValidations?: { model?: Record<string, ExcelJsTypes.DataValidation> };
      }
    ).dataValidations?.model ?? {};
  const byList = new Map<string, { row: number; col: number }[]>();
  for (const [address, validation] of Object.entries(model)) {
    const formula = validation.formulae?.[0];
    if (validation.type !== "list" || typeof formula !== "string") continue;
    // Only literal lists («"a,b,c"»); a list from a range stays behind with the other formatting.
    const literal = /^"(.*)"$/.exec(formula)?.[1];
    if (literal === undefined || !/^[A-Z]{1,3}\d{1,7}$/.test(address)) continue;
    const at = fromA1(address);
    const cells = byList.get(literal) ?? [];
    cells.push(at);
    byList.set(literal, cells);
  }
  const out: MemoryValidation[] = [];
  for (const [literal, cells] of byList) {
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    let run: RangeRef | null = null;
    for (const { row, col } of cells) {
      if (run && run.col === col && run.row + run.rows === row) run.rows++;
      else {
        if (run) out.push({ range: run, list: literal.split(",") });
        run = { row, col, rows: 1, cols: 1 };
      }
    }
    if (run) out.push({ range: run, list: literal.split(",") });
  }
  return out;
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
