/** Applies one WorkbookChange to an exceljs workbook, as Excel would. */
import { assertNever } from "../../../src/core/assert-never";
import type ExcelJS from "exceljs";
import type { RangeRef } from "../../../src/core/workbook/address";
import { rangeToA1, toA1 } from "../../../src/core/workbook/address";
import { sheetNameProblem } from "../../../src/core/workbook/sheet-name";
import type { PageLayout, WorkbookChange } from "../../../src/core/workbook/workbook-port";
import { WorkbookError } from "../../../src/core/workbook/workbook-port";
import { styleCell, toArgb } from "./style";
import { isPlainRangeList } from "./xlsx-range";
import type { XlsxWorkbook } from "./xlsx-workbook";
import { isSheetProtected } from "./xlsx-workbook";
import { fileColumnWidth } from "../../../src/core/sheets/shared/page-geometry";

/** ECMA-376 paper size codes (exceljs's PaperSize enum lacks A3). */
const PAPER_SIZE = { A3: 8, A4: 9 } as const;

/** What exceljs keeps on a worksheet but does not declare in its types. */
type WorksheetInternals = {
  orderNo: number;
  /** Merged areas by master address, 1-based. */
  _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function internals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}

/** @throws WorkbookError for what Excel refuses (missing sheet, bad name, protected sheet). */
export async function applyXlsxChange(book: XlsxWorkbook, change: WorkbookChange): Promise<void> {
  switch (change.kind) {
    case "addSheet":
      addSheet(book, change.name, change.position);
      return;
    case "renameSheet": {
      const sheet = book.requireSheet(change.from);
      const others = book
        .sheets()
        .filter((s) => s !== sheet)
        .map((s) => s.name);
      const problem = sheetNameProblem(change.to, others);
      if (problem) throw new WorkbookError("invalid-argument", problem);
      sheet.name = change.to;
      return;
    }
    case "deleteSheet":
      book.workbook.removeWorksheet(book.requireSheet(change.name).id);
      return;
    case "setVisibility":
      book.requireSheet(change.sheet).state = change.visibility;
      return;
    case "writeCells": {
      const sheet = writableSheet(book, change.sheet);
      change.cells.forEach((row, r) =>
        row.forEach((write, c) => {
          if (write.kind === "skip") return;
          const cell = sheet.getCell(change.at.row + r + 1, change.at.col + c + 1);
          if (write.kind === "formula") {
            cell.value = { formula: write.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
          } else {
            // A value is always a constant: exceljs stores a string as text, even "=1+1".
            cell.value = write.value;
          }
        }),
      );
      return;
    }
    case "clearRange": {
      const sheet = writableSheet(book, change.sheet);
      forEachCell(change.range, (row, col) => {
        const cell = sheet.findCell(row + 1, col + 1);
        if (cell) cell.value = null;
      });
      return;
    }
    case "formatRange": {
      const sheet = writableSheet(book, change.sheet);
      forEachCell(change.range, (row, col) =>
        styleCell(sheet.getCell(row + 1, col + 1), change.style),
      );
      return;
    }
    case "mergeRange": {
      const { row, col, rows, cols } = change.range;
      const sheet = writableSheet(book, change.sheet);
      // Excel merges over existing merged areas; exceljs throws, so unmerge those first.
      for (const merged of Object.values(internals(sheet)._merges)) {
        if (!merged) continue;
        const apart =
          merged.bottom < row + 1 ||
          merged.top > row + rows ||
          merged.right < col + 1 ||
          merged.left > col + cols;
        if (!apart) sheet.unMergeCells(merged.top, merged.left, merged.bottom, merged.right);
      }
      sheet.mergeCells(row + 1, col + 1, row + rows, col + cols);
      return;
    }
    case "setColumnWidths": {
      const sheet = book.requireSheet(change.sheet);
      // The file stores characters with the padding counted in (the package writer does the same).
      for (const { col, width } of change.widths)
        sheet.getColumn(col + 1).width = fileColumnWidth(width);
      return;
    }
    case "setRowHeights": {
      const sheet = book.requireSheet(change.sheet);
      for (const { row, height } of change.heights) sheet.getRow(row + 1).height = height;
      return;
    }
    case "freezePanes": {
      const sheet = book.requireSheet(change.sheet);
      sheet.views =
        change.rows > 0 || change.cols > 0
          ? [
              {
                state: "frozen",
                xSplit: change.cols,
                ySplit: change.rows,
                topLeftCell: toA1({ row: change.rows, col: change.cols }),
              },
            ]
          : [{ state: "normal" }];
      return;
    }
    case "protectSheet":
      // No password: the sheet protects against slips, not people (the add-in unprotects it).
      await book.requireSheet(change.sheet).protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
      });
      return;
    case "unprotectSheet":
      book.requireSheet(change.sheet).unprotect();
      return;
    case "setPageLayout":
      setPageLayout(book.requireSheet(change.sheet), change.layout);
      return;
    case "defineName":
      defineName(book, change.name, change.refersTo);
      return;
    case "setListValidation":
      internals(writableSheet(book, change.sheet)).dataValidations.add(rangeToA1(change.range), {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${change.list.map((item) => item.replace(/"/g, '""')).join(",")}"`],
      });
      return;
    case "addConditionalFill": {
      const sheet = writableSheet(book, change.sheet);
      sheet.addConditionalFormatting({
        ref: rangeToA1(change.range),
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [change.formula.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(change.fill) } },
            },
          },
        ],
      });
      return;
    }
    case "activate": {
      const sheet = book.requireSheet(change.sheet);
      // Like Excel: the active tab is where the user lands when the file opens.
      const index = book.sheets().indexOf(sheet);
      book.workbook.views = [{ ...(book.workbook.views?.[0] ?? defaultView()), activeTab: index }];
      return;
    }
    default:
      assertNever(change);
  }
}

function defaultView(): ExcelJS.WorkbookView {
  return {
    x: 0,
    y: 0,
    width: 12000,
    height: 8000,
    firstSheet: 0,
    activeTab: 0,
    visibility: "visible",
  };
}

function addSheet(book: XlsxWorkbook, name: string, position: number | undefined): void {
  const problem = sheetNameProblem(
    name,
    book.sheets().map((s) => s.name),
  );
  if (problem) throw new WorkbookError("invalid-argument", problem);
  const ordered = book.sheets();
  const sheet = book.workbook.addWorksheet(name);
  const at =
    position === undefined ? ordered.length : Math.max(0, Math.min(position, ordered.length));
  ordered.splice(at, 0, sheet);
  ordered.forEach((s, index) => (internals(s).orderNo = index + 1));
}

function setPageLayout(sheet: ExcelJS.Worksheet, layout: PageLayout): void {
  const fitToPage = layout.fitToPagesWide !== undefined || layout.fitToPagesTall !== undefined;
  const setup: Partial<ExcelJS.PageSetup> = {
    ...sheet.pageSetup,
    paperSize: PAPER_SIZE[layout.paperSize] as ExcelJS.PaperSize,
    orientation: layout.orientation,
    fitToPage,
  };
  if (fitToPage) {
    // 0 means "as many pages as needed" in that direction.
    setup.fitToWidth = layout.fitToPagesWide ?? 0;
    setup.fitToHeight = layout.fitToPagesTall ?? 0;
  }
  // exceljs writes the name as `'Sheet'!$` + start + `:$` + end, so rows absolute here give
  // `'Sheet'!$A$1:$G$7`; «A1:G7» would give `$A1:$G7`, which LibreOffice ignores.
  if (layout.printArea)
    setup.printArea = rangeToA1(layout.printArea).replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  if (layout.printTitleRows)
    setup.printTitlesRow = `${layout.printTitleRows.first + 1}:${layout.printTitleRows.last + 1}`;
  if (layout.centerHorizontally !== undefined) setup.horizontalCentered = layout.centerHorizontally;
  sheet.pageSetup = setup;
  if (layout.headerText !== undefined)
    sheet.headerFooter = {
      ...sheet.headerFooter,
      oddHeader: `&C${layout.headerText.replace(/&/g, "&&")}`,
    };
}

function defineName(book: XlsxWorkbook, name: string, refersTo: string): void {
  const text = refersTo.replace(/^=/, "");
  // exceljs keeps only names that are cell ranges; anything else would vanish on save.
  if (!isPlainRangeList(text))
    throw new WorkbookError("api-unsupported", {
      key: "NAME_NOT_ABSOLUTE_RANGE",
      params: { name, refersTo },
    });
  const lower = name.toLowerCase();
  const kept = book.workbook.definedNames.model.filter((n) => n.name.toLowerCase() !== lower);
  book.workbook.definedNames.model = [...kept, { name, ranges: text.split(",") }];
}

function forEachCell(range: RangeRef, visit: (row: number, col: number) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++)
    for (let c = range.col; c < range.col + range.cols; c++) visit(r, c);
}

/** Like Excel: a protected sheet refuses cell edits until the add-in unprotects it. */
function writableSheet(book: XlsxWorkbook, name: string): ExcelJS.Worksheet {
  const sheet = book.requireSheet(name);
  if (isSheetProtected(sheet))
    throw new WorkbookError("sheet-protected", {
      key: "SHEET_PROTECTED_NAMED",
      params: { sheet: name },
    });
  return sheet;
}
