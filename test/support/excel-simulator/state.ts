/**
 * The simulated workbook's state: plain data that tests seed and inspect. The proxy classes
 * (context.ts, range.ts, worksheet.ts, workbook.ts) change it only while a `sync` runs.
 */
import type { CellValue, SheetVisibility } from "../../../src/core/workbook/workbook-port";
import type { RangeRef } from "../../../src/core/workbook/address";
import { rangeFromA1 } from "../../../src/core/workbook/address";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { isFormulaSeed } from "../../../src/adapters/memory/workbook-seed";
import { officeError } from "./errors";

export type SimCellFormat = {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Excel's default: every cell is locked (it only matters once the sheet is protected). */
  locked?: boolean;
  /** Border style per edge ("EdgeTop" → "Continuous"). */
  borders?: Record<string, string>;
};

export type SimCell = {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  format: SimCellFormat;
};

export type SimPageLayout = {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: string | null;
  printTitleRows: string | null;
  centerHorizontally: boolean;
  centerHeader: string;
};

export type SimSheet = {
  id: number;
  name: string;
  visibility: SheetVisibility;
  isProtected: boolean;
  /** Set when a person protected the sheet with a password (Gevinst never uses one). */
  password?: string;
  /** Key `${row},${col}`, 0-based. Absent means empty with default format. */
  cells: Map<string, SimCell>;
  merges: RangeRef[];
  freeze: { rows: number; cols: number };
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: SimPageLayout;
  validations: { range: RangeRef; list: string }[];
  conditionalFormats: { range: RangeRef; formula: string; fill: string | null }[];
};

export type SimTable = { name: string; sheetId: number; range: RangeRef; showHeaders: boolean };

export type SimName = { name: string; formula: string };

export type SimWorkbookState = {
  sheets: SimSheet[];
  tables: SimTable[];
  names: SimName[];
  activeSheetId: number | null;
  selection: { sheetId: number; range: RangeRef } | null;
  nextSheetId: number;
};

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptyCell(): SimCell {
  return { value: "", formula: null, numberFormat: "General", format: {} };
}

export function newSheet(state: SimWorkbookState, name: string): SimSheet {
  const sheet: SimSheet = {
    id: state.nextSheetId++,
    name,
    visibility: "visible",
    isProtected: false,
    cells: new Map(),
    merges: [],
    freeze: { rows: 0, cols: 0 },
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: 100 },
      printArea: null,
      printTitleRows: null,
      centerHorizontally: false,
      centerHeader: "",
    },
    validations: [],
    conditionalFormats: [],
  };
  return sheet;
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no apostrophe first or last, not
 * "History" (reserved by Excel for change tracking), unique ignoring case.
 * @throws SimulatedOfficeError InvalidArgument or ItemAlreadyExists.
 */
export function checkSheetName(state: SimWorkbookState, name: string, exceptId?: number): void {
  const where = "Worksheet.name";
  if (name.trim() === "" || name.length > 31) {
    throw officeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      where,
    );
  }
  if (FORBIDDEN_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw officeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      where,
    );
  }
  if (name.toLowerCase() === "history") {
    throw officeError("InvalidArgument", "'History' is a reserved name.", where);
  }
  const clash = state.sheets.find(
    (s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash) {
    throw officeError(
      "ItemAlreadyExists",
      "The resource with the same name or identifier already exists.",
      where,
    );
  }
}

export function findSheet(state: SimWorkbookState, name: string): SimSheet | undefined {
  return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Builds state from the shared seed format. */
export function stateFromSeed(seed: WorkbookSeed): SimWorkbookState {
  const state: SimWorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    activeSheetId: null,
    selection: null,
    nextSheetId: 1,
  };
  for (const seedSheet of seed.sheets) {
    checkSheetName(state, seedSheet.name);
    const sheet = newSheet(state, seedSheet.name);
    sheet.visibility = seedSheet.visibility ?? "visible";
    sheet.isProtected = seedSheet.protected ?? false;
    seedSheet.rows.forEach((row, r) =>
      row.forEach((seedCell, c) => {
        if (isFormulaSeed(seedCell)) {
          sheet.cells.set(cellKey(r, c), {
            ...emptyCell(),
            formula: seedCell.formula,
            value: seedCell.value ?? "",
          });
        } else if (seedCell !== null && seedCell !== "") {
          sheet.cells.set(cellKey(r, c), { ...emptyCell(), value: seedCell });
        }
      }),
    );
    for (const merge of seedSheet.merges ?? []) sheet.merges.push(rangeFromA1(merge));
    for (const table of seedSheet.tables ?? []) {
      state.tables.push({
        name: table.name,
        sheetId: sheet.id,
        range: rangeFromA1(table.range),
        showHeaders: true,
      });
    }
    state.sheets.push(sheet);
  }
  for (const name of seed.names ?? [])
    state.names.push({ name: name.name, formula: `=${name.refersTo}` });
  state.activeSheetId = state.sheets.find((s) => s.visibility === "visible")?.id ?? null;
  return state;
}

/** The bounding box of non-empty cells (values or formulas), or null for an empty sheet. */
export function usedBounds(sheet: SimSheet, valuesOnly: boolean): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const hasContent = cell.formula !== null || (cell.value !== "" && cell.value !== null);
    const hasFormat = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
    if (!hasContent && (valuesOnly || !hasFormat)) continue;
    const [row, col] = key.split(",").map(Number) as [number, number];
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  if (bottom < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
