/**
 * `gevinst roll <gevinst.xlsx> <nytt-budsjett.xlsx|.csv> -o <ut.xlsx> [--year ÅÅÅÅ]` (spec §12):
 * moves last year's portfolio onto the new budget and prints what moved, what was archived and
 * what needs a decision.
 */
import { messageText } from "../../app/messages";
import { isGevinstSheet } from "../../core/workbook/workbook-port";
import { parseCommandArgs, requirePositionals, stringOption, yearOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { isCsvFile, loadCsvWorkbook } from "../csv-input";
import { formatIssues } from "../issue-lines";
import { buildReport, ensureSheets, readRollSource, rollInto, uniqueIssues } from "../use-cases";
import {
  loadWorkbook,
  longTextIssues,
  readingStep,
  saveWorkbook,
  type LoadedWorkbook,
} from "../workbook-files";
import { structureLocked } from "./init-command";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

export async function runRoll(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("roll", args, WORKBOOK_OUTPUT_OPTIONS);
  const [oldFile = "", budgetFile = ""] = requirePositionals("roll", parsed, [
    "fjorårets Gevinst-arbeidsbok (.xlsx)",
    "det nye budsjettet (.xlsx eller .csv)",
  ]);
  const output = requireWorkbookOutput("roll", parsed, io.cwd, [oldFile, budgetFile]);
  const old = await loadWorkbook(io, oldFile);
  let source: Awaited<ReturnType<typeof readRollSource>>;
  try {
    source = await readingStep(old.book, () => readRollSource(old.book, oldFile));
  } finally {
    await old.close();
  }
  if (source.portfolio.measures.length === 0 && source.portfolio.budgetYear === 0)
    throw new CliError(
      `«${oldFile}» har ingen Gevinst-ark å flytte. Oppgi arbeidsboka fra fjoråret, den med Gevinst-arkene.`,
    );
  const budgetYear = yearOption("roll", parsed) ?? source.portfolio.budgetYear + 1;
  // A CSV budget becomes a new workbook with the budget first, as «gevinst init» makes it.
  let sheet = stringOption(parsed, "sheet");
  let loaded: LoadedWorkbook;
  if (isCsvFile(budgetFile)) {
    const csv = await loadCsvWorkbook(io, budgetFile);
    for (const line of csv.description) io.stdout(line);
    loaded = csv.loaded;
    sheet ??= csv.sheet;
  } else loaded = await loadWorkbook(io, budgetFile);
  try {
    const hasSheets = loaded.book.sheetNames().some(isGevinstSheet);
    if (!hasSheets && loaded.book.structureLocked) throw new CliError(structureLocked(budgetFile));
    const setup = await readingStep(loaded.book, () =>
      ensureSheets(loaded.book, { sheet, budgetYear }),
    );
    for (const line of setup.description) io.stdout(line);
    const outcome = await rollInto(loaded.book, source, budgetYear, setup.budget);
    if (outcome.status === "refused") throw new CliError(messageText(outcome, "nb"));
    const inSheets = (await buildReport(loaded.book)).issues;
    const issues = uniqueIssues([
      ...outcome.issues,
      ...setup.issues,
      ...longTextIssues(loaded.book),
      ...inSheets,
    ]);

    await saveWorkbook(io, loaded, output);
    io.stdout(`Skrev «${output}».`);
    for (const line of outcome.lines) io.stdout(line);
    for (const line of formatIssues(issues)) io.stdout(line);
    return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}
