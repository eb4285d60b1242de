/**
 * The bridge from the CLI to the use-cases the add-in uses (src/app) and the core readers. The
 * CLI never computes or lays out anything itself: everything goes through these calls on the
 * xlsx WorkbookPort.
 */
import { userInfo } from "node:os";
import { confirmBudgetMapping, connectBudget } from "../app/connect-budget";
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
import type { BudgetMapping } from "../core/budget/budget.types";
import type { BudgetLookup } from "../core/calculation";
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import type { Report } from "../core/report/report.types";
import { readPortfolioJson } from "../core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../core/portfolio-json/write-portfolio-json";
import type { WorkbookPort } from "../core/workbook/workbook-port";
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
      `Fant ikke noe budsjett: ${result.message} Oppgi arket med --sheet NAVN og budsjettåret med --year ÅÅÅÅ.`,
    );
  await confirmBudgetMapping(port, result.mapping);
  const description = ["Budsjettet:", ...result.explanation.map((line) => `  ${line}`)];
  return { mapping: result.mapping, description, issues: [] };
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
