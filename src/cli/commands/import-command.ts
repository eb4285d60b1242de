/** `gevinst import <workbook.xlsx> <portfolio.json> -o <out.xlsx>`. */
import {
  allowsLoss,
  parseCommandArgs,
  requirePositionals,
  stringOption,
  yearOption,
} from "../args";
import { EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { readInputFile } from "../files";
import { formatIssues } from "../issue-lines";
import { checkNothingIsLost } from "../safety";
import { buildReport, ensureSheets, importInto, parsePortfolio, uniqueIssues } from "../use-cases";
import { loadWorkbook, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("import", args, WORKBOOK_OUTPUT_OPTIONS);
  const [input = "", portfolioFile = ""] = requirePositionals("import", parsed, [
    "arbeidsboka (.xlsx)",
    "porteføljefilen (.json)",
  ]);
  const output = requireWorkbookOutput("import", parsed, io.cwd, [input, portfolioFile]);
  const budgetYear = yearOption("import", parsed);
  const jsonText = (await readInputFile(io.cwd, portfolioFile)).toString("utf8");
  const fromFile = parsePortfolio(jsonText, portfolioFile);
  const loaded = await loadWorkbook(io, input);
  await checkNothingIsLost(loaded.bytes, input, allowsLoss(parsed), io);

  const setup = await ensureSheets(loaded.book, {
    sheet: stringOption(parsed, "sheet"),
    budgetYear,
  });
  for (const line of setup.description) io.stdout(line);
  const written = await importInto(loaded.book, fromFile.portfolio, setup.budget);
  // The file reader validates without a budget; the report validates what now stands in the
  // sheets against the budget (LINK_NOT_FOUND, LINK_AMBIGUOUS, LINE_OVERDRAWN …).
  const inSheets = (await buildReport(loaded.book)).issues;
  const issues = uniqueIssues([...fromFile.issues, ...setup.issues, ...written, ...inSheets]);

  await saveWorkbook(io, loaded.book, output, loaded.bytes.length >= io.progressBytes);
  io.stdout(`Skrev ${fromFile.portfolio.measures.length} tiltak til «${output}».`);
  for (const line of formatIssues(issues)) io.stdout(line);
  return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
}
