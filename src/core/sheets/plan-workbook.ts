/**
 * The whole set of Gevinst sheets for a portfolio, compared with the workbook as it is: which
 * sheets to add or rename, and the few cells, formats and names that change. Pure; the use-cases
 * in src/app read the workbook once, call this, and apply the result once.
 */
import type { BudgetLine, BudgetMapping } from "../budget/budget.types";
import {
  SHEET_BUDGET_LINKS,
  SHEET_OTHER_MEASURES,
  SHEET_SETTINGS,
  deepDiveSheetName,
  isDeepDiveSheet,
} from "./shared/sheet-names";
import type { Issue } from "../model/issue.types";
import { planYearsOf, type DeepDive, type Measure, type Portfolio } from "../model/portfolio.types";
import type { DefinedName, SheetGrid, SheetInfo, WorkbookChange } from "../workbook/workbook-port";
import type { DeepDiveRef } from "./deep-dive/deep-dive-ref";
import type { ParsedDeepDiveSheet } from "./deep-dive/parse-deep-dive";
import { lastRow, readMarker } from "./shared/parse-grid";
import { planSheetChanges, type ExistingSheet, type WriteScope } from "./shared/plan-sheet-changes";
import type { BudgetLookup } from "../calculation/calculation.types";
import { rowsFromBudget, rowsFromSheet } from "./budget-link/budget-link-rows";
import {
  BUDGET_LINKS_HEADER_ROW,
  linkedKeys,
  renderBudgetLinks,
} from "./budget-link/render-budget-links";
import { renderDeepDive } from "./deep-dive/render-deep-dive";
import { periodsOf, schemeOf } from "../follow-up/periods";
import { calculateFollowUp } from "../follow-up/calculate-follow-up";
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import { followUpPeriodNoRef, renderTertial } from "./tertial/render-tertial";
import { closeHistoryYears, renderHistory } from "./history/history-sheet";
import { resolveSettings } from "../calculation/resolve-settings";
import { renderLog, type LogEntry } from "./log/render-log";
import { renderOverview, targetRefs, type OverviewTexts } from "./overview/render-overview";
import { renderRegister } from "./register/render-register";
import { renderSettings, settingsRefs, settingsRows } from "./settings/render-settings";
import { renderSummary, summaryNames } from "./summary/render-summary";
import { cellRef } from "./shared/formulas";
import type { SheetDraft } from "./shared/sheet-draft";
import { assignA3Sheets, documentSheets, renderA3Sheets } from "./a3/plan-a3";
import { parseA3Units } from "./a3/render-a3-unit";
import { a3UnitsCell } from "./settings/parse-settings";
import { renderAnnualCycle } from "./annual-cycle/render-annual-cycle";
import { SHEET_YEAR_WHEEL } from "./shared/sheet-names";
import { sheetDimensionsOf } from "./shared/sheet-keys";
import { completeAreaKeys } from "../calculation/complete-keys";
import { renderVersions } from "./versions/versions-sheet";
import { renderVersionChanges } from "./versions/changes-sheet";
import { versionComparison } from "../versions/version-comparison";
import { SHEET_RAMMER } from "./shared/sheet-names";
import { planRammer, wantsRammer } from "./rammer/plan-rammer";
import { assignBenefitMapSheets, renderBenefitMaps } from "./benefit-map/plan-benefit-map";

export type WorkbookState = {
  sheets: readonly SheetInfo[];
  names: readonly DefinedName[];
  /** Values and formulas of every Gevinst sheet that exists. */
  grids: readonly SheetGrid[];
  /** What the parser found on each deep-dive sheet. */
  deepDiveSheets: readonly ParsedDeepDiveSheet[];
};

export type WorkbookPlanInput = {
  portfolio: Portfolio;
  overview: OverviewTexts;
  mapping: BudgetMapping | null;
  state: WorkbookState;
  /** Entities whose input cells may be written ("all" for a new workbook). */
  scope: WriteScope;
  log: readonly LogEntry[];
  /**
   * The budget, when the caller has read it: each linked line's budget row is stored on the
   * budget-link sheet so its originals are read by INDEX (issue 9). Without it the rows stored
   * there already are kept.
   */
  budget?: BudgetLookup & { readonly lines?: readonly BudgetLine[] };
};

export type WorkbookPlan = {
  changes: WorkbookChange[];
  /** Cells whose content is written (values and formulas), not formats. */
  cellsWritten: number;
  sheetsAdded: string[];
  sheetsRenamed: { from: string; to: string }[];
  issues: Issue[];
};

type DeepDiveSlot = {
  sheet: string;
  deepDive: DeepDive | null;
  parsed?: ParsedDeepDiveSheet;
  measures: Measure[];
};

/**
 * Which sheet each deep-dive lives on: its present sheet (renamed when its name changed since the
 * sheet was drawn — by an import or by typing into «Navn»), or a new one.
 */
function assignSheets(
  portfolio: Portfolio,
  state: WorkbookState,
  issues: Issue[],
): { slots: DeepDiveSlot[]; renames: { from: string; to: string }[] } {
  const taken = state.sheets.map((s) => s.name);
  const renames: { from: string; to: string }[] = [];
  const slots: DeepDiveSlot[] = [];
  const byId = new Map<string, DeepDiveSlot>();
  for (const deepDive of portfolio.deepDives) {
    const parsed = state.deepDiveSheets.find((p) => p.deepDive?.id === deepDive.id);
    let sheet: string;
    if (parsed) {
      const others = taken.filter((name) => name !== parsed.sheet);
      const wanted = deepDiveSheetName(deepDive.name, others);
      // The name the sheet was last drawn for: its title, or its «Navn» cell on an older sheet.
      // Only a changed name renames; a tab the user renamed stays as it is.
      const drawnFor = parsed.titleName ?? parsed.deepDive?.name ?? "";
      sheet = parsed.sheet;
      if (wanted !== parsed.sheet && deepDiveSheetName(drawnFor, others) !== wanted) {
        renames.push({ from: parsed.sheet, to: wanted });
        taken[taken.indexOf(parsed.sheet)] = wanted;
        sheet = wanted;
      }
    } else {
      sheet = deepDiveSheetName(deepDive.name, taken);
      taken.push(sheet);
    }
    const slot: DeepDiveSlot = { sheet, deepDive, measures: [], ...(parsed ? { parsed } : {}) };
    slots.push(slot);
    byId.set(deepDive.id, slot);
  }
  const otherParsed = state.deepDiveSheets.find((p) => p.sheet === SHEET_OTHER_MEASURES);
  const other: DeepDiveSlot = {
    sheet: SHEET_OTHER_MEASURES,
    deepDive: null,
    measures: [],
    ...(otherParsed ? { parsed: otherParsed } : {}),
  };
  for (const measure of portfolio.measures) {
    const slot = measure.deepDive ? byId.get(measure.deepDive) : undefined;
    if (measure.deepDive && !slot)
      issues.push({
        severity: "error",
        code: "UNKNOWN_DEEP_DIVE",
        measure: measure.id,
        key: "MEASURE_DEEP_DIVE_NOT_FOUND",
        params: { m: measure.id, deepDive: measure.deepDive, sheet: SHEET_OTHER_MEASURES },
      });
    (slot ?? other).measures.push(measure);
  }
  if (other.measures.length > 0 || otherParsed) slots.push(other);
  return { slots, renames };
}

export function planGevinstWorkbook(input: WorkbookPlanInput): WorkbookPlan {
  return workbookPlanner(input)(input.log);
}

/**
 * Plans every sheet but the log once, and returns how to finish the plan for a given log. The
 * use-cases plan without a log line first and, when something changes, again with one: the
 * second plan then redoes only the log sheet, not the whole workbook (issue 9: the deep-dive
 * and budget-link sheets of a 1 000-measure portfolio take a second to plan).
 */
export function workbookPlanner(
  input: Omit<WorkbookPlanInput, "log">,
): (log: readonly LogEntry[]) => WorkbookPlan {
  const { state } = input;
  // Where the budget has tjenesteområde and is known, links that leave it out get their line's.
  const portfolio =
    input.budget && input.mapping?.sources.some((s) => s.keyColumns.tjenesteomrade !== undefined)
      ? completeAreaKeys(input.portfolio, input.budget)
      : input.portfolio;
  const issues: Issue[] = [];
  const years = planYearsOf(portfolio.budgetYear);
  // The follow-up periods «Teller» on the deep-dive sheets accepts (spec §14).
  const scheme = schemeOf(portfolio.settings);
  const settings = {
    ...settingsRefs(),
    followUpPeriods: periodsOf(scheme),
    followUpPeriodNo: followUpPeriodNoRef(),
  };
  const { slots, renames } = assignSheets(portfolio, state, issues);
  // Tjenesteområde gets its key columns where the budget has it (spec §13), else none.
  const dimensions = sheetDimensionsOf(input.mapping, portfolio);
  const renamedFrom = new Map(renames.map((r) => [r.to, r.from]));

  const drafts: SheetDraft[] = [];
  const refs: DeepDiveRef[] = [];
  const deepDiveDrafts = new Map<string, SheetDraft>();
  for (const slot of slots) {
    const { draft, map } = renderDeepDive({
      sheet: slot.sheet,
      years,
      deepDive: slot.deepDive,
      measures: slot.measures,
      settings,
      ...(slot.parsed ? { presentCapacity: slot.parsed.presentCapacity } : {}),
      dimensions,
    });
    drafts.push(draft);
    deepDiveDrafts.set(slot.sheet, draft);
    refs.push({
      sheet: slot.sheet,
      name: slot.deepDive?.name ?? "Andre tiltak",
      map,
      measureIds: slot.measures.map((m) => m.id),
    });
  }
  const grids = new Map(state.grids.map((grid) => [grid.name, grid]));
  const logGrid = grids.get("Gevinst Logg");
  const keys = linkedKeys(portfolio, dimensions);
  // The units that get an A3 of their own live on the settings sheet (spec §11, optional).
  const a3Units = a3UnitsCell(grids.get(SHEET_SETTINGS));
  const summaryDraft = renderSummary({
    years,
    deepDives: refs,
    targetRefs: targetRefs(),
    hoursPerFteRef: cellRef(settingsRows().hoursPerFteUsed as number, 1, {
      sheet: SHEET_SETTINGS,
      abs: true,
    }),
  });
  const rammerGrid = grids.get(SHEET_RAMMER);
  const rammer = wantsRammer(portfolio, rammerGrid)
    ? planRammer({
        portfolio,
        years,
        mapping: input.mapping,
        lines: input.budget?.lines,
        existing: rammerGrid,
        dimensions,
        budgetLinkHeaderRow: BUDGET_LINKS_HEADER_ROW,
        budgetLinkRows: keys.length,
        kommuneTargetRefs: targetRefs(),
      })
    : null;
  const a3Input = {
    portfolio,
    ...(rammer ? { rammer: rammer.layout } : {}),
    years,
    overview: input.overview,
    slots: slots.map((slot, i) => ({
      ref: refs[i] as DeepDiveRef,
      deepDive: slot.deepDive,
      measures: slot.measures,
    })),
    sheets: state.sheets.map((s) => s.name),
    renames,
    ...(input.budget?.lines && input.mapping
      ? {
          units: {
            units: parseA3Units(a3Units),
            lines: input.budget.lines,
            sources: input.mapping.sources,
            budgetLinkRows: keys.length,
            dimensions,
          },
        }
      : {}),
  };
  const a3Sheets = assignA3Sheets(a3Input);
  for (const r of a3Sheets.renamed) renamedFrom.set(r.to, r.from);
  // The gevinstkart per deep-dive (spec §16), after the A3s.
  const mapSheets = assignBenefitMapSheets(a3Input);
  for (const r of mapSheets.renamed) renamedFrom.set(r.to, r.from);
  const mapDrafts = renderBenefitMaps(a3Input, mapSheets);
  drafts.unshift(
    renderAnnualCycle({
      documents: documentSheets(a3Input, a3Sheets),
      existing: grids.get(SHEET_YEAR_WHEEL),
    }),
    renderOverview({ portfolio, texts: input.overview, deepDives: refs }),
    summaryDraft,
    renderRegister({ years, deepDives: refs, discountRateRef: settings.discountRate }),
    renderBudgetLinks({
      years,
      keys,
      mapping: input.mapping,
      deepDives: refs,
      drafts: deepDiveDrafts,
      dimensions,
      storedRows: input.budget
        ? rowsFromBudget(keys, input.budget)
        : rowsFromSheet(grids.get(SHEET_BUDGET_LINKS), input.mapping, BUDGET_LINKS_HEADER_ROW),
    }),
    renderSettings(portfolio, a3Units),
  );
  // Frozen versions (spec §15): fixed values, drawn only when the portfolio has any.
  if (portfolio.versions && portfolio.versions.length > 0)
    drafts.push(
      renderVersions(portfolio.versions),
      renderVersionChanges(versionComparison(portfolio, parseA3Units(a3Units))),
    );
  // The rammeområder's sheet (spec §13), after the budget links it sums.
  if (rammer)
    drafts.splice(drafts.findIndex((d) => d.name === SHEET_BUDGET_LINKS) + 1, 0, rammer.draft);
  // «Gevinst Historikk» once there is history: a realised figure typed there after the move
  // gets its deviation and status (closing the year, spec §14).
  if (portfolio.history && portfolio.history.length > 0)
    drafts.push(
      renderHistory(
        closeHistoryYears(portfolio.history, resolveSettings(portfolio).tolerance),
        portfolio.historySavingsTarget ?? {},
      ),
    );
  // «Gevinst Tertial» (spec §14): the tertial report's gevinst chapter, after the data sheets.
  const calculated = calculatePortfolio(portfolio);
  drafts.push(
    renderTertial(
      {
        portfolio,
        scheme,
        periods: periodsOf(scheme),
        result: calculated,
        followUp: calculateFollowUp(portfolio, calculated),
        deepDives: refs,
        targetRef: targetRefs()[0] as string,
      },
      settings.tolerance,
    ),
  );
  const renameChanges: WorkbookChange[] = renames.map((r) => ({
    kind: "renameSheet",
    from: r.from,
    to: r.to,
  }));
  const existingNames = new Set(state.sheets.map((s) => s.name));
  const protectedNames = new Set(state.sheets.filter((s) => s.isProtected).map((s) => s.name));
  type Planned = {
    added: WorkbookChange[];
    body: WorkbookChange[];
    sheetsAdded: string[];
    cellsWritten: number;
  };
  const plan = (draft: SheetDraft, into: Planned) => {
    const { added: changes, body, sheetsAdded } = into;
    const oldName = renamedFrom.get(draft.name) ?? draft.name;
    const grid = existingNames.has(oldName) ? grids.get(oldName) : undefined;
    let existing: ExistingSheet | undefined;
    if (existingNames.has(oldName)) {
      const parsed = state.deepDiveSheets.find((p) => p.sheet === oldName);
      const sheetGrid = grid ?? { name: oldName, origin: { row: 0, col: 0 }, values: [] };
      existing = {
        grid: sheetGrid,
        isProtected: protectedNames.has(oldName),
        structure: readMarker(sheetGrid),
        rowEntities: parsed?.rowEntities ?? new Map(),
      };
    } else {
      sheetsAdded.push(draft.name);
      changes.push({ kind: "addSheet", name: draft.name });
    }
    const result = planSheetChanges(draft, existing, input.scope);
    into.cellsWritten += result.cellsWritten;
    for (const change of result.changes) body.push(change);
  };
  const sheets: Planned = { added: [], body: [], sheetsAdded: [], cellsWritten: 0 };
  for (const draft of drafts) plan(draft, sheets);
  const names: WorkbookChange[] = [];
  for (const name of summaryNames()) {
    const present = state.names.find((n) => n.name.toLowerCase() === name.name.toLowerCase());
    if (present?.refersTo.replace(/^=/, "") !== name.refersTo)
      names.push({ kind: "defineName", name: name.name, refersTo: name.refersTo });
  }

  const a3Renames: WorkbookChange[] = [...a3Sheets.renamed, ...mapSheets.renamed].map((r) => ({
    kind: "renameSheet",
    from: r.from,
    to: r.to,
  }));
  return (logEntries) => {
    const log: Planned = { added: [], body: [], sheetsAdded: [], cellsWritten: 0 };
    const nextRow = logGrid ? lastRow(logGrid) + 1 : 0;
    if (logEntries.length > 0 || !existingNames.has("Gevinst Logg")) {
      plan(renderLog(logEntries, nextRow), log);
    }
    // The A3s show the latest approval in the log, so they are planned with the log's new lines.
    const a3: Planned = { added: [], body: [], sheetsAdded: [], cellsWritten: 0 };
    const a3Drafts = renderA3Sheets(a3Input, a3Sheets, {
      logGrid,
      logEntries,
      nextLogRow: nextRow,
    });
    for (const draft of [...a3Drafts, ...mapDrafts]) plan(draft, a3);
    // Same order as one pass would give: renames, added sheets, each sheet's body, names.
    const changes = renameChanges.concat(
      a3Renames,
      sheets.added,
      log.added,
      a3.added,
      sheets.body,
      log.body,
      a3.body,
      names,
    );
    return {
      changes,
      cellsWritten: sheets.cellsWritten + log.cellsWritten + a3.cellsWritten,
      sheetsAdded: [...sheets.sheetsAdded, ...log.sheetsAdded, ...a3.sheetsAdded],
      sheetsRenamed: [...renames, ...a3Sheets.renamed, ...mapSheets.renamed],
      issues: [...issues],
    };
  };
}

export { isDeepDiveSheet };
