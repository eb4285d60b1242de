/** Where the CLI writes: stdout for results, stderr for progress, warnings and errors. */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are resolved against. */
  cwd: string;
  /** Show progress lines for files at least this large (bytes). */
  progressBytes: number;
};

/** Files from 2 MB up take a few seconds to read and write: say what is happening. */
export const DEFAULT_PROGRESS_BYTES = 2 * 1024 * 1024;

export function processIo(): CliIo {
  const fromEnv = Number(process.env.GEVINST_PROGRESS_BYTES);
  return {
    stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    cwd: process.cwd(),
    progressBytes: Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PROGRESS_BYTES,
  };
}
