/** `gevinst init <budget.xlsx> -o <out.xlsx> [--sheet NAME] [--year YYYY]`. */
import {
  allowsLoss,
  parseCommandArgs,
  requirePositionals,
  stringOption,
  yearOption,
} from "../args";
import { EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { formatIssues } from "../issue-lines";
import { checkNothingIsLost } from "../safety";
import { findBudget, setUpSheets } from "../use-cases";
import { loadWorkbook, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("init", args, WORKBOOK_OUTPUT_OPTIONS);
  const [input = ""] = requirePositionals("init", parsed, ["budsjettfilen (.xlsx)"]);
  const output = requireWorkbookOutput("init", parsed, io.cwd, [input]);
  const budgetYear = yearOption("init", parsed);
  const loaded = await loadWorkbook(io, input);
  await checkNothingIsLost(loaded.bytes, input, allowsLoss(parsed), io);

  const found = await findBudget(loaded.book, { sheet: stringOption(parsed, "sheet"), budgetYear });
  for (const line of found.description) io.stdout(line);
  const issues = [...found.issues, ...(await setUpSheets(loaded.book, found.mapping))];

  await saveWorkbook(io, loaded.book, output, loaded.bytes.length >= io.progressBytes);
  io.stdout(`Skrev «${output}» med Gevinst-arkene.`);
  for (const line of formatIssues(issues)) io.stdout(line);
  return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
}
