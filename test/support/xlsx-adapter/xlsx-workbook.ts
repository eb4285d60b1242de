/**
 * The .xlsx WorkbookPort on exceljs: a second .xlsx implementation, independent of the package
 * adapter (src/adapters/ooxml) that the command line and the demo's download use, for round trips,
 * the port contract and the reliability tests. Nothing shipped uses it. It reads what Excel would show (cached formula results; exceljs computes nothing) and applies
 * the same plain-data changes as the Office.js adapter. Nothing outside Gevinst sheets is ever
 * written: `assertOnlyGevinstChanges` runs before any change.
 */
import type ExcelJS from "exceljs";
import type {
  CellValue,
  DefinedName,
  ReadOptions,
  SheetGrid,
  SheetVisibility,
  TableInfo,
  WorkbookCapabilities,
  WorkbookChange,
  WorkbookOutline,
  WorkbookPort,
} from "../../../src/core/workbook/workbook-port";
import { WorkbookError, assertOnlyGevinstChanges } from "../../../src/core/workbook/workbook-port";
import { applyXlsxChange } from "./apply-change";
import { hasContent, readCellFormula, readCellValue } from "./read-cell";
import { parseRange } from "./xlsx-range";

export class XlsxWorkbook implements WorkbookPort {
  readonly capabilities: WorkbookCapabilities = {
    host: "xlsx",
    dataValidation: true,
    conditionalFormats: true,
    protection: true,
    pageLayout: true,
    veryHidden: true,
    changeEvents: false,
  };

  constructor(readonly workbook: ExcelJS.Workbook) {}

  private get date1904(): boolean {
    return this.workbook.properties?.date1904 === true;
  }

  /** The worksheets in tab order. */
  sheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets;
  }

  /** The sheet with this name (case-insensitive, as in Excel), or undefined. */
  findSheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets().find((sheet) => sheet.name.toLowerCase() === lower);
  }

  /** @throws WorkbookError("sheet-missing"). */
  requireSheet(name: string): ExcelJS.Worksheet {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new WorkbookError("sheet-missing", {
        key: "SHEET_NOT_FOUND_NAMED",
        params: { sheet: name },
      });
    return sheet;
  }

  describe(): Promise<WorkbookOutline> {
    const sheets = this.sheets().map((sheet, position) => ({
      name: sheet.name,
      visibility: toVisibility(sheet.state),
      position,
      isProtected: isSheetProtected(sheet),
    }));
    const tables: TableInfo[] = [];
    for (const sheet of this.sheets()) {
      const sheetTables = (
        sheet as unknown as { tables?: Record<string, { model?: TableModelLike }> }
      ).tables;
      for (const table of Object.values(sheetTables ?? {})) {
        const model = table.model ?? {};
        const ref = model.tableRef ?? model.ref;
        if (!model.name || !ref) continue;
        const range = parseRange(ref);
        // exceljs keeps a loaded table's ref as the whole table (header row included).
        tables.push({
          name: model.name,
          sheet: sheet.name,
          range,
          hasHeaders: model.headerRow !== false,
        });
      }
    }
    const names: DefinedName[] = this.workbook.definedNames.model.map((entry) => ({
      name: entry.name,
      refersTo: entry.ranges.join(","),
    }));
    return Promise.resolve({ sheets, tables, names });
  }

  readSheets(names: readonly string[], options: ReadOptions = {}): Promise<SheetGrid[]> {
    try {
      return Promise.resolve(names.map((name) => this.readGrid(this.requireSheet(name), options)));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  async apply(changes: readonly WorkbookChange[]): Promise<void> {
    assertOnlyGevinstChanges(changes);
    for (const change of changes) await applyXlsxChange(this, change);
  }

  private readGrid(sheet: ExcelJS.Worksheet, options: ReadOptions): SheetGrid {
    const used = usedRange(sheet);
    const grid: SheetGrid = {
      name: sheet.name,
      origin: { row: used?.row ?? 0, col: used?.col ?? 0 },
      values: [],
    };
    if (options.formulas) grid.formulas = [];
    if (options.numberFormats) grid.numberFormats = [];
    if (!used) return grid;
    for (let r = 0; r < used.rows; r++) {
      const row = sheet.findRow(used.row + r + 1);
      const values: CellValue[] = [];
      const formulas: (string | null)[] = [];
      const formats: (string | null)[] = [];
      for (let c = 0; c < used.cols; c++) {
        const cell = row?.findCell(used.col + c + 1);
        values.push(cell ? readCellValue(cell, this.date1904) : null);
        formulas.push(cell ? readCellFormula(cell) : null);
        formats.push(cell?.numFmt ?? null);
      }
      grid.values.push(values);
      grid.formulas?.push(formulas);
      grid.numberFormats?.push(formats);
    }
    return grid;
  }
}

type TableModelLike = { name?: string; ref?: string; tableRef?: string; headerRow?: boolean };

function toVisibility(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

export function isSheetProtected(sheet: ExcelJS.Worksheet): boolean {
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null })
    .sheetProtection;
  return protection?.sheet === true;
}

/** The bounding box (0-based) of cells holding a value or a formula, as Excel's valuesOnly. */
function usedRange(sheet: ExcelJS.Worksheet) {
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (!hasContent(cell)) return;
      minRow = Math.min(minRow, rowNumber - 1);
      maxRow = Math.max(maxRow, rowNumber - 1);
      minCol = Math.min(minCol, colNumber - 1);
      maxCol = Math.max(maxCol, colNumber - 1);
    });
  });
  if (maxRow < 0) return null;
  return { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
}
