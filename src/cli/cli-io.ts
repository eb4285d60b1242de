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

/**
 * Writes lines to `stream`. A reader that has gone away (`gevinst … | head -1`: EPIPE) ends the
 * output quietly — the rest is dropped, the command finishes and keeps its exit code — instead of
 * an unhandled 'error' event with a stack trace. Any other write error is still thrown.
 */
function lineWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (closed) return;
    stream.write(text.endsWith("\n") ? text : `${text}\n`);
  };
}

export function processIo(): CliIo {
  const fromEnv = Number(process.env.GEVINST_PROGRESS_BYTES);
  return {
    stdout: lineWriter(process.stdout),
    stderr: lineWriter(process.stderr),
    cwd: process.cwd(),
    progressBytes: Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PROGRESS_BYTES,
  };
}
