/** `gevinst init <budget.xlsx> -o <out.xlsx> [--sheet NAME] [--year YYYY]`. */
import { parseCommandArgs, requirePositionals, stringOption, yearOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { formatIssues } from "../issue-lines";
import { findBudget, setUpSheets } from "../use-cases";
import { loadWorkbook, longTextIssues, readingStep, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("init", args, WORKBOOK_OUTPUT_OPTIONS);
  const [input = ""] = requirePositionals("init", parsed, ["budsjettfilen (.xlsx)"]);
  const output = requireWorkbookOutput("init", parsed, io.cwd, [input]);
  const budgetYear = yearOption("init", parsed);
  const loaded = await loadWorkbook(io, input);
  try {
    if (loaded.book.structureLocked) throw new CliError(structureLocked(input));
    const found = await readingStep(loaded.book, () =>
      findBudget(loaded.book, { sheet: stringOption(parsed, "sheet"), budgetYear }),
    );
    for (const line of found.description) io.stdout(line);
    const issues = [...found.issues, ...(await setUpSheets(loaded.book, found.mapping))];
    issues.push(...longTextIssues(loaded.book));

    await saveWorkbook(io, loaded, output);
    io.stdout(`Skrev «${output}» med Gevinst-arkene.`);
    for (const line of formatIssues(issues)) io.stdout(line);
    return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}

/** Sheets cannot be added to a workbook whose structure is protected. */
export function structureLocked(file: string): string {
  return `Strukturen i «${file}» er beskyttet (Se gjennom → Beskytt arbeidsbok), så Gevinst kan ikke legge til arkene sine. Opphev beskyttelsen i Excel, lagre, og prøv igjen.`;
}
