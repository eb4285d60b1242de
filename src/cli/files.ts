/**
 * Files, safely: the input is only ever read; an output that would overwrite the input is
 * refused; outputs are written to a temporary file in the same folder and renamed into place,
 * so a failure never leaves a partial file (spec §10).
 */
import { randomBytes } from "node:crypto";
import { promises as fs, realpathSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";

/** Reads a whole input file. @throws CliError when it is missing or unreadable. */
export async function readInputFile(cwd: string, file: string): Promise<Buffer> {
  const full = path.resolve(cwd, file);
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) throw new CliError(`«${file}» er en mappe, ikke en fil. Oppgi en fil.`);
    return await fs.readFile(full);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new CliError(`Finner ikke filen «${file}». Sjekk navnet og mappa.`, { cause: error });
    if (code === "EACCES")
      throw new CliError(`Har ikke lov til å lese «${file}». Sjekk tilgangen til filen.`, {
        cause: error,
      });
    throw new CliError(`Kunne ikke lese «${file}». Sjekk at filen finnes og er lesbar.`, {
      cause: error,
    });
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
export function checkOutputPath(cwd: string, inputs: readonly string[], output: string): string {
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
  return full;
}

/** @throws CliError when the output does not end in the expected extension. */
export function checkExtension(output: string, extension: ".xlsx" | ".json"): void {
  if (path.extname(output).toLowerCase() !== extension)
    throw new CliError(
      `Utfilen «${output}» må ha endelsen ${extension}. Oppgi et navn som slutter på ${extension} med -o.`,
    );
}

/**
 * Writes `bytes` to `full` atomically: a temporary file in the same folder, flushed, then
 * renamed over the target. On any failure the temporary file is removed and the target is left
 * as it was. @throws CliError when the folder cannot be written.
 */
export async function writeFileAtomic(full: string, bytes: Buffer | string): Promise<void> {
  const dir = path.dirname(full);
  const temp = path.join(dir, `.${path.basename(full)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, full);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === "ENOENT"
        ? "Mappa finnes ikke."
        : code === "EACCES" || code === "EPERM"
          ? "Har ikke skrivetilgang (eller filen er åpen i Excel)."
          : "Sjekk mappa og ledig plass.";
    throw new CliError(`Kunne ikke skrive «${full}». ${hint}`, { cause: error });
  }
}
