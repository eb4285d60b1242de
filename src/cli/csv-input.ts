/**
 * `gevinst init budget.csv` (spec §4 «CSV»): the CSV decoded and parsed, then a fresh workbook
 * whose first sheet is the budget as Excel would show the CSV (codes without a leading zero and
 * amounts as numbers, the rest as text), named as Excel names it (the file name). The Gevinst
 * sheets are added after it by the ordinary init.
 */
import { decodeCsvBytes, encodingLabel } from "../adapters/csv/decode-csv";
import { MemorySink, memorySource, OoxmlWorkbook, SheetModel } from "../adapters/ooxml";
import { nodeCodec } from "../adapters/ooxml/node-io";
import { formatCount } from "../app/messages/shared";
import { csvRows, sheetNameFromFile } from "../core/csv/csv-cells";
import { parseCsv } from "../core/csv/parse-csv";
import type { CellValue } from "../core/workbook/workbook-port";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { readInputFile } from "./files";
import type { LoadedWorkbook } from "./workbook-files";

export type LoadedCsv = { loaded: LoadedWorkbook; sheet: string; description: string[] };

const DELIMITER_NAMES: Record<string, string> = { ";": "semikolon", ",": "komma", "\t": "tab" };

export function isCsvFile(file: string): boolean {
  return /\.(?:csv|txt|tsv)$/i.test(file);
}

/** Reads a CSV budget into a new workbook. @throws CliError when the file is missing or empty. */
export async function loadCsvWorkbook(io: CliIo, file: string): Promise<LoadedCsv> {
  const bytes = await readInputFile(io.cwd, file);
  const { text, encoding } = decodeCsvBytes(bytes);
  const parsed = parseCsv(text);
  const rows = csvRows(parsed.rows);
  if (rows.every((row) => row.length === 0))
    throw new CliError(`«${file}» er tom. Lagre budsjettet som CSV med overskriftsrad og linjer.`);
  const sheet = sheetNameFromFile(file);
  const xlsx = await workbookBytes(sheet, rows);
  const book = await OoxmlWorkbook.open(memorySource(xlsx), nodeCodec);
  const loaded: LoadedWorkbook = {
    book,
    file,
    size: xlsx.length,
    large: xlsx.length >= io.progressBytes,
    close: () => Promise.resolve(),
  };
  const widest = Math.max(...rows.map((r) => r.length));
  const description = [
    `Leste «${file}» som CSV: ${formatCount(rows.length)} rader, ${widest} kolonner, ` +
      `skilt med ${DELIMITER_NAMES[parsed.delimiter] ?? parsed.delimiter}, tegnsett ${encodingLabel(encoding)}. ` +
      `Budsjettet står på arket «${sheet}» i den nye arbeidsboka.`,
  ];
  return { loaded, sheet, description };
}

/**
 * A one-sheet .xlsx with the cells as they are, built by the package writer and opened through the
 * package reader like any other input (so the output is written the same way).
 */
async function workbookBytes(sheet: string, rows: readonly CellValue[][]): Promise<Uint8Array> {
  const model = new SheetModel(sheet);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) model.ensure(r, c).value = value;
    }),
  );
  const book = OoxmlWorkbook.create(nodeCodec);
  book.addModelSheet(model);
  const sink = new MemorySink();
  await book.save(sink);
  return sink.bytes();
}
