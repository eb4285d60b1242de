/**
 * The bridge from the CLI to the use-cases the add-in uses (src/app) and the core readers. The
 * CLI never computes or lays out anything itself: everything goes through these calls on the
 * xlsx WorkbookPort.
 */
import { userInfo } from "node:os";
import { budgetSheetNames, confirmBudgetMapping, connectBudget } from "../app/connect-budget";
import { badAmountIssues } from "../core/budget/bad-amounts";
import { createBudgetIndex, indexOptionsOf } from "../core/budget/budget-index";
import { readBudgetLines } from "../core/budget/budget-lines";
import { explainSource, formatCount } from "../core/budget/explain-detection";
import { ansvarStandIn } from "../core/budget/header-words";
import { manualMapping, parseColumnsOption } from "../core/budget/manual-mapping";
import { buildWorkbookReport } from "../app/build-report";
import { importPortfolio } from "../app/import-portfolio";
import { openBudget } from "../app/open-budget";
import { readPortfolio } from "../app/read-portfolio";
import { setUpGevinstSheets } from "../app/set-up-sheets";
import {
  readRollSource as readRollSourceFrom,
  rollBudgetYear,
  type RollOutcome,
  type RollSource,
} from "../app/roll-budget-year";
import type {
  BudgetCandidate,
  BudgetMapping,
  BudgetSource,
  HeaderColumn,
} from "../core/budget/budget.types";
import { columnLetters } from "../core/workbook/address";
import type { BudgetLookup } from "../core/calculation";
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import type { Report } from "../core/report/report.types";
import { readPortfolioJson } from "../core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../core/portfolio-json/write-portfolio-json";
import type { SheetGrid, WorkbookPort } from "../core/workbook/workbook-port";
import { CliError } from "./cli-error";

export type FoundBudget = { mapping: BudgetMapping; description: string[]; issues: Issue[] };
/** `budget` is the connected budget, so the sheets can store each linked line's budget row. */
export type SheetSetup = { description: string[]; issues: Issue[]; budget?: BudgetLookup };
export type ReadBack = { json: string; issues: Issue[]; measureCount: number };
export type WorkbookReport = Report;

/** Who and when, for the log the use-cases keep in the workbook. */
function actionContext() {
  let user = "gevinst";
  try {
    user = userInfo().username || user;
  } catch {
    // No user name in some containers: the log says «gevinst» instead.
  }
  return { now: new Date(), user: `${user} (gevinst-kommandolinjen)` };
}

/** The portfolio file read with the core reader. @throws CliError when it is not a portfolio at all. */
export function parsePortfolio(
  text: string,
  file: string,
): { portfolio: Portfolio; issues: Issue[] } {
  const { portfolio, issues } = readPortfolioJson(text);
  if (!portfolio) {
    const reason = issues[0]?.message ?? "Filen er ikke en Gevinst-portefølje.";
    throw new CliError(`«${file}»: ${reason}`);
  }
  return { portfolio, issues };
}

/**
 * Finds the budget (connectBudget), stores the mapping (confirmBudgetMapping) and describes it.
 * @throws CliError when no budget is found or the workbook cannot be read.
 */
export async function findBudget(
  port: WorkbookPort,
  options: { sheet?: string; budgetYear?: number },
): Promise<FoundBudget> {
  const result = await connectBudget(port, withoutUndefined(options));
  if (result.status === "error") throw new CliError(result.message);
  if (result.status === "not-found")
    throw new CliError(
      `${result.message} Oppgi arket med --sheet NAVN og budsjettåret med --year ÅÅÅÅ, eller koble kolonnene for hånd: ${handMappingHint(result.candidates[0])}.`,
    );
  await confirmBudgetMapping(port, result.mapping);
  const description = ["Budsjettet:", ...result.explanation.map((line) => `  ${line}`)];
  return { mapping: result.mapping, description, issues: badAmountIssues(result.badCells) };
}

/**
 * A budget mapped by hand (--header-row, --columns): checked on the sheet, stored like a found
 * one. @throws CliError naming what is wrong with the choice.
 */
export async function mapBudgetByHand(
  port: WorkbookPort,
  choice: { sheet?: string; headerRow: number; columns: string; budgetYear?: number },
): Promise<FoundBudget> {
  const outline = await port.describe();
  const sheet =
    choice.sheet === undefined
      ? budgetSheetNames(outline)[0]
      : outline.sheets.find((s) => s.name.toLowerCase() === choice.sheet?.toLowerCase())?.name;
  if (sheet === undefined)
    throw new CliError(
      choice.sheet === undefined
        ? "Arbeidsboka har ingen ark å lese budsjettet fra."
        : `Arket «${choice.sheet}» finnes ikke i arbeidsboka.`,
    );
  const columns = parseColumnsOption(choice.columns);
  if ("problem" in columns) throw new CliError(`--columns: ${columns.problem}`);
  const [grid] = await port.readSheets([sheet], { formulas: true });
  if (!grid) throw new CliError(`Arket «${sheet}» kunne ikke leses.`);
  const result = manualMapping(grid, {
    sheet,
    headerRow: choice.headerRow - 1,
    ...columns,
    ...(choice.budgetYear === undefined ? {} : { budgetYear: choice.budgetYear }),
  });
  if ("problem" in result) throw new CliError(result.problem);
  await confirmBudgetMapping(port, result.mapping);
  const source = result.mapping.sources[0] as BudgetSource;
  const read = readBudgetLines(result.mapping, [grid]);
  const index = createBudgetIndex(read.lines, indexOptionsOf(result.mapping));
  const explanation = [
    `Budsjettet er koblet for hånd på arket «${sheet}», overskrift i rad ${choice.headerRow}.`,
    ...explainSource(
      {
        sheet,
        headerRow: source.headerRow,
        columns: headerColumnsOf(grid, source),
        score: 0,
        viable: true,
        missing: [],
        lineCount: index.lines.length,
        label: "",
      },
      source,
    ).slice(1),
    `${formatCount(index.lines.length)} budsjettlinjer (${formatCount(read.lines.length)} rader).`,
  ];
  return {
    mapping: result.mapping,
    description: ["Budsjettet:", ...explanation.map((line) => `  ${line}`)],
    issues: badAmountIssues(read.badCells),
  };
}

function headerColumnsOf(grid: SheetGrid, source: BudgetSource): HeaderColumn[] {
  const row = grid.values[source.headerRow - grid.origin.row] ?? [];
  return row.map((cell, i) => ({
    col: grid.origin.col + i,
    header: cell === null ? "" : String(cell).trim(),
  }));
}

/**
 * «--header-row 1 --columns funksjon=K,prosjekt=O,2012=U» from what the nearest candidate's
 * header names, so the user can start from it — only when it is a whole mapping (a key column and
 * a budget year column) that the command line would take as it stands; else the pattern.
 */
function handMappingHint(candidate: BudgetCandidate | undefined): string {
  const keys: string[] = [];
  const years: string[] = [];
  const columns = candidate?.columns ?? [];
  // «Avdeling» stands for ansvar where the header has no ansvar column (spec §13), as in detection.
  const hasAnsvar = columns.some((c) => c.role?.kind === "key" && c.role.dimension === "ansvar");
  for (const column of columns) {
    const role = column.role;
    if (role?.kind === "key" && !keys.some((p) => p.startsWith(`${role.dimension}=`)))
      keys.push(`${role.dimension}=${columnLetters(column.col)}`);
    else if (
      !role &&
      !hasAnsvar &&
      ansvarStandIn(column.header) === "key" &&
      !keys.some((p) => p.startsWith("ansvar="))
    )
      keys.push(`ansvar=${columnLetters(column.col)}`);
    else if (role?.kind === "year" && role.yearKind !== "regnskap")
      years.push(`${role.year}=${columnLetters(column.col)}`);
  }
  return candidate && keys.length > 0 && years.length > 0
    ? `for eksempel --header-row ${candidate.headerRow + 1} --columns ${[...keys, ...years].join(",")}`
    : "på formen --header-row N --columns ansvar=D,art=B,funksjon=F,2013=J";
}

function withoutUndefined(options: { sheet?: string; budgetYear?: number }) {
  return {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.budgetYear === undefined ? {} : { budgetYear: options.budgetYear }),
  };
}

/** Adds the Gevinst sheets for a confirmed mapping; returns their issues. */
export async function setUpSheets(port: WorkbookPort, mapping: BudgetMapping): Promise<Issue[]> {
  const result = await setUpGevinstSheets(port, { mapping, ...actionContext() });
  return result.issues;
}

const CONFIG_LOST =
  "Koblingen til budsjettet i Gevinst_Config manglet eller var skadet; Gevinst kobler til budsjettet på nytt.";

/**
 * Makes sure the budget is connected and the Gevinst sheets exist: a workbook made by init (or
 * by the add-in) is used as it is — its config upgraded, or rebuilt when damaged, as the add-in
 * does on opening (the description then says what was done); any other workbook is
 * initialised first.
 * @throws CliError when the workbook cannot be read or no budget is found.
 */
export async function ensureSheets(
  port: WorkbookPort,
  options: { sheet?: string; budgetYear?: number },
): Promise<SheetSetup> {
  const opened = await openBudget(port);
  if (opened.status === "error") throw new CliError(opened.message);
  if (opened.status === "loaded")
    return { description: opened.notices, issues: opened.issues, budget: opened.index };
  const found = await findBudget(port, options);
  const issues = [...found.issues, ...(await setUpSheets(port, found.mapping))];
  const connected = await openBudget(port);
  // openBudget's own notice here points at the pane's button; the command line says it its way.
  const repaired = opened.notices.length > 0 ? [CONFIG_LOST] : [];
  return {
    description: [...repaired, ...found.description],
    issues,
    ...(connected.status === "loaded" ? { budget: connected.index } : {}),
  };
}

/** Writes the portfolio into the Gevinst sheets; returns the issues of the write. */
export async function importInto(
  port: WorkbookPort,
  portfolio: Portfolio,
  budget?: BudgetLookup,
): Promise<Issue[]> {
  const result = await importPortfolio(port, portfolio, {
    ...actionContext(),
    ...(budget ? { budget } : {}),
  });
  return result.issues;
}

/** Last year's portfolio, history and log, from its workbook (`gevinst roll`). */
export function readRollSource(port: WorkbookPort, name: string): Promise<RollSource> {
  return readRollSourceFrom(port, name);
}

/** Moves `source` into the new budget workbook (spec §12). */
export function rollInto(
  port: WorkbookPort,
  source: RollSource,
  budgetYear: number,
  budget?: BudgetLookup,
): Promise<RollOutcome> {
  return rollBudgetYear(port, source, {
    ...actionContext(),
    budgetYear,
    ...(budget ? { budget } : {}),
  });
}

/** The Gevinst sheets back to portfolio JSON (the core writer). */
export async function readBack(port: WorkbookPort): Promise<ReadBack> {
  const { portfolio, issues } = await readPortfolio(port);
  return { json: writePortfolioJson(portfolio), issues, measureCount: portfolio.measures.length };
}

/** The report (spec §8) computed from the Gevinst sheets. */
export function buildReport(port: WorkbookPort): Promise<WorkbookReport> {
  return buildWorkbookReport(port);
}

/**
 * The same problem reported twice (by the file reader, by the import, by the report on the
 * sheets) is printed once: the first report wins, which for a file is the one with its line.
 */
export function uniqueIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const where = issue.field ?? issue.cell ?? "";
    const key = [
      issue.code,
      issue.deepDive,
      issue.measure,
      issue.benefit,
      issue.indicator,
      where,
    ].join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
