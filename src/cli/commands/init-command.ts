/**
 * `gevinst init <budget.xlsx|budget.csv> -o <out.xlsx> [--sheet NAME] [--year YYYY]
 * [--header-row N --columns ansvar=D,art=B,funksjon=F,2013=J]`.
 */
import type { ParsedArgs } from "../args";
import {
  allowsLoss,
  parseCommandArgs,
  requirePositionals,
  stringOption,
  yearOption,
} from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { isCsvFile, loadCsvWorkbook } from "../csv-input";
import { formatIssues } from "../issue-lines";
import { checkNothingIsLost } from "../safety";
import { findBudget, mapBudgetByHand, setUpSheets } from "../use-cases";
import { loadWorkbook, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

const INIT_OPTIONS = {
  ...WORKBOOK_OUTPUT_OPTIONS,
  "header-row": { type: "string" },
  columns: { type: "string" },
} as const;

export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("init", args, INIT_OPTIONS);
  const [input = ""] = requirePositionals("init", parsed, ["budsjettfilen (.xlsx eller .csv)"]);
  const output = requireWorkbookOutput("init", parsed, io.cwd, [input]);
  const budgetYear = yearOption("init", parsed);
  const byHand = handMapping(parsed);
  let loaded: { book: Awaited<ReturnType<typeof loadWorkbook>>["book"]; bytes: number };
  let sheet = stringOption(parsed, "sheet");
  if (isCsvFile(input)) {
    const csv = await loadCsvWorkbook(io, input);
    for (const line of csv.description) io.stdout(line);
    loaded = { book: csv.book, bytes: 0 };
    sheet ??= csv.sheet;
  } else {
    const xlsx = await loadWorkbook(io, input);
    await checkNothingIsLost(xlsx.bytes, input, allowsLoss(parsed), io);
    loaded = { book: xlsx.book, bytes: xlsx.bytes.length };
  }

  const found = byHand
    ? await mapBudgetByHand(loaded.book, {
        ...(sheet === undefined ? {} : { sheet }),
        ...byHand,
        ...(budgetYear === undefined ? {} : { budgetYear }),
      })
    : await findBudget(loaded.book, { sheet, budgetYear });
  for (const line of found.description) io.stdout(line);
  const issues = [...found.issues, ...(await setUpSheets(loaded.book, found.mapping))];

  await saveWorkbook(io, loaded.book, output, loaded.bytes >= io.progressBytes);
  io.stdout(`Skrev «${output}» med Gevinst-arkene.`);
  for (const line of formatIssues(issues)) io.stdout(line);
  return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
}

/** --header-row N and --columns …, both or neither. @throws CliError for a half or bad choice. */
function handMapping(parsed: ParsedArgs): { headerRow: number; columns: string } | null {
  const row = stringOption(parsed, "header-row");
  const columns = stringOption(parsed, "columns");
  if (row === undefined && columns === undefined) return null;
  if (row === undefined || columns === undefined)
    throw new CliError(
      "Koble for hånd med både --header-row N og --columns, f.eks. «--header-row 1 --columns ansvar=C,art=A,funksjon=E,2013=I».",
    );
  if (!/^\d+$/.test(row.trim()) || Number(row) < 1)
    throw new CliError(`--header-row må være et radnummer som 1 eller 4, ikke «${row}».`);
  return { headerRow: Number(row), columns };
}
