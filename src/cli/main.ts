/**
 * `gevinst` — the command line (spec §10, §12): init, import, export, report and roll on .xlsx files,
 * through the package writer (src/adapters/ooxml) and exactly the use-cases the add-in uses. Problems the user can fix
 * end as one Norwegian line and exit code 2; error-level issues in the data end with exit 1.
 */
import { workbookErrorText } from "../app/messages";
import { isWorkbookError } from "../core/workbook/workbook-port";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, isCliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { processIo } from "./cli-io";
import { runChanges } from "./commands/changes-command";
import { runExport } from "./commands/export-command";
import { runImport } from "./commands/import-command";
import { runInit } from "./commands/init-command";
import { runPresent } from "./commands/present-command";
import { runReport } from "./commands/report-command";
import { runRoll } from "./commands/roll-command";
import { runSnapshot } from "./commands/snapshot-command";
import { HELP } from "./help";

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: runInit,
  import: runImport,
  export: runExport,
  report: runReport,
  roll: runRoll,
  present: runPresent,
  changes: runChanges,
  snapshot: runSnapshot,
};

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.stderr(HELP.main ?? "");
      return EXIT_BAD_INPUT;
    }
    if (name === "--help" || name === "-h" || name === "help") {
      io.stdout(HELP.main ?? "");
      return EXIT_OK;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
      throw new CliError(
        `Ukjent kommando «${name}». Bruk init, import, export, report, roll, snapshot eller changes (se «gevinst --help»).`,
      );
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(HELP[name] ?? "");
      return EXIT_OK;
    }
    return await command(rest, io);
  } catch (error) {
    io.stderr(messageFor(error));
    if (debug && error instanceof Error && error.stack) {
      io.stderr(error.stack);
      if (error.cause instanceof Error && error.cause.stack)
        io.stderr(`Årsak: ${error.cause.stack}`);
    }
    return isCliError(error) ? error.exitCode : EXIT_BAD_INPUT;
  }
}

/** One line for the user; a programming error says how to get the details. */
function messageFor(error: unknown): string {
  if (isCliError(error)) return `gevinst: ${error.message}`;
  if (isWorkbookError(error))
    return `gevinst: ${workbookErrorText(error, "nb") ?? ""} Arbeidsboka ble ikke skrevet; rett opp og prøv igjen.`;
  const text = error instanceof Error ? error.message : String(error);
  return `gevinst: Uventet feil: ${firstLine(text)} Ingen fil ble skrevet. Kjør med --debug og meld fra om feilen.`;
}

function firstLine(text: string): string {
  const line = text.split("\n")[0]?.trim() ?? "";
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

/** Entry point for bin/gevinst.js. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv);
}
