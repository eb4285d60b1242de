/**
 * `gevinst roll <gevinst.xlsx> <nytt-budsjett.xlsx> -o <ut.xlsx> [--year ÅÅÅÅ]` (spec §12): moves
 * last year's portfolio onto the new budget and prints what moved, what was archived and what
 * needs a decision.
 */
import path from "node:path";
import {
  allowsLoss,
  parseCommandArgs,
  requirePositionals,
  stringOption,
  yearOption,
} from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
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
    "det nye budsjettet (.xlsx)",
  ]);
  const output = requireWorkbookOutput("roll", parsed, io.cwd, [oldFile, budgetFile]);
  if (path.extname(budgetFile).toLowerCase() === ".csv")
    throw new CliError(
      `«${budgetFile}» er en CSV-fil. Lag en arbeidsbok av den først med «gevinst init ${budgetFile} -o budsjett.xlsx», og flytt til den.`,
    );
  const old = await loadWorkbook(io, oldFile);
  const source = await readRollSource(old.book, oldFile);
  if (source.portfolio.measures.length === 0 && source.portfolio.budgetYear === 0)
    throw new CliError(
      `«${oldFile}» har ingen Gevinst-ark å flytte. Oppgi arbeidsboka fra fjoråret, den med Gevinst-arkene.`,
    );
  const budgetYear = yearOption("roll", parsed) ?? source.portfolio.budgetYear + 1;
  const loaded = await loadWorkbook(io, budgetFile);
  await checkNothingIsLost(loaded.bytes, budgetFile, allowsLoss(parsed), io);

  const setup = await ensureSheets(loaded.book, {
    sheet: stringOption(parsed, "sheet"),
    budgetYear,
  });
  for (const line of setup.description) io.stdout(line);
  const outcome = await rollInto(loaded.book, source, budgetYear, setup.budget);
  if (outcome.status === "refused") throw new CliError(outcome.message);
  const inSheets = (await buildReport(loaded.book)).issues;
  const issues = uniqueIssues([...outcome.issues, ...setup.issues, ...inSheets]);

  await saveWorkbook(io, loaded.book, output, loaded.bytes.length >= io.progressBytes);
  io.stdout(`Skrev «${output}».`);
  for (const line of outcome.lines) io.stdout(line);
  for (const line of formatIssues(issues)) io.stdout(line);
  return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
}
