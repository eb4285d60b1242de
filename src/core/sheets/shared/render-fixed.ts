/**
 * Renders the two sheets that hold no portfolio data: the årshjul (status and date per activity
 * are people's inputs, never overwritten) and the log's header (entries are appended separately).
 */
import { LOG_HEADERS, LOG_HEADER_ROW, LOG_TITLE, LOG_WIDTHS } from "../log/log.layout";
import { SHEET_LOG, SHEET_YEAR_WHEEL } from "./sheet-names";
import {
  FILL_CURRENT_QUARTER,
  FORMAT_DATETIME,
  STYLE_HEADER,
  STYLE_TITLE,
  inputStyle,
} from "./styles";
import {
  YEAR_WHEEL_ACTIVITIES,
  YEAR_WHEEL_HEADERS,
  YEAR_WHEEL_STATUSES,
  YEAR_WHEEL_TITLE,
  YEAR_WHEEL_WIDTHS,
} from "../annual-cycle/year-wheel.layout";
import type { CellValue } from "../../workbook/workbook-port";
import { SheetDraft, at } from "./sheet-draft";

const WHEEL_HEADER_ROW = 2;

export function renderYearWheel(): SheetDraft {
  const draft = new SheetDraft(SHEET_YEAR_WHEEL);
  draft.label(0, 0, YEAR_WHEEL_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  YEAR_WHEEL_HEADERS.forEach((header, c) => draft.label(WHEEL_HEADER_ROW, c, header));
  draft.format(at(WHEEL_HEADER_ROW, 0, 1, YEAR_WHEEL_HEADERS.length), STYLE_HEADER);
  const first = WHEEL_HEADER_ROW + 1;
  YEAR_WHEEL_ACTIVITIES.forEach((activity, i) => {
    const row = first + i;
    draft.label(row, 0, `K${activity.quarter}`);
    draft.label(row, 1, activity.what);
    draft.label(row, 2, activity.why);
    draft.label(row, 3, activity.who);
    draft.label(row, 4, activity.documents);
    draft.input(row, 5, null, "yearWheel");
    draft.input(row, 6, null, "yearWheel");
  });
  const n = YEAR_WHEEL_ACTIVITIES.length;
  draft.format(at(first, 0, n, 5), {
    wrap: true,
    verticalAlignment: "top",
    locked: true,
    border: "thin",
  });
  draft.format(at(first, 5, n, 1), inputStyle("enum"));
  draft.format(at(first, 6, n, 1), inputStyle("date"));
  draft.validations.push({ range: at(first, 5, n, 1), list: [...YEAR_WHEEL_STATUSES] });
  // TODAY() only colours the current quarter; no total depends on it.
  draft.conditionalFills.push({
    range: at(first, 0, n, 5),
    formula: `=$A${first + 1}="K"&ROUNDUP(MONTH(TODAY())/3,0)`,
    fill: FILL_CURRENT_QUARTER,
  });
  draft.widths.push(...YEAR_WHEEL_WIDTHS.map((width, col) => ({ col, width })));
  draft.freeze = { rows: WHEEL_HEADER_ROW + 1, cols: 1 };
  draft.structure = JSON.stringify([n]);
  draft.pageLayout = {
    paperSize: "A3",
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 1,
    printArea: at(0, 0, first + n, YEAR_WHEEL_HEADERS.length),
    printTitleRows: { first: 0, last: WHEEL_HEADER_ROW },
    headerText: YEAR_WHEEL_TITLE,
  };
  return draft;
}

export type LogEntry = { at: number; user: string; what: string; before: string; after: string };

/** The log sheet with its header and `entries` appended from `nextRow` on (0-based). */
export function renderLog(entries: readonly LogEntry[], nextRow: number): SheetDraft {
  const draft = new SheetDraft(SHEET_LOG);
  draft.label(0, 0, LOG_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  LOG_HEADERS.forEach((header, c) => draft.label(LOG_HEADER_ROW, c, header));
  draft.format(at(LOG_HEADER_ROW, 0, 1, LOG_HEADERS.length), STYLE_HEADER);
  const first = Math.max(nextRow, LOG_HEADER_ROW + 1);
  entries.forEach((entry, i) => {
    const values: CellValue[] = [entry.at, entry.user, entry.what, entry.before, entry.after];
    values.forEach((value, c) => draft.label(first + i, c, value));
  });
  // Formats for the whole log area once, so appended rows look right without re-formatting.
  draft.format(at(LOG_HEADER_ROW + 1, 0, 1000, 1), { numberFormat: FORMAT_DATETIME });
  draft.format(at(LOG_HEADER_ROW + 1, 2, 1000, 3), { wrap: true, verticalAlignment: "top" });
  draft.widths.push(...LOG_WIDTHS.map((width, col) => ({ col, width })));
  draft.freeze = { rows: LOG_HEADER_ROW + 1, cols: 0 };
  draft.structure = "log";
  return draft;
}
