/**
 * «Gevinst Historikk» (spec §12): the budget years that have left the plan, one row per measure
 * and year with what was planned, expected and realised, and the savings target of each year.
 * Frozen figures (values, not formulas): the year is closed. Written when the portfolio moves to
 * the next budget year and read back so the next move adds to it.
 */
import { realisationRate, realisationStatus } from "../../calculation/realisation";
import {
  isCounted,
  MEASURE_STATUSES,
  REALISATION_STATUSES,
  type ByYear,
  type HistoryEntry,
  type RealisationStatusCode,
} from "../../model/portfolio.types";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { REALISATION_STATUS_TEXT } from "../deep-dive/deep-dive-formulas";
import { isBlank } from "../shared/cell-values";
import { findColumns, findLabelAnywhere, lastRow, valueAt } from "../shared/parse-grid";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import {
  STYLE_HEADER,
  STYLE_HINT,
  STYLE_SECTION,
  STYLE_TITLE,
  formulaStyle,
  inputStyle,
} from "../shared/styles";
import { codeFromText, labelOf } from "../shared/labels";

export const SHEET_HISTORY = "Gevinst Historikk";
export const HISTORY_TITLE = "Historikk: budsjettår som er ute av økonomiplanen";
export const HISTORY_MEASURES_TITLE = "Tiltak per år";
export const HISTORY_TARGETS_TITLE = "Innsparingskrav per år";

const COLUMNS = [
  { key: "year", header: "År", width: 8, kind: "text" },
  { key: "measure", header: "Tiltak-id", width: 10, kind: "text" },
  { key: "name", header: "Navn", width: 32, kind: "text" },
  { key: "deepDive", header: "Dypdykk", width: 10, kind: "text" },
  { key: "status", header: "Status", width: 16, kind: "text" },
  { key: "gross", header: "Brutto", width: 13, kind: "kroner" },
  { key: "expected", header: "Forventet", width: 13, kind: "kroner" },
  { key: "withdrawable", header: "Uttak", width: 13, kind: "kroner" },
  { key: "cost", header: "Kostnad", width: 13, kind: "kroner" },
  { key: "budgetNet", header: "Netto", width: 13, kind: "kroner" },
  { key: "realised", header: "Realisert", width: 13, kind: "kroner" },
  { key: "deviation", header: "Avvik kr", width: 13, kind: "kroner" },
  { key: "realisationStatus", header: "Realisering", width: 11, kind: "text" },
] as const;

type ColumnKey = (typeof COLUMNS)[number]["key"];

const FIRST_ROW = 2;

function sortKey(a: HistoryEntry, b: HistoryEntry): number {
  return (
    a.year.localeCompare(b.year) || a.measure.localeCompare(b.measure, "nb", { numeric: true })
  );
}

/** The sheet with every history row, oldest year first, and the savings targets below. */
export function renderHistory(entries: readonly HistoryEntry[], targets: ByYear = {}): SheetDraft {
  const draft = new SheetDraft(SHEET_HISTORY);
  draft.label(0, 0, HISTORY_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  draft.label(
    1,
    0,
    "Tallene er låst da porteføljen ble flyttet til neste budsjettår. Realisert (gul) kan føres inn når årsregnskapet er klart; avvik og realisering regnes ved neste oppdatering.",
  );
  draft.format(at(1, 0), STYLE_HINT);
  let row = FIRST_ROW;
  draft.label(row, 0, HISTORY_MEASURES_TITLE);
  draft.format(at(row, 0), STYLE_SECTION);
  row++;
  COLUMNS.forEach((c, col) => draft.label(row, col, c.header));
  draft.format(at(row, 0, 1, COLUMNS.length), STYLE_HEADER);
  row++;
  const first = row;
  for (const entry of [...entries].sort(sortKey)) {
    const values: Record<ColumnKey, CellValue> = {
      year: Number(entry.year),
      measure: entry.measure,
      name: entry.name,
      deepDive: entry.deepDive ?? null,
      status: labelOf(entry.status),
      gross: entry.gross,
      expected: entry.expected,
      withdrawable: entry.withdrawable,
      cost: entry.cost,
      budgetNet: entry.budgetNet,
      realised: entry.realised ?? null,
      deviation: entry.deviation ?? null,
      realisationStatus: entry.realisationStatus
        ? REALISATION_STATUS_TEXT[entry.realisationStatus]
        : null,
    };
    // Closing the year (spec §14): the final realised figure may come after the move, with the
    // årsregnskap; it is the one input on this sheet.
    COLUMNS.forEach((c, col) =>
      c.key === "realised"
        ? draft.input(row, col, values[c.key], `history:${entry.year}:${entry.measure}`)
        : draft.label(row, col, values[c.key]),
    );
    row++;
  }
  COLUMNS.forEach((c, col) => {
    if (row > first)
      draft.format(
        at(first, col, row - first, 1),
        c.key === "realised"
          ? inputStyle("kroner")
          : formulaStyle(c.kind === "kroner" ? "kroner" : "text"),
      );
  });
  row++;
  draft.label(row, 0, HISTORY_TARGETS_TITLE);
  draft.format(at(row, 0), STYLE_SECTION);
  row++;
  draft.label(row, 0, "År");
  draft.label(row, 1, "Innsparingskrav");
  draft.format(at(row, 0, 1, 2), STYLE_HEADER);
  row++;
  const years = Object.keys(targets).sort();
  for (const year of years) {
    draft.label(row, 0, Number(year));
    draft.label(row, 1, targets[year] as number);
    draft.format(at(row, 1), formulaStyle("kroner"));
    row++;
  }
  draft.structure = JSON.stringify(["history", entries.length, years.length]);
  draft.widths.push(...COLUMNS.map((c, col) => ({ col, width: c.width })));
  draft.freeze = { rows: FIRST_ROW + 2, cols: 0 };
  draft.pageLayout = {
    ...dataSheetPage(draft, at(0, 0, row, COLUMNS.length), FIRST_ROW + 1, SHEET_HISTORY),
    printTitleRows: { first: FIRST_ROW + 1, last: FIRST_ROW + 1 },
  };
  return draft;
}

/**
 * Closing the year (spec §14): for a history row of a counted measure with a realised figure,
 * the deviation and status from that figure — so realised typed into «Gevinst Historikk» after
 * the move (årsregnskapet in February) gives its deviation and status at the next refresh. Rows
 * without a realised figure, and of measures that did not count, are as they were. Nothing else
 * is touched: the plan years do not depend on the history.
 */
export function closeHistoryYears(
  entries: readonly HistoryEntry[],
  tolerance: number,
): HistoryEntry[] {
  return entries.map((entry) => {
    if (entry.realised === undefined || !isCounted(entry.status)) return entry;
    const rate = realisationRate(entry.realised, entry.expected);
    return {
      ...entry,
      deviation: entry.realised - entry.expected,
      realisationStatus: realisationStatus(rate, tolerance),
    };
  });
}

function num(value: CellValue): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function text(value: CellValue): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** The history rows and savings targets on the sheet, as written (blank rows skipped). */
export function readHistory(grid: SheetGrid | undefined): {
  entries: HistoryEntry[];
  targets: ByYear;
} {
  const entries: HistoryEntry[] = [];
  const targets: ByYear = {};
  if (!grid) return { entries, targets };
  const title = findLabelAnywhere(grid, HISTORY_MEASURES_TITLE);
  const targetsTitle = findLabelAnywhere(grid, HISTORY_TARGETS_TITLE);
  const end = targetsTitle?.row ?? lastRow(grid) + 1;
  if (title) {
    const headerRow = title.row + 1;
    const cols = findColumns(
      grid,
      headerRow,
      Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])),
    ) as Partial<Record<ColumnKey, number>>;
    const get = (row: number, key: ColumnKey) =>
      cols[key] === undefined ? null : valueAt(grid, row, cols[key]);
    for (let row = headerRow + 1; row < end; row++) {
      const year = text(get(row, "year"));
      const measure = text(get(row, "measure"));
      if (year === "" || measure === "") continue;
      const status = codeFromText(text(get(row, "status")), MEASURE_STATUSES);
      const entry: HistoryEntry = {
        year,
        measure,
        name: text(get(row, "name")),
        status: status ?? "foreslatt",
        gross: num(get(row, "gross")) ?? 0,
        expected: num(get(row, "expected")) ?? 0,
        withdrawable: num(get(row, "withdrawable")) ?? 0,
        cost: num(get(row, "cost")) ?? 0,
        budgetNet: num(get(row, "budgetNet")) ?? 0,
      };
      const deepDive = text(get(row, "deepDive"));
      if (deepDive !== "") entry.deepDive = deepDive;
      const realised = num(get(row, "realised"));
      if (realised !== undefined) entry.realised = realised;
      const deviation = num(get(row, "deviation"));
      if (deviation !== undefined) entry.deviation = deviation;
      const shown = text(get(row, "realisationStatus")).toLowerCase();
      const code = REALISATION_STATUSES.find(
        (s: RealisationStatusCode) =>
          s === shown || REALISATION_STATUS_TEXT[s].toLowerCase() === shown,
      );
      if (code) entry.realisationStatus = code;
      entries.push(entry);
    }
  }
  if (targetsTitle) {
    for (let row = targetsTitle.row + 2; row <= lastRow(grid); row++) {
      const year = text(valueAt(grid, row, targetsTitle.col));
      const amount = num(valueAt(grid, row, targetsTitle.col + 1));
      if (year !== "" && amount !== undefined) targets[year] = amount;
    }
  }
  return { entries, targets };
}
