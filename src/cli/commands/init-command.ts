/**
 * `gevinst init <budget.xlsx|budget.csv> -o <out.xlsx> [--sheet NAME] [--year YYYY]
 * [--header-row N --columns ansvar=D,art=B,funksjon=F,2013=J] [--enhet 3100,funksjon 254]`.
 */
import { parseColumnsOption } from "../../core/budget/manual-mapping";
import { parseA3Units, type A3Unit } from "../../core/sheets/a3/render-a3-unit";
import type { ParsedArgs } from "../args";
import { parseCommandArgs, requirePositionals, stringOption, yearOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { isCsvFile, loadCsvWorkbook } from "../csv-input";
import { formatIssues } from "../issue-lines";
import { initialise, type BudgetChoice } from "../use-cases";
import { loadWorkbook, longTextIssues, readingStep, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput, WORKBOOK_OUTPUT_OPTIONS } from "./write-options";

const INIT_OPTIONS = {
  ...WORKBOOK_OUTPUT_OPTIONS,
  "header-row": { type: "string" },
  columns: { type: "string" },
  // Spec §11, optional: the units (ansvar, or «funksjon 254») that get an A3 of their own.
  enhet: { type: "string" },
} as const;

export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("init", args, INIT_OPTIONS);
  const [input = ""] = requirePositionals("init", parsed, ["budsjettfilen (.xlsx eller .csv)"]);
  const output = requireWorkbookOutput("init", parsed, io.cwd, [input]);
  const budgetYear = yearOption("init", parsed);
  const byHand = handMapping(parsed);
  const units = unitsOption(parsed);
  let sheet = stringOption(parsed, "sheet");
  let loaded;
  if (isCsvFile(input)) {
    const csv = await loadCsvWorkbook(io, input);
    for (const line of csv.description) io.stdout(line);
    loaded = csv.loaded;
    sheet ??= csv.sheet;
  } else loaded = await loadWorkbook(io, input);
  try {
    if (loaded.book.structureLocked) throw new CliError(structureLocked(input));
    const book = loaded.book;
    const choice = {
      ...(sheet === undefined ? {} : { sheet }),
      ...(budgetYear === undefined ? {} : { budgetYear }),
      ...(byHand ? { byHand } : {}),
    };
    const made = await readingStep(book, () => initialise(book, choice, units));
    for (const line of made.description) io.stdout(line);
    for (const line of made.a3Lines) io.stdout(line);
    const issues = [...made.issues, ...longTextIssues(book)];

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

/** --header-row N and --columns …, both or neither. @throws CliError for a half or bad choice. */
function handMapping(parsed: ParsedArgs): BudgetChoice["byHand"] | null {
  const row = stringOption(parsed, "header-row");
  const columns = stringOption(parsed, "columns");
  if (row === undefined && columns === undefined) return null;
  if (row === undefined || columns === undefined)
    throw new CliError(
      "Koble for hånd med både --header-row N og --columns, f.eks. «--header-row 1 --columns ansvar=C,art=A,funksjon=E,2013=I».",
    );
  if (!/^\d+$/.test(row.trim()) || Number(row) < 1)
    throw new CliError(`--header-row må være et radnummer som 1 eller 4, ikke «${row}».`);
  const named = parseColumnsOption(columns);
  if ("problem" in named) throw new CliError(`--columns: ${named.problem}`);
  return { headerRow: Number(row), ...named };
}

/** --enhet «3100, funksjon 254»: the units, at least one. @throws CliError for an empty list. */
function unitsOption(parsed: ParsedArgs): A3Unit[] {
  const text = stringOption(parsed, "enhet");
  if (text === undefined) return [];
  const units = parseA3Units(text);
  if (units.length === 0)
    throw new CliError(
      `--enhet må nevne minst én enhet, f.eks. «--enhet 3100» eller «--enhet "3100,funksjon 254"», ikke «${text}».`,
    );
  return units;
}
