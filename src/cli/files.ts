/**
 * Files, safely: the input is only ever read; an output that would overwrite the input is
 * refused; outputs are written to a temporary file in the same folder and renamed into place,
 * so a failure never leaves a partial file (spec §10).
 */
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { promises as fs, realpathSync, rmSync, statSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./cli-error";

function readError(error: unknown, file: string): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new CliError(`Finner ikke filen «${file}». Sjekk navnet og mappa.`, { cause: error });
  if (code === "EACCES" || code === "EPERM")
    return new CliError(`Har ikke lov til å lese «${file}». Sjekk tilgangen til filen.`, {
      cause: error,
    });
  return new CliError(describeReadError(file), { cause: error });
}

export function describeReadError(file: string): string {
  return `Kunne ikke lese «${file}». Sjekk at filen finnes og er lesbar.`;
}

/** Reads a whole (small) input file. @throws CliError when it is missing or unreadable. */
export async function readInputFile(cwd: string, file: string): Promise<Buffer> {
  const full = path.resolve(cwd, file);
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) throw new CliError(`«${file}» er en mappe, ikke en fil. Oppgi en fil.`);
    return await fs.readFile(full);
  } catch (error) {
    throw readError(error, file);
  }
}

/** Opens an input file for reading piece by piece. @throws CliError when it cannot be read. */
export async function openInputFile(
  cwd: string,
  file: string,
): Promise<{ handle: FileHandle; size: number }> {
  const full = path.resolve(cwd, file);
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) throw new CliError(`«${file}» er en mappe, ikke en fil. Oppgi en fil.`);
    return { handle: await fs.open(full, "r"), size: stat.size };
  } catch (error) {
    throw readError(error, file);
  }
}

/** The real path of a file that may not exist yet (its folder's real path + its name). */
function realTarget(full: string): string {
  try {
    return realpathSync(full);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(full)), path.basename(full));
    } catch {
      return full;
    }
  }
}

/**
 * The output path, resolved. @throws CliError when it is the input itself (compared as real
 * paths, so a symlink or "./" does not slip through) or when its folder does not exist.
 */
export function checkOutputPath(
  cwd: string,
  inputs: readonly string[],
  output: string,
  overwrite = false,
): string {
  const full = path.resolve(cwd, output);
  const target = realTarget(full);
  for (const input of inputs) {
    const source = realTarget(path.resolve(cwd, input));
    const same =
      process.platform === "win32" || process.platform === "darwin"
        ? source.toLowerCase() === target.toLowerCase()
        : source === target;
    if (same)
      throw new CliError(
        `Utfilen «${output}» er den samme som innfilen. Gevinst endrer aldri originalen: oppgi et annet navn med -o.`,
      );
  }
  let folder: Stats | undefined;
  try {
    folder = statSync(path.dirname(full));
  } catch {
    folder = undefined;
  }
  if (!folder || !folder.isDirectory())
    throw new CliError(
      `Mappa for utfilen «${output}» finnes ikke (eller er en fil). Oppgi en utfil i en mappe som finnes.`,
    );
  let existing: Stats | undefined;
  try {
    existing = statSync(full);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory())
    throw new CliError(`Utfilen «${output}» er en mappe. Oppgi et filnavn med -o.`);
  if (existing && !overwrite)
    throw new CliError(
      `Utfilen «${output}» finnes fra før. Oppgi et nytt navn, eller legg til --overwrite for å erstatte den.`,
    );
  return full;
}

/** @throws CliError when the output does not end in the expected extension. */
export function checkExtension(output: string, extension: ".xlsx" | ".json" | ".pptx"): void {
  const actual = path.extname(output).toLowerCase();
  // A workbook with macros keeps them, so it is written as .xlsm (checked against the input later).
  if (actual !== extension && !(extension === ".xlsx" && actual === ".xlsm"))
    throw new CliError(
      `Utfilen «${output}» må ha endelsen ${extension}. Oppgi et navn som slutter på ${extension} med -o.`,
    );
}

/** Temporary files being written now: removed if the process is interrupted (Ctrl-C, kill). */
const pendingTemps = new Set<string>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.once(signal, () => {
      for (const temp of pendingTemps) {
        try {
          rmSync(temp, { force: true });
        } catch {
          // Nothing more can be done while exiting.
        }
      }
      process.stderr.write("gevinst: Avbrutt. Ingen fil ble skrevet.\n");
      process.exit(130);
    });
}

/**
 * Writes `full` atomically: `write` fills a temporary file in the same folder, which is flushed
 * and renamed over the target. On any failure or interruption the temporary file is removed and
 * the target is left as it was. @throws CliError when the folder cannot be written.
 */
export async function withTempFile(
  full: string,
  write: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const dir = path.dirname(full);
  const temp = path.join(dir, `.${path.basename(full)}.${randomBytes(6).toString("hex")}.tmp`);
  hookSignals();
  pendingTemps.add(temp);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, full);
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof CliError || (error as { isWorkbookError?: boolean }).isWorkbookError)
      throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const hint =
      code === "ENOENT" || code === "ENOTDIR"
        ? "Mappa finnes ikke."
        : code === "EACCES" || code === "EPERM"
          ? "Har ikke skrivetilgang (eller filen er åpen i Excel)."
          : code === "ENOSPC"
            ? "Disken er full."
            : "Sjekk mappa og ledig plass.";
    throw new CliError(`Kunne ikke skrive «${full}». ${hint}`, { cause: error });
  } finally {
    pendingTemps.delete(temp);
  }
}

/** Writes `bytes` to `full` atomically (see withTempFile). */
export async function writeFileAtomic(full: string, bytes: Buffer | string): Promise<void> {
  await withTempFile(full, async (handle) => {
    await handle.writeFile(bytes);
  });
}
