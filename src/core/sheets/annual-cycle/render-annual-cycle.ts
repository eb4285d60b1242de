/**
 * Renders «Gevinst Årshjul»: every activity of the four quarters with why, who and its document,
 * a HYPERLINK to the sheet that document lives on, and a status and date per activity that
 * people fill in (never overwritten; when the rows change, what was typed moves with its activity,
 * or to the quarter's first activity when that activity is gone).
 */
import type { SheetGrid } from "../../workbook/workbook-port";
import { quoteSheetName } from "../../workbook/address";
import { textLiteral } from "../shared/formulas";
import { normaliseLabel } from "../shared/layout.types";
import { valueAt } from "../shared/parse-grid";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import { boxHeight } from "../a3/a3-frame";
import { SHEET_YEAR_WHEEL } from "../shared/sheet-names";
import { FILL_CURRENT_QUARTER, STYLE_HEADER, STYLE_TITLE, inputStyle } from "../shared/styles";
import {
  YEAR_WHEEL_ACTIVITIES,
  YEAR_WHEEL_HEADERS,
  YEAR_WHEEL_STATUSES,
  YEAR_WHEEL_TITLE,
  YEAR_WHEEL_WIDTHS,
  type DocumentPlace,
} from "./year-wheel.layout";

export const WHEEL_HEADER_ROW = 2;
const STATUS_COL = 5;
const DATE_COL = 6;
const LINK_COL = 7;

/**
 * The sheet each kind of document lives on (the first deep-dive's, for a per-deep-dive one), and
 * the optional unit A3s (spec §11, K4), each linked on a row of its own under Q4's activities.
 */
export type DocumentSheets = Partial<Record<DocumentPlace, { sheet: string; more: number }>> & {
  units?: readonly string[];
};

type Typed = { quarter: string; what: string; status: unknown; date: unknown };

/** Status and date as typed on the sheet now, per row, with the row's quarter and activity. */
function typedRows(grid: SheetGrid | undefined): Typed[] {
  if (!grid) return [];
  const rows: Typed[] = [];
  for (let row = WHEEL_HEADER_ROW + 1; row < grid.origin.row + grid.values.length; row++) {
    const quarter = String(valueAt(grid, row, 0) ?? "");
    if (!/^K[1-4]$/.test(quarter)) continue;
    rows.push({
      quarter,
      what: normaliseLabel(String(valueAt(grid, row, 1) ?? "")),
      status: valueAt(grid, row, STATUS_COL),
      date: valueAt(grid, row, DATE_COL),
    });
  }
  return rows;
}

/** What was typed for each activity: by its text, else the quarter's old row goes to its first. */
function carriedOver(grid: SheetGrid | undefined): Map<number, Typed> {
  const typed = typedRows(grid).filter((t) => t.status !== null || t.date !== null);
  const carried = new Map<number, Typed>();
  const used = new Set<Typed>();
  YEAR_WHEEL_ACTIVITIES.forEach((activity, i) => {
    const same = typed.find((t) => t.what === normaliseLabel(activity.what));
    if (same) {
      carried.set(i, same);
      used.add(same);
    }
  });
  for (const t of typed) {
    if (used.has(t)) continue;
    const first = YEAR_WHEEL_ACTIVITIES.findIndex(
      (a, i) => `K${a.quarter}` === t.quarter && !carried.has(i),
    );
    if (first >= 0) carried.set(first, t);
  }
  return carried;
}

/** A link to cell A1 of `sheet`, showing `shown`. */
function hyperlink(sheet: string, shown: string): string {
  return `HYPERLINK(${textLiteral(`#${quoteSheetName(sheet)}!A1`)},${textLiteral(shown)})`;
}

export function renderAnnualCycle(input: {
  documents: DocumentSheets;
  existing: SheetGrid | undefined;
}): SheetDraft {
  const draft = new SheetDraft(SHEET_YEAR_WHEEL);
  draft.label(0, 0, YEAR_WHEEL_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  YEAR_WHEEL_HEADERS.forEach((header, c) => draft.label(WHEEL_HEADER_ROW, c, header));
  draft.format(at(WHEEL_HEADER_ROW, 0, 1, YEAR_WHEEL_HEADERS.length), STYLE_HEADER);
  const first = WHEEL_HEADER_ROW + 1;
  const carried = carriedOver(input.existing);
  YEAR_WHEEL_ACTIVITIES.forEach((activity, i) => {
    const row = first + i;
    draft.label(row, 0, `K${activity.quarter}`);
    draft.label(row, 1, activity.what);
    draft.label(row, 2, activity.why);
    draft.label(row, 3, activity.who);
    draft.label(row, 4, activity.documents);
    // A wrapped row does not grow by itself in every program: as tall as its longest text.
    const texts = [activity.what, activity.why, activity.who, activity.documents];
    const height = Math.max(
      ...texts.map((text, c) => boxHeight(text, (YEAR_WHEEL_WIDTHS[c + 1] ?? 30) - 2, 1)),
    );
    draft.heights.push({ row, height });
    const typed = carried.get(i);
    draft.input(row, STATUS_COL, (typed?.status as string | null) ?? null, "yearWheel");
    draft.input(row, DATE_COL, (typed?.date as number | null) ?? null, "yearWheel");
    const place = input.documents[activity.place];
    if (place) {
      const shown = place.more > 0 ? `${place.sheet} (+${place.more} til)` : place.sheet;
      draft.formula(row, LINK_COL, hyperlink(place.sheet, shown));
    } else draft.label(row, LINK_COL, "Lages når det finnes et dypdykk");
  });
  const n = YEAR_WHEEL_ACTIVITIES.length;
  // The unit A3s belong to Q4's last activity (the last row above): one link each, on rows
  // without a quarter, so neither the pane nor the carried statuses take them for activities.
  const units = input.documents.units ?? [];
  units.forEach((sheet, i) => draft.formula(first + n + i, LINK_COL, hyperlink(sheet, sheet)));
  const linkRows = n + units.length;
  draft.format(at(first, 0, n, 5), {
    wrap: true,
    verticalAlignment: "top",
    locked: true,
    border: "thin",
  });
  draft.format(at(first, STATUS_COL, n, 1), inputStyle("enum"));
  draft.format(at(first, DATE_COL, n, 1), inputStyle("date"));
  draft.format(at(first, LINK_COL, linkRows, 1), {
    wrap: true,
    verticalAlignment: "top",
    border: "thin",
    fontColor: "#0563C1",
    locked: true,
  });
  draft.validations.push({ range: at(first, STATUS_COL, n, 1), list: [...YEAR_WHEEL_STATUSES] });
  // TODAY() only colours the current quarter; no total depends on it.
  draft.conditionalFills.push({
    range: at(first, 0, n, 5),
    formula: `=$A${first + 1}="K"&ROUNDUP(MONTH(TODAY())/3,0)`,
    fill: FILL_CURRENT_QUARTER,
  });
  draft.widths.push(...YEAR_WHEEL_WIDTHS.map((width, col) => ({ col, width })));
  draft.freeze = { rows: WHEEL_HEADER_ROW + 1, cols: 1 };
  draft.structure = JSON.stringify(["wheel", n, input.documents]);
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, first + linkRows, YEAR_WHEEL_HEADERS.length),
    WHEEL_HEADER_ROW,
    YEAR_WHEEL_TITLE,
  );
  return draft;
}
