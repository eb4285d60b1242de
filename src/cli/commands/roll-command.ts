/**
 * `gevinst roll <gevinst.xlsx> <nytt-budsjett.xlsx|.csv> -o <ut.xlsx> [--year ÅÅÅÅ]` (spec §12): moves
 * last year's portfolio onto the new budget and prints what moved, what was archived and what
 * needs a decision.
 */
import {
  allowsLoss,
  parseCommandArgs,
  requirePositionals,
  stringOption,
  yearOption,
} from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import { isCsvFile, loadCsvWorkbook } from "../csv-input";
import type { CliIo } from "../cli-io";
import { formatIssues } from "../issue-lines";
import { checkNothingIsLost } from "../safety";
import { buildReport, ensureSheets, readRollSource, rollInto, uniqueIssues } from "../use-cases";
import { loadWorkbook, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

export async function runRoll(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("roll", args, WORKBOOK_OUTPUT_OPTIONS);
  const [oldFile = "", budgetFile = ""] = requirePositionals("roll", parsed, [
    "fjorårets Gevinst-arbeidsbok (.xlsx)",
    "det nye budsjettet (.xlsx eller .csv)",
  ]);
  const output = requireWorkbookOutput("roll", parsed, io.cwd, [oldFile, budgetFile]);
  const old = await loadWorkbook(io, oldFile);
  const source = await readRollSource(old.book, oldFile);
  if (source.portfolio.measures.length === 0 && source.portfolio.budgetYear === 0)
    throw new CliError(
      `«${oldFile}» har ingen Gevinst-ark å flytte. Oppgi arbeidsboka fra fjoråret, den med Gevinst-arkene.`,
    );
  const budgetYear = yearOption("roll", parsed) ?? source.portfolio.budgetYear + 1;
  // A CSV budget becomes a new workbook with the budget first, as «gevinst init» makes it.
  let loaded: { book: Awaited<ReturnType<typeof loadWorkbook>>["book"]; bytes: number };
  let sheet = stringOption(parsed, "sheet");
  if (isCsvFile(budgetFile)) {
    const csv = await loadCsvWorkbook(io, budgetFile);
    for (const line of csv.description) io.stdout(line);
    loaded = { book: csv.book, bytes: 0 };
    sheet ??= csv.sheet;
  } else {
    const xlsx = await loadWorkbook(io, budgetFile);
    await checkNothingIsLost(xlsx.bytes, budgetFile, allowsLoss(parsed), io);
    loaded = { book: xlsx.book, bytes: xlsx.bytes.length };
  }

  const setup = await ensureSheets(loaded.book, { sheet, budgetYear });
  for (const line of setup.description) io.stdout(line);
  const outcome = await rollInto(loaded.book, source, budgetYear, setup.budget);
  if (outcome.status === "refused") throw new CliError(outcome.message);
  const inSheets = (await buildReport(loaded.book)).issues;
  const issues = uniqueIssues([...outcome.issues, ...setup.issues, ...inSheets]);

  await saveWorkbook(io, loaded.book, output, loaded.bytes >= io.progressBytes);
  io.stdout(`Skrev «${output}».`);
  for (const line of outcome.lines) io.stdout(line);
  for (const line of formatIssues(issues)) io.stdout(line);
  return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
}
