/**
 * `gevinst init <budget.xlsx|budget.csv> -o <out.xlsx> [--sheet NAME] [--year YYYY]
 * [--header-row N --columns ansvar=D,art=B,funksjon=F,2013=J] [--enhet 3100,funksjon 254]`.
 */
import { userInfo } from "node:os";
import { refreshGevinstSheets } from "../../app/refresh-sheets";
import type { BudgetLine } from "../../core/budget/budget.types";
import { formatA3Units, parseA3Units, type A3Unit } from "../../core/sheets/a3/render-a3-unit";
import { settingsRows } from "../../core/sheets/settings/render-settings";
import { SHEET_SETTINGS, a3UnitSheetName } from "../../core/sheets/shared/sheet-names";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import type { ParsedArgs } from "../args";
import { parseCommandArgs, requirePositionals, stringOption, yearOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { isCsvFile, loadCsvWorkbook } from "../csv-input";
import { formatIssues } from "../issue-lines";
import { ensureSheets, findBudget, mapBudgetByHand, setUpSheets } from "../use-cases";
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
    const found = await readingStep(book, () =>
      byHand
        ? mapBudgetByHand(book, {
            ...(sheet === undefined ? {} : { sheet }),
            ...byHand,
            ...(budgetYear === undefined ? {} : { budgetYear }),
          })
        : findBudget(book, { sheet, budgetYear }),
    );
    for (const line of found.description) io.stdout(line);
    const issues = [...found.issues, ...(await setUpSheets(book, found.mapping))];
    if (units.length > 0) for (const line of await addUnitA3s(book, units)) io.stdout(line);
    issues.push(...longTextIssues(book));

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

/**
 * Types the units into «A3 per enhet» on the settings sheet — where a person would type them —
 * and redraws the sheets with the budget, so each unit's A3 is made. A unit the budget has no
 * line for is bad input: the A3 would be empty.
 * @throws CliError naming the unit the budget does not have.
 */
async function addUnitA3s(book: WorkbookPort, units: readonly A3Unit[]): Promise<string[]> {
  const setup = await ensureSheets(book, {});
  const lines = (setup.budget as { lines?: readonly BudgetLine[] } | undefined)?.lines ?? [];
  for (const unit of units)
    if (!lines.some((line) => line.key[unit.dimension].trim() === unit.code))
      throw new CliError(
        `Budsjettet har ingen linje med ${unit.dimension} ${unit.code}. Sjekk koden i --enhet.`,
      );
  await book.apply([
    { kind: "unprotectSheet", sheet: SHEET_SETTINGS },
    {
      kind: "writeCells",
      sheet: SHEET_SETTINGS,
      at: { row: settingsRows().a3Units as number, col: 1 },
      cells: [[{ kind: "value", value: formatA3Units(units) }]],
    },
    { kind: "protectSheet", sheet: SHEET_SETTINGS },
  ]);
  await refreshGevinstSheets(book, {
    ...cliContext(),
    ...(setup.budget ? { budget: setup.budget } : {}),
  });
  const taken: string[] = [];
  return units.map((unit) => {
    const sheet = a3UnitSheetName(unit, taken);
    taken.push(sheet);
    return `La til A3 for ${unit.dimension} ${unit.code} på arket «${sheet}».`;
  });
}

/** Who and when, for the log line of the redraw (as the other use-cases write it). */
function cliContext() {
  let user = "gevinst";
  try {
    user = userInfo().username || user;
  } catch {
    // No user name in some containers: the log says «gevinst» instead.
  }
  return { now: new Date(), user: `${user} (gevinst-kommandolinjen)` };
}
