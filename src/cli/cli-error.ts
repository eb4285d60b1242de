/** Exit codes of `gevinst` (spec §10) and the error that carries one to the top. */

/** 0 fine; 1 the workbook or portfolio has error-level issues; 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * A problem the user can fix: one Norwegian line that says what to do. Thrown anywhere in the
 * CLI, printed by `runCli` without a stack trace (unless --debug).
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly isCliError = true;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.exitCode = options?.exitCode ?? EXIT_BAD_INPUT;
  }
}

export function isCliError(error: unknown): error is CliError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { isCliError?: unknown }).isCliError === true
  );
}
