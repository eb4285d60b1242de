/**
 * «Nytt budsjettår» / `gevinst roll` (spec §12): moves the portfolio of last year's workbook (or
 * portfolio file) into the Gevinst sheets of the new budget workbook. The core decides what
 * moves (rollPortfolio); this writes it: the Gevinst sheets through the import, the year that left
 * the plan to «Gevinst Historikk», and the old log followed by a line for the move.
 */
import type { BudgetLookup } from "../core/calculation/calculation.types";
import type { Issue } from "../core/model/issue.types";
import { failure, type Failure } from "./messages";
import type { Portfolio } from "../core/model/portfolio.types";
import { rollPortfolio, type RollReport } from "../core/roll";
import { rollReportLines } from "./messages/roll-report";
import { SHEET_HISTORY, renderHistory } from "../core/sheets/history/history-sheet";
import { planGevinstWorkbook } from "../core/sheets/plan-workbook";
import { dateToSerial } from "../core/sheets/shared/cell-values";
import { planSheetChanges } from "../core/sheets/shared/plan-sheet-changes";
import { readMarker } from "../core/sheets/shared/parse-grid";
import type { LogEntry } from "../core/sheets/log/render-log";
import { SHEET_LOG, SHEET_OVERVIEW, SHEET_SETTINGS } from "../core/sheets/shared/sheet-names";
import { a3UnitsCell } from "../core/sheets/settings/parse-settings";
import { settingsRows } from "../core/sheets/settings/render-settings";
import {
  OVERVIEW_FIELDS_FIRST_ROW,
  type OverviewTexts,
} from "../core/sheets/overview/render-overview";
import { OVERVIEW_FIELDS } from "../core/sheets/overview/overview.layout";
import { LOG_HEADER_ROW } from "../core/sheets/log/log.layout";
import type {
  CellValue,
  SheetGrid,
  WorkbookChange,
  WorkbookPort,
} from "../core/workbook/workbook-port";
import { readGevinstWorkbook } from "./gevinst-sheets-io";
import { importPortfolio } from "./import-portfolio";
import type { ActionContext } from "./set-up-sheets";

/**
 * What is moved: the old portfolio (history included), the old workbook's log, and what the
 * users typed there that the portfolio has no field for — the kommune's texts on «Gevinst
 * Oversikt» and «A3 per enhet» on «Gevinst Innstillinger» (absent when the source is a file).
 */
export type RollSource = {
  portfolio: Portfolio;
  log: LogEntry[];
  name: string;
  overview?: OverviewTexts;
  a3Units?: CellValue;
};

export type RollOutcome =
  | { status: "rolled"; report: RollReport; lines: string[]; issues: Issue[] }
  | ({ status: "refused" } & Failure);

/** The log lines of a log sheet, oldest first (blank rows skipped). */
export function readLogEntries(grid: SheetGrid | undefined): LogEntry[] {
  if (!grid) return [];
  const entries: LogEntry[] = [];
  grid.values.forEach((values, r) => {
    const row = grid.origin.row + r;
    if (row <= LOG_HEADER_ROW) return;
    const cell = (col: number) => values[col - grid.origin.col] ?? null;
    const text = (col: number) => {
      const value = cell(col);
      return value === null ? "" : String(value);
    };
    const at = cell(0);
    if (at === null && text(2) === "") return;
    entries.push({
      at: typeof at === "number" ? at : 0,
      user: text(1),
      what: text(2),
      before: text(3),
      after: text(4),
    });
  });
  return entries;
}

/** The old workbook's portfolio (with its history) and log. */
export async function readRollSource(
  port: WorkbookPort,
  name: string,
): Promise<RollSource & { issues: Issue[] }> {
  const workbook = await readGevinstWorkbook(port);
  const grid = (sheet: string) => workbook.state.grids.find((g) => g.name === sheet);
  return {
    portfolio: workbook.read.portfolio,
    log: readLogEntries(grid(SHEET_LOG)),
    name,
    overview: workbook.read.overview,
    a3Units: a3UnitsCell(grid(SHEET_SETTINGS)),
    issues: workbook.read.issues,
  };
}

/**
 * Moves `source` into the new budget workbook `port`, whose budget is connected (and Gevinst
 * sheets set up) for the new budget year. Refused when the portfolio is not from the year
 * before, so rolling twice into the same year changes nothing.
 */
export async function rollBudgetYear(
  port: WorkbookPort,
  source: RollSource,
  options: ActionContext & { budgetYear?: number; budget?: BudgetLookup },
): Promise<RollOutcome> {
  const target = options.budgetYear ?? source.portfolio.budgetYear + 1;
  const present = await readGevinstWorkbook(port, { budgetYear: target });
  const already = present.read.portfolio.history?.some(
    (h) => Number(h.year) >= source.portfolio.budgetYear,
  );
  if (already)
    return {
      status: "refused",
      ...failure("ROLL_ALREADY_ROLLED", { year: present.read.portfolio.budgetYear }),
    };
  const rolled = rollPortfolio(source.portfolio, target, options.budget);
  if (rolled.status === "refused") return rolled;

  const written = await importPortfolio(port, rolled.portfolio, {
    now: options.now,
    user: options.user,
    ...(options.budget ? { budget: options.budget } : {}),
  });

  const after = await readGevinstWorkbook(port);
  const changes: WorkbookChange[] = [];
  const historyGrid = after.state.grids.find((g) => g.name === SHEET_HISTORY);
  if (!historyGrid) changes.push({ kind: "addSheet", name: SHEET_HISTORY });
  const draft = renderHistory(
    rolled.portfolio.history ?? [],
    rolled.portfolio.historySavingsTarget ?? {},
  );
  changes.push(
    ...planSheetChanges(
      draft,
      historyGrid
        ? {
            grid: historyGrid,
            isProtected: false,
            structure: readMarker(historyGrid),
            rowEntities: new Map(),
          }
        : undefined,
      "all",
    ).changes,
  );
  await port.apply([...changes, ...carryTyped(source, after)]);

  const lines = rollReportLines(rolled.report);
  const at = dateToSerial(options.now);
  const log: LogEntry[] = [
    ...source.log,
    {
      at,
      user: options.user,
      what: `Nytt budsjettår: flyttet fra ${rolled.report.fromYear} til ${rolled.report.toYear}`,
      before: `${source.name}: budsjettår ${rolled.report.fromYear}`,
      after: `${rolled.report.measureCount} tiltak; ${rolled.report.fromYear} i «${SHEET_HISTORY}»; ${rolled.report.lostLinks.length} lenker må velges på nytt`,
    },
  ];
  const final = await readGevinstWorkbook(port);
  const plan = planGevinstWorkbook({
    portfolio: final.read.portfolio,
    overview: final.read.overview,
    mapping: final.storedMapping,
    state: final.state,
    scope: new Set(),
    log,
    ...(options.budget ? { budget: options.budget } : {}),
  });
  await port.apply(plan.changes);
  return {
    status: "rolled",
    report: rolled.report,
    lines,
    issues: [...rolled.issues, ...written.issues],
  };
}

/**
 * The old workbook's kommune texts and unit A3s, written where the new workbook has none of its
 * own: a roll must not lose what people typed (the unit A3s and the kommune's A3 need them).
 */
function carryTyped(
  source: RollSource,
  now: Awaited<ReturnType<typeof readGevinstWorkbook>>,
): WorkbookChange[] {
  const changes: WorkbookChange[] = [];
  const settings = now.state.grids.find((g) => g.name === SHEET_SETTINGS);
  if (isBlank(a3UnitsCell(settings)) && !isBlank(source.a3Units ?? null))
    changes.push(
      { kind: "unprotectSheet", sheet: SHEET_SETTINGS },
      {
        kind: "writeCells",
        sheet: SHEET_SETTINGS,
        at: { row: settingsRows().a3Units as number, col: 1 },
        cells: [[{ kind: "value", value: source.a3Units ?? null }]],
      },
      { kind: "protectSheet", sheet: SHEET_SETTINGS },
    );
  const texts = OVERVIEW_FIELDS.map((field) => ({
    row: OVERVIEW_FIELDS_FIRST_ROW + OVERVIEW_FIELDS.indexOf(field),
    old: source.overview?.[field.key] ?? "",
    new: now.read.overview[field.key] ?? "",
  })).filter((t) => t.new.trim() === "" && t.old.trim() !== "");
  if (texts.length > 0)
    changes.push(
      { kind: "unprotectSheet", sheet: SHEET_OVERVIEW },
      ...texts.map((t): WorkbookChange => ({
        kind: "writeCells",
        sheet: SHEET_OVERVIEW,
        at: { row: t.row, col: 1 },
        cells: [[{ kind: "value", value: t.old }]],
      })),
      { kind: "protectSheet", sheet: SHEET_OVERVIEW },
    );
  return changes;
}

const isBlank = (value: CellValue) => value === null || String(value).trim() === "";
