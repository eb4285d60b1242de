/**
 * Queues one workbook change on a request context, as Office.js calls. Nothing here syncs: the
 * caller queues a whole batch and syncs once.
 */
import { assertNever } from "../../core/assert-never";
import type {
  CellStyle,
  PageLayout,
  SheetVisibility,
  WorkbookChange,
} from "../../core/workbook/workbook-port";
import { rangeToA1, type RangeRef } from "../../core/workbook/address";
import { toFormulasGrid } from "./cell-text";
import { heightRuns } from "./plan";

const VISIBILITY: Record<SheetVisibility, "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/**
 * Column width in characters (Excel's column-width unit, as in the .xlsx file) → points, which
 * Office.js wants: Excel draws a column of n characters as n × 7 + 5 pixels with the default
 * Calibri 11 (7-pixel digits), and a pixel is 0.75 point.
 */
export function charactersToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

function rangeOf(context: Excel.RequestContext, sheet: string, ref: RangeRef): Excel.Range {
  return context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
}

/**
 * Queues `change`. `replaceName` is true when a defined name of that name already exists;
 * `textCells` holds the absolute "row,col" keys of target cells formatted as Text.
 */
export function queueChange(
  context: Excel.RequestContext,
  change: WorkbookChange,
  replaceName: boolean,
  textCells?: ReadonlySet<string>,
): void {
  const sheets = context.workbook.worksheets;
  switch (change.kind) {
    case "addSheet": {
      const sheet = sheets.add(change.name);
      if (change.position !== undefined) sheet.position = change.position;
      return;
    }
    case "renameSheet":
      sheets.getItem(change.from).name = change.to;
      return;
    case "deleteSheet":
      sheets.getItem(change.name).delete();
      return;
    case "setVisibility":
      sheets.getItem(change.sheet).visibility = VISIBILITY[
        change.visibility
      ] as Excel.SheetVisibility;
      return;
    case "writeCells": {
      const { row, col } = change.at;
      const grid = toFormulasGrid(
        change.cells,
        (r, c) => textCells?.has(`${row + r},${col + c}`) === true,
      );
      const cols = grid[0]?.length ?? 0;
      if (
        grid.length === 0 ||
        cols === 0 ||
        grid.every((row) => row.every((entry) => entry === null))
      )
        return;
      // One write for the whole block: constants and formulas alike go through `formulas`
      // (invariant English), and null entries leave skipped cells untouched.
      rangeOf(context, change.sheet, { ...change.at, rows: grid.length, cols }).formulas = grid;
      return;
    }
    case "clearRange":
      rangeOf(context, change.sheet, change.range).clear("Contents" as Excel.ClearApplyTo);
      return;
    case "formatRange":
      queueStyle(rangeOf(context, change.sheet, change.range), change.style);
      return;
    case "mergeRange":
      rangeOf(context, change.sheet, change.range).merge(false);
      return;
    case "setColumnWidths":
      for (const { col, width } of change.widths) {
        rangeOf(context, change.sheet, { row: 0, col, rows: 1, cols: 1 }).format.columnWidth =
          charactersToPoints(width);
      }
      return;
    case "setRowHeights":
      for (const { row, rows, height } of heightRuns(change.heights))
        rangeOf(context, change.sheet, { row, col: 0, rows, cols: 1 }).format.rowHeight = height;
      return;
    case "freezePanes": {
      const panes = sheets.getItem(change.sheet).freezePanes;
      if (change.rows > 0 && change.cols > 0)
        panes.freezeAt(rangeToA1({ row: 0, col: 0, rows: change.rows, cols: change.cols }));
      else if (change.rows > 0) panes.freezeRows(change.rows);
      else if (change.cols > 0) panes.freezeColumns(change.cols);
      else panes.unfreeze();
      return;
    }
    case "protectSheet":
      sheets.getItem(change.sheet).protection.protect();
      return;
    case "unprotectSheet":
      sheets.getItem(change.sheet).protection.unprotect();
      return;
    case "setPageLayout":
      queuePageLayout(sheets.getItem(change.sheet).pageLayout, change.layout);
      return;
    case "defineName":
      if (replaceName) context.workbook.names.getItem(change.name).delete();
      context.workbook.names.add(change.name, `=${change.refersTo}`);
      return;
    case "setListValidation": {
      const validation = rangeOf(context, change.sheet, change.range).dataValidation;
      validation.clear();
      // The API takes the list as one comma-separated text, whatever the user's locale.
      validation.rule = { list: { inCellDropDown: true, source: change.list.join(",") } };
      return;
    }
    case "addConditionalFill": {
      const format = rangeOf(context, change.sheet, change.range).conditionalFormats.add(
        "Custom" as Excel.ConditionalFormatType,
      );
      format.custom.rule.formula = change.formula;
      format.custom.format.fill.color = change.fill;
      return;
    }
    case "activate": {
      sheets.getItem(change.sheet).activate();
      if (change.select) rangeOf(context, change.sheet, change.select).select();
      return;
    }
    default:
      assertNever(change);
  }
}

function queueStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) {
    format.horizontalAlignment = capitalize(style.horizontalAlignment) as Excel.HorizontalAlignment;
  }
  if (style.verticalAlignment !== undefined) {
    format.verticalAlignment = capitalize(style.verticalAlignment) as Excel.VerticalAlignment;
  }
  if (style.locked !== undefined) format.protection.locked = style.locked;
  if (style.border !== undefined) {
    for (const edge of EDGES) {
      format.borders.getItem(edge as Excel.BorderIndex).style = (
        style.border === "thin" ? "Continuous" : "None"
      ) as Excel.BorderLineStyle;
    }
  }
  if (style.numberFormat !== undefined) {
    // One value sets every cell of the range (Office.js "single input copy", as Ctrl+Enter does):
    // a grid would send rows × cols copies of the same text — most of an import's request bytes.
    range.numberFormat = style.numberFormat as unknown as string[][];
  }
}

function queuePageLayout(page: Excel.PageLayout, layout: PageLayout): void {
  page.paperSize = layout.paperSize as Excel.PaperType;
  page.orientation = capitalize(layout.orientation) as Excel.PageOrientation;
  if (layout.fitToPagesWide !== undefined || layout.fitToPagesTall !== undefined) {
    // 0 pages means "as many as needed" in that direction.
    page.zoom = {
      horizontalFitToPages: layout.fitToPagesWide ?? 0,
      verticalFitToPages: layout.fitToPagesTall ?? 0,
    };
  }
  if (layout.printArea) page.setPrintArea(rangeToA1(layout.printArea, true));
  if (layout.printTitleRows) {
    page.setPrintTitleRows(
      `$${layout.printTitleRows.first + 1}:$${layout.printTitleRows.last + 1}`,
    );
  }
  if (layout.centerHorizontally !== undefined) page.centerHorizontally = layout.centerHorizontally;
  // In a header `&` starts a code (&D is the date, &P the page): «R&D» must be sent as «R&&D».
  if (layout.headerText !== undefined)
    page.headersFooters.defaultForAllPages.centerHeader = layout.headerText.replace(/&/g, "&&");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
