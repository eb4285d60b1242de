/** Opening and saving .xlsx workbooks for the CLI: progress on stderr, safe writes, clear errors. */
import type { XlsxWorkbook } from "../adapters/xlsx";
import { openXlsx, saveXlsx } from "../adapters/xlsx";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { readInputFile, writeFileAtomic } from "./files";

export type LoadedWorkbook = { book: XlsxWorkbook; bytes: Buffer; file: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("nb-NO", { maximumFractionDigits: 1 })} MB`;
}

/** Reads and parses an .xlsx file. @throws CliError when it is missing or not an .xlsx workbook. */
export async function loadWorkbook(io: CliIo, file: string): Promise<LoadedWorkbook> {
  const bytes = await readInputFile(io.cwd, file);
  const large = bytes.length >= io.progressBytes;
  if (large) io.stderr(`Leser «${file}» (${megabytes(bytes.length)}) …`);
  try {
    const book = await openXlsx(bytes);
    if (large) io.stderr(`Lest ${book.sheets().length} ark.`);
    return { book, bytes, file };
  } catch (error) {
    throw new CliError(
      `«${file}» er ikke en .xlsx-arbeidsbok som kan leses. Lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.`,
      { cause: error },
    );
  }
}

/** Saves the workbook to `fullPath` atomically. */
export async function saveWorkbook(
  io: CliIo,
  book: XlsxWorkbook,
  fullPath: string,
  large: boolean,
): Promise<void> {
  if (large) io.stderr(`Skriver «${fullPath}» …`);
  const bytes = await saveXlsx(book);
  await writeFileAtomic(fullPath, bytes);
  if (large) io.stderr(`Skrevet ${megabytes(bytes.length)}.`);
}
