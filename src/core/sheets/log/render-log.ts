/** Renders the log: its header, and the entries appended from the next free row. */
import { LOG_HEADERS, LOG_HEADER_ROW, LOG_TITLE, LOG_WIDTHS } from "./log.layout";
import { SHEET_LOG } from "../shared/sheet-names";
import { FORMAT_DATETIME, STYLE_HEADER, STYLE_TITLE } from "../shared/styles";
import type { CellValue } from "../../workbook/workbook-port";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";

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
  // Columns A–E all the way down: the log grows, and empty pages are not printed.
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, 1_048_576, LOG_HEADERS.length),
    LOG_HEADER_ROW,
    LOG_TITLE,
  );
  draft.structure = "log";
  return draft;
}
