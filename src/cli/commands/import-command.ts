/** `gevinst import <workbook.xlsx> <portfolio.json> -o <out.xlsx>`. */
import { parseCommandArgs, requirePositionals, stringOption, yearOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { isGevinstSheet } from "../../core/workbook/workbook-port";
import { readInputFile } from "../files";
import { formatIssues } from "../issue-lines";
import { buildReport, ensureSheets, importInto, parsePortfolio, uniqueIssues } from "../use-cases";
import { loadWorkbook, longTextIssues, readingStep, saveWorkbook } from "../workbook-files";
import { structureLocked } from "./init-command";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("import", args, WORKBOOK_OUTPUT_OPTIONS);
  const [input = "", portfolioFile = ""] = requirePositionals("import", parsed, [
    "arbeidsboka (.xlsx)",
    "porteføljefilen (.json)",
  ]);
  const output = requireWorkbookOutput("import", parsed, io.cwd, [input, portfolioFile]);
  const budgetYear = yearOption("import", parsed);
  // A byte order mark (Notepad writes one) is not part of the JSON.
  const jsonText = (await readInputFile(io.cwd, portfolioFile))
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const fromFile = readPortfolioFile(jsonText, portfolioFile);
  const loaded = await loadWorkbook(io, input);
  try {
    const hasSheets = loaded.book.sheetNames().some(isGevinstSheet);
    if (!hasSheets && loaded.book.structureLocked) throw new CliError(structureLocked(input));
    const setup = await readingStep(loaded.book, () =>
      ensureSheets(loaded.book, { sheet: stringOption(parsed, "sheet"), budgetYear }),
    );
    for (const line of setup.description) io.stdout(line);
    const written = await importInto(loaded.book, fromFile.portfolio, setup.budget);
    // The file reader validates without a budget; the report validates what now stands in the
    // sheets against the budget (LINK_NOT_FOUND, LINK_AMBIGUOUS, LINE_OVERDRAWN …).
    const inSheets = (await buildReport(loaded.book)).issues;
    const issues = uniqueIssues([
      ...fromFile.issues,
      ...setup.issues,
      ...written,
      ...longTextIssues(loaded.book),
      ...inSheets,
    ]);

    await saveWorkbook(io, loaded, output);
    io.stdout(`Skrev ${fromFile.portfolio.measures.length} tiltak til «${output}».`);
    for (const line of formatIssues(issues)) io.stdout(line);
    return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}

/** The portfolio file; JSON nested too deep to read is refused, not a crash. */
function readPortfolioFile(text: string, file: string) {
  try {
    return parsePortfolio(text, file);
  } catch (error) {
    if (error instanceof RangeError)
      throw new CliError(
        `«${file}» er nestet for dypt til å være en Gevinst-portefølje. Sjekk at det er riktig fil.`,
        { cause: error },
      );
    throw error;
  }
}
