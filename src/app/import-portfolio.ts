/**
 * Writes a portfolio into the Gevinst sheets (spec §10 `gevinst import`): deep-dives, measures
 * and their benefits, links, indicators; settings and the savings requirement. Importing the
 * same ids again updates them and duplicates nothing; measures not in the portfolio keep every
 * cell people typed. Sheets that are missing are added first (as «Opprett gevinstark» would).
 */
import type { BudgetMapping } from "../core/budget/budget.types";
import type { BudgetLookup } from "../core/calculation/calculation.types";
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import { workbookPlanner } from "../core/sheets/plan-workbook";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readGevinstWorkbook } from "./gevinst-sheets-io";
import { planWithLog, resultOf, type ActionContext, type SheetsResult } from "./set-up-sheets";

/** The sheet portfolio with the imported one laid over it, by id. */
export function mergePortfolio(
  present: Portfolio,
  incoming: Portfolio,
  replace = false,
): { portfolio: Portfolio; scope: Set<string> } {
  const scope = new Set<string>(["settings"]);
  // An edit from the pane hands over the whole portfolio: what it lacks was deleted, so the
  // sheets of what was there are redrawn too (an import only adds and updates).
  if (replace) {
    for (const deepDive of present.deepDives) scope.add(`deepDive:${deepDive.id}`);
    for (const measure of present.measures) scope.add(`measure:${measure.id}`);
  }
  const deepDives = replace ? [] : [...present.deepDives];
  for (const deepDive of incoming.deepDives) {
    const at = deepDives.findIndex((d) => d.id === deepDive.id);
    if (at >= 0) deepDives[at] = deepDive;
    else deepDives.push(deepDive);
    scope.add(`deepDive:${deepDive.id}`);
  }
  const measures = replace ? [] : [...present.measures];
  for (const measure of incoming.measures) {
    const at = measures.findIndex((m) => m.id === measure.id);
    if (at >= 0) measures[at] = measure;
    else measures.push(measure);
    scope.add(`measure:${measure.id}`);
  }
  const hasTarget = replace || Object.keys(incoming.savingsTarget).length > 0;
  if (hasTarget) scope.add("savingsTarget");
  // Rammeområder (spec §13): a portfolio that brings them, or an edit, writes the sheet's inputs.
  const hasAreas =
    replace || (incoming.areas?.length ?? 0) > 0 || incoming.areaDimension !== undefined;
  if (hasAreas) scope.add("areas");
  const invalid = replace
    ? { ...(incoming.invalid ?? {}) }
    : { ...(present.invalid ?? {}), ...(incoming.invalid ?? {}) };
  const portfolio: Portfolio = {
    ...present,
    organisation: incoming.organisation || present.organisation,
    budgetYear: incoming.budgetYear,
    settings: incoming.settings,
    savingsTarget: hasTarget ? incoming.savingsTarget : present.savingsTarget,
    deepDives,
    measures,
    ...(Object.keys(invalid).length > 0 ? { invalid } : {}),
  };
  // Frozen versions (spec §15) come with the file, by id: a version is fixed, never merged.
  if (incoming.versions && incoming.versions.length > 0) {
    const ids = new Set(incoming.versions.map((v) => v.id));
    portfolio.versions = [
      ...(present.versions ?? []).filter((v) => !ids.has(v.id)),
      ...incoming.versions,
    ];
  }
  if (hasAreas) {
    delete portfolio.areas;
    delete portfolio.areaDimension;
    delete portfolio.areaPrefix;
    if (incoming.areas && incoming.areas.length > 0) portfolio.areas = incoming.areas;
    if (incoming.areaDimension !== undefined) portfolio.areaDimension = incoming.areaDimension;
    if (incoming.areaPrefix !== undefined) portfolio.areaPrefix = incoming.areaPrefix;
  }
  if (replace && Object.keys(invalid).length === 0) delete portfolio.invalid;
  return { portfolio, scope };
}

export async function importPortfolio(
  port: WorkbookPort,
  incoming: Portfolio,
  options: ActionContext & {
    mapping?: BudgetMapping;
    /** The budget read with `mapping`, when the caller holds it: stores each line's budget row. */
    budget?: BudgetLookup;
    /** The log line for an edit from the pane (default: «Importerte portefølje», n tiltak). */
    log?: { what: string; before: string; after: string };
    /** `incoming` is the whole portfolio (an edit): what it lacks is deleted from the sheets. */
    replace?: boolean;
  },
): Promise<SheetsResult> {
  const workbook = await readGevinstWorkbook(port, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    budgetYear: incoming.budgetYear,
  });
  const mapping = options.mapping ?? workbook.storedMapping;
  const { portfolio, scope } = mergePortfolio(
    workbook.read.portfolio,
    incoming,
    options.replace ?? false,
  );
  const issues: Issue[] = [];
  if (
    workbook.read.portfolio.budgetYear !== 0 &&
    workbook.state.grids.length > 0 &&
    workbook.read.portfolio.budgetYear !== incoming.budgetYear
  )
    issues.push({
      severity: "warning",
      code: "BAD_VALUE",
      key: "IMPORT_OTHER_BUDGET_YEAR",
      params: { year: incoming.budgetYear, sheetsYear: workbook.read.portfolio.budgetYear },
    });
  const plan = planWithLog(
    workbookPlanner({
      portfolio,
      overview: workbook.read.overview,
      mapping,
      state: workbook.state,
      scope,
      ...(options.budget ? { budget: options.budget } : {}),
    }),
    options,
    options.log?.what ?? "Importerte portefølje",
    () =>
      options.log ?? {
        before: `${workbook.read.portfolio.measures.length} tiltak`,
        after: `${portfolio.measures.length} tiltak (${incoming.measures.map((m) => m.id).join(", ")} importert)`,
      },
  );
  if (plan.changes.length > 0) await port.apply(plan.changes);
  return resultOf(plan, issues);
}
