/**
 * The bridge from the CLI to the use-cases the add-in uses (src/app) and the core readers. The
 * CLI never computes or lays out anything itself: everything goes through these calls on the
 * xlsx WorkbookPort.
 */
import { userInfo } from "node:os";
import { badAmountIssues } from "../core/budget/bad-amounts";
import type { BudgetIndex } from "../core/budget/budget-index";
import { formatCount } from "../app/messages/shared";
import { ansvarStandIn } from "../core/budget/header-words";
import { buildWorkbookReport } from "../app/build-report";
import { importPortfolio } from "../app/import-portfolio";
import { initGevinst, type HandColumns, type HowFound } from "../app/init-gevinst";
import { messageText } from "../app/messages";
import { openBudget } from "../app/open-budget";
import { readPortfolio } from "../app/read-portfolio";
import {
  readRollSource as readRollSourceFrom,
  rollBudgetYear,
  type RollOutcome,
  type RollSource,
} from "../app/roll-budget-year";
import type { BudgetCandidate } from "../core/budget/budget.types";
import { columnLetters } from "../core/workbook/address";
import type { BudgetLookup } from "../core/calculation";
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import type { Report } from "../core/report/report.types";
import type { A3Unit } from "../core/sheets/a3/render-a3-unit";
import { readPortfolioJson } from "../core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../core/portfolio-json/write-portfolio-json";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { CliError } from "./cli-error";
import type { ShownIssue } from "./issue-lines";

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
    const first = issues[0];
    const reason = first?.key
      ? messageText({ key: first.key, params: first.params ?? {} }, "nb")
      : "Filen er ikke en Gevinst-portefølje.";
    throw new CliError(`«${file}»: ${reason}`);
  }
  return { portfolio, issues };
}

/** How `gevinst init` finds the budget: detected (optionally on one sheet), or by hand. */
export type BudgetChoice = {
  sheet?: string;
  budgetYear?: number;
  /** --header-row (1-based, as the user counts) and the parsed --columns. */
  byHand?: { headerRow: number } & Pick<HandColumns, "keys" | "years">;
  /** Hand the budget back (import and roll store each linked line's budget row with it). */
  withBudget?: boolean;
};

export type Initialised = {
  description: string[];
  issues: Issue[];
  /** With `withBudget` or units. */
  budget?: BudgetIndex;
  /** «La til A3 for ansvar 3100 på arket …», one per unit. */
  a3Lines: string[];
};

/**
 * The add-in's set-up in one read and one write (initGevinst): finds or maps the budget, stores
 * the mapping, adds the sheets and the A3s of `a3Units`, and says so in the command line's words.
 * @throws CliError when the workbook cannot be read, no budget is found, the hand mapping will
 * not do, or a unit has no line in the budget.
 */
export async function initialise(
  port: WorkbookPort,
  choice: BudgetChoice,
  a3Units: readonly A3Unit[] = [],
): Promise<Initialised> {
  const { byHand, withBudget, ...where } = choice;
  const result = await initGevinst(port, {
    ...actionContext(),
    ...withoutUndefined(where),
    ...(withBudget ? { withBudget } : {}),
    ...(byHand ? { byHand: { ...byHand, headerRow: byHand.headerRow - 1 } } : {}),
    a3Units,
  });
  switch (result.status) {
    case "error":
    case "bad-mapping":
      throw new CliError(messageText(result.ref, "nb"));
    case "not-found":
      throw new CliError(
        `${messageText(result.ref, "nb")} Oppgi arket med --sheet NAVN og budsjettåret med --year ÅÅÅÅ, eller koble kolonnene for hånd: ${handMappingHint(result.candidates[0])}.`,
      );
    case "unit-not-in-budget":
      throw new CliError(
        `Budsjettet har ingen linje med ${result.unit.dimension} ${result.unit.code}. Sjekk koden i --enhet.`,
      );
  }
  const explanation = howFoundLines(result.found);
  return {
    description: ["Budsjettet:", ...explanation.map((line) => `  ${line}`)],
    issues: [...badAmountIssues(result.badCells), ...result.sheets.issues],
    ...(result.budget ? { budget: result.budget } : {}),
    a3Lines: result.a3Sheets.map(
      ({ unit, sheet }) => `La til A3 for ${unit.dimension} ${unit.code} på arket «${sheet}».`,
    ),
  };
}

function howFoundLines(found: HowFound): string[] {
  const lines = found.lines.map((ref) => messageText(ref, "nb"));
  if (found.how === "detected") return lines;
  return [
    `Budsjettet er koblet for hånd på arket «${found.sheet}», overskrift i rad ${found.headerRow + 1}.`,
    ...lines,
    `${formatCount(found.lineCount)} budsjettlinjer (${formatCount(found.rows)} rader).`,
  ];
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
  if (opened.status === "error") throw new CliError(messageText(opened, "nb"));
  const notices = opened.notices.map((ref) => messageText(ref, "nb"));
  if (opened.status === "loaded")
    return { description: notices, issues: opened.issues, budget: opened.index };
  const made = await initialise(port, { ...options, withBudget: true });
  // openBudget's own notice here points at the pane's button; the command line says it its way.
  const repaired = notices.length > 0 ? [CONFIG_LOST] : [];
  return {
    description: [...repaired, ...made.description],
    issues: made.issues,
    ...(made.budget ? { budget: made.budget } : {}),
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
export function uniqueIssues<T extends ShownIssue>(issues: readonly T[]): T[] {
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
