/**
 * «Åpne» with a CSV budget (spec §4 «CSV»): decoded (UTF-8 with or without BOM, Windows-1252),
 * parsed (`;`, `,` or tab) and shown as Excel would show it — one sheet named after the file,
 * codes and amounts as numbers — so the pane works on it as on an opened .xlsx.
 */
import { decodeCsvBytes } from "../adapters/csv/decode-csv";
import { MemoryWorkbook } from "../adapters/memory";
import { csvRows, sheetNameFromFile } from "../core/csv/csv-cells";
import { parseCsv } from "../core/csv/parse-csv";

/** Whether a chosen file is a CSV (by name; browsers give CSV several MIME types). */
export function isCsvName(name: string): boolean {
  return /\.(?:csv|txt|tsv)$/i.test(name);
}

/** The CSV bytes as a one-sheet workbook. */
export function readCsvWorkbook(bytes: ArrayBuffer, fileName: string): MemoryWorkbook {
  const { text } = decodeCsvBytes(new Uint8Array(bytes));
  const rows = csvRows(parseCsv(text).rows);
  return MemoryWorkbook.fromSeed({ sheets: [{ name: sheetNameFromFile(fileName), rows }] });
}
