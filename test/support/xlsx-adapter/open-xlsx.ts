/** Loading and saving .xlsx workbooks with exceljs, in memory, for tests. */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "./xlsx-workbook";

/** Reads an .xlsx file or buffer. @throws when the bytes are not an .xlsx workbook. */
export async function openXlsx(
  source: string | Buffer | ArrayBuffer | Uint8Array,
): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(toArrayBuffer(source));
  return new XlsxWorkbook(workbook);
}

/** A new, empty workbook (tests and fixtures). */
export function createXlsx(): XlsxWorkbook {
  return new XlsxWorkbook(new ExcelJS.Workbook());
}

/**
 * The workbook as .xlsx bytes. Excel recalculates every formula when it opens the file, because
 * exceljs writes formulas without computed values.
 */
export async function saveXlsx(book: XlsxWorkbook): Promise<Buffer> {
  book.workbook.calcProperties = { ...book.workbook.calcProperties, fullCalcOnLoad: true };
  const bytes = await book.workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

function toArrayBuffer(source: Buffer | ArrayBuffer | Uint8Array): ArrayBuffer {
  if (source instanceof ArrayBuffer) return source;
  return source.buffer.slice(
    source.byteOffset,
    source.byteOffset + source.byteLength,
  ) as ArrayBuffer;
}
