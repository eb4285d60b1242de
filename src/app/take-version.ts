/**
 * «Frys versjon» / `gevinst snapshot` (spec §15): freezes the portfolio's figures, calculated with
 * the budget, as a version in «Gevinst Versjoner» (and «Gevinst Endringer» redrawn), with a line in
 * «Gevinst Logg». The comparison of two versions is here too, for the pane and the report.
 */
import { calculatePortfolio } from "../core/calculation/calculate-portfolio";
import type { Issue } from "../core/model/issue.types";
import type { PortfolioVersion, VersionKind } from "../core/model/portfolio.types";
import { parseA3Units } from "../core/sheets/a3/render-a3-unit";
import { planGevinstWorkbook } from "../core/sheets/plan-workbook";
import { dateToSerial } from "../core/sheets/shared/cell-values";
import { SHEET_SETTINGS } from "../core/sheets/shared/sheet-names";
import { a3UnitsCell } from "../core/sheets/settings/parse-settings";
import { defaultVersionName, versionLogLine } from "../core/sheets/versions/versions-sheet";
import {
  freezeVersion,
  nextVersionId,
  versionComparison,
  type VersionComparison,
} from "../core/versions";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { EditError } from "./edit-portfolio";
import { readGevinstWorkbook } from "./gevinst-sheets-io";
import { readWorkbookWithBudget } from "./read-with-budget";
import { resultOf, type ActionContext, type SheetsResult } from "./set-up-sheets";

export type TakeVersionInput = ActionContext & {
  kind: VersionKind;
  /** Default «Forslag 2027» / «Vedtatt 2027» / «Versjon V3 2027». */
  name?: string;
  /** Who freezes it; default the user. */
  by?: string;
};

export type TakenVersion = {
  version: PortfolioVersion;
  /** The workbook's comparison after the version was added (default forslag → vedtatt). */
  comparison: VersionComparison;
  sheets: SheetsResult;
  issues: Issue[];
};

/** The ISO date of `now` in the local calendar (the date people see on the clock). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Freezes a version and writes it.
 * @throws EditError without Gevinst sheets; WorkbookError from the host.
 */
export async function takeVersion(
  port: WorkbookPort,
  input: TakeVersionInput,
): Promise<TakenVersion> {
  const { workbook, portfolio, budget, issues } = await readWorkbookWithBudget(port);
  if (workbook.state.grids.length === 0) throw new EditError("EDIT_NO_SHEETS");
  const result = calculatePortfolio(portfolio, budget ? { budget } : {});
  const id = nextVersionId(portfolio.versions);
  const name = input.name?.trim() || defaultVersionName(input.kind, portfolio.budgetYear, id);
  const version = freezeVersion(portfolio, result, {
    kind: input.kind,
    name,
    date: localDate(input.now),
    by: input.by?.trim() || input.user,
  });
  const withVersion = { ...portfolio, versions: [...(portfolio.versions ?? []), version] };
  const plan = planGevinstWorkbook({
    portfolio: withVersion,
    overview: workbook.read.overview,
    mapping: workbook.storedMapping,
    state: workbook.state,
    scope: new Set(),
    log: [{ at: dateToSerial(input.now), user: input.user, ...versionLogLine(version) }],
    ...(budget ? { budget } : {}),
  });
  await port.apply(plan.changes);
  const settings = workbook.state.grids.find((g) => g.name === SHEET_SETTINGS);
  const comparison = versionComparison(withVersion, parseA3Units(a3UnitsCell(settings)));
  return { version, comparison, sheets: resultOf(plan), issues };
}

/**
 * The comparison of two versions of the workbook (default forslag → vedtatt); VERSION_UNKNOWN in
 * `issues` when a version asked for is not there.
 */
export async function compareWorkbookVersions(
  port: WorkbookPort,
  asked?: { from?: string; to?: string },
): Promise<VersionComparison> {
  const workbook = await readGevinstWorkbook(port);
  const settings = workbook.state.grids.find((g) => g.name === SHEET_SETTINGS);
  return versionComparison(workbook.read.portfolio, parseA3Units(a3UnitsCell(settings)), asked);
}
