/** Applies one WorkbookChange to the in-memory workbook, as Excel would. */
import { assertNever } from "../../core/assert-never";
import { sheetNameProblem } from "../../core/workbook/sheet-name";
import type { WorkbookChange } from "../../core/workbook/workbook-port";
import { WorkbookError } from "../../core/workbook/workbook-port";
import type { MemoryWorkbook } from "./memory-workbook";

/** @throws WorkbookError for what Excel refuses (missing sheet, bad name, protected sheet). */
export function applyChange(workbook: MemoryWorkbook, change: WorkbookChange): void {
  switch (change.kind) {
    case "addSheet":
      workbook.addSheet(change.name, change.position);
      return;
    case "renameSheet": {
      const sheet = workbook.requireSheet(change.from);
      const others = workbook.sheets.filter((s) => s !== sheet).map((s) => s.name);
      const problem = sheetNameProblem(change.to, others);
      if (problem) throw new WorkbookError("invalid-argument", problem);
      sheet.name = change.to;
      for (const table of workbook.tables) if (table.sheet === change.from) table.sheet = change.to;
      return;
    }
    case "deleteSheet": {
      const sheet = workbook.requireSheet(change.name);
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      return;
    }
    case "setVisibility":
      workbook.requireSheet(change.sheet).visibility = change.visibility;
      return;
    case "writeCells": {
      const sheet = writableSheet(workbook, change.sheet);
      change.cells.forEach((row, r) =>
        row.forEach((write, c) => {
          if (write.kind === "skip") return;
          const cell = sheet.ensure(change.at.row + r, change.at.col + c);
          if (write.kind === "formula") {
            cell.formula = write.formula;
            cell.value = null;
          } else {
            // A value is always a constant, even text that looks like a formula ("=1+1").
            cell.formula = null;
            cell.value = write.value;
          }
        }),
      );
      return;
    }
    case "clearRange": {
      const sheet = writableSheet(workbook, change.sheet);
      const { row, col, rows, cols } = change.range;
      for (let r = row; r < row + rows; r++)
        for (let c = col; c < col + cols; c++) {
          const cell = sheet.get(r, c);
          if (cell) {
            cell.value = null;
            cell.formula = null;
          }
        }
      return;
    }
    case "formatRange": {
      const sheet = writableSheet(workbook, change.sheet);
      const { row, col, rows, cols } = change.range;
      const { numberFormat, ...style } = change.style;
      for (let r = row; r < row + rows; r++)
        for (let c = col; c < col + cols; c++) {
          const cell = sheet.ensure(r, c);
          cell.style = { ...cell.style, ...style };
          if (numberFormat !== undefined) cell.numberFormat = numberFormat;
        }
      return;
    }
    case "mergeRange":
      writableSheet(workbook, change.sheet).merges.push({ ...change.range });
      return;
    case "setColumnWidths": {
      const sheet = workbook.requireSheet(change.sheet);
      for (const { col, width } of change.widths) sheet.columnWidths.set(col, width);
      return;
    }
    case "setRowHeights": {
      const sheet = workbook.requireSheet(change.sheet);
      for (const { row, height } of change.heights) sheet.rowHeights.set(row, height);
      return;
    }
    case "freezePanes":
      workbook.requireSheet(change.sheet).freeze = { rows: change.rows, cols: change.cols };
      return;
    case "protectSheet":
      workbook.requireSheet(change.sheet).isProtected = true;
      return;
    case "unprotectSheet":
      workbook.requireSheet(change.sheet).isProtected = false;
      return;
    case "setPageLayout":
      workbook.requireSheet(change.sheet).pageLayout = { ...change.layout };
      return;
    case "defineName":
      workbook.names.set(change.name.toLowerCase(), {
        name: change.name,
        refersTo: change.refersTo,
      });
      return;
    case "setListValidation":
      writableSheet(workbook, change.sheet).validations.push({
        range: { ...change.range },
        list: [...change.list],
      });
      return;
    case "addConditionalFill":
      writableSheet(workbook, change.sheet).conditionalFills.push({
        range: { ...change.range },
        formula: change.formula,
        fill: change.fill,
      });
      return;
    case "activate":
      workbook.requireSheet(change.sheet);
      return;
    default:
      assertNever(change);
  }
}

/** Like Excel: a protected sheet refuses cell edits until the add-in unprotects it. */
function writableSheet(workbook: MemoryWorkbook, name: string) {
  const sheet = workbook.requireSheet(name);
  if (sheet.isProtected)
    throw new WorkbookError("sheet-protected", {
      key: "SHEET_PROTECTED_NAMED",
      params: { sheet: name },
    });
  return sheet;
}
