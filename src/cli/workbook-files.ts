/**
 * Opening and saving .xlsx workbooks for the CLI: the package is read from the file piece by
 * piece (never whole), written to a temporary file next to the output, flushed and renamed into
 * place. Progress goes to stderr; every failure is one Norwegian line.
 */
import { messageText } from "../app/messages";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";
import { OoxmlWorkbook } from "../adapters/ooxml";
import { FileSink, fileSource, nodeCodec } from "../adapters/ooxml/node-io";
import type { Issue } from "../core/model/issue.types";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { describeReadError, openInputFile, withTempFile } from "./files";

export type LoadedWorkbook = {
  book: OoxmlWorkbook;
  file: string;
  size: number;
  /** Files from the progress threshold up report what they do on stderr. */
  large: boolean;
  close(): Promise<void>;
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("nb-NO", { maximumFractionDigits: 1 })} MB`;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Why bytes that are not an .xlsx package were refused, in words the user can act on. */
async function whatIsIt(handle: FileHandle, file: string, size: number): Promise<string> {
  const head = Buffer.alloc(Math.min(size, 100));
  await handle.read(head, 0, head.length, 0);
  if (OLE_SIGNATURE.every((byte, i) => head[i] === byte))
    return `«${file}» er passordbeskyttet (kryptert) eller en gammel .xls-fil. Gevinst kan ikke lese den: åpne den i Excel, fjern passordet under Fil → Info → Beskytt arbeidsbok (eller lagre som .xlsx), og prøv igjen.`;
  if (head.subarray(30, 38).toString("latin1") === "mimetype" && head.includes("opendocument"))
    return `«${file}» er et OpenDocument-regneark (.ods). Lagre det som Excel-arbeidsbok (.xlsx) i LibreOffice eller Excel, og prøv igjen.`;
  return `«${file}» er ikke en .xlsx-arbeidsbok som kan leses. Lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.`;
}

/** Opens an .xlsx file. @throws CliError when it is missing or not an .xlsx workbook. */
export async function loadWorkbook(io: CliIo, file: string): Promise<LoadedWorkbook> {
  const { handle, size } = await openInputFile(io.cwd, file);
  const large = size >= io.progressBytes;
  if (large) io.stderr(`Leser «${file}» (${megabytes(size)}) …`);
  try {
    const book = await OoxmlWorkbook.open(fileSource(handle, size), nodeCodec);
    if (large) io.stderr(`Fant ${book.sheetNames().length} ark.`);
    return { book, file, size, large, close: () => handle.close() };
  } catch (error) {
    const message = await whatIsIt(handle, file, size).catch(() => describeReadError(file));
    await handle.close();
    throw new CliError(message, { cause: error });
  }
}

/**
 * Saves the workbook to `fullPath` through a temporary file (removed on any failure, and on
 * Ctrl-C). @throws CliError when the folder cannot be written.
 */
export async function saveWorkbook(
  io: CliIo,
  loaded: LoadedWorkbook,
  fullPath: string,
): Promise<void> {
  const macros = loaded.book.macroEnabled;
  if (path.extname(fullPath).toLowerCase() !== (macros ? ".xlsm" : ".xlsx"))
    throw new CliError(
      macros
        ? `«${loaded.file}» har makroer, som blir med i utfilen. Gi utfilen endelsen .xlsm, så Excel åpner den.`
        : "Utfilen må ha endelsen .xlsx (bare arbeidsbøker med makroer lagres som .xlsm).",
    );
  if (loaded.large) io.stderr(`Skriver «${path.basename(fullPath)}» …`);
  let size = 0;
  await withTempFile(fullPath, async (handle) => {
    const sink = new FileSink(handle);
    await loaded.book.save(sink);
    await sink.flush();
    size = sink.written;
  });
  if (loaded.large) io.stderr(`Skrevet ${megabytes(size)}.`);
}

/** Texts cut at Excel's limit, as issues at their cells. */
export function longTextIssues(book: OoxmlWorkbook): Issue[] {
  return book.longTexts.map((long) => ({
    severity: "error",
    code: "BAD_VALUE",
    sheet: long.sheet,
    cell: long.cell,
    key: "TEXT_TOO_LONG",
    params: { length: long.length },
  }));
}

/**
 * Runs a step that reads the workbook; when a sheet was refused as too large, says so in the
 * command line's words instead of the add-in's.
 */
export async function readingStep<T>(book: OoxmlWorkbook, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (book.tooLarge) throw new CliError(messageText(book.tooLarge), { cause: error });
    throw error;
  }
}
