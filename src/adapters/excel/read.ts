/**
 * Reading: the outline (sheets, tables, names) and the used ranges of many sheets, each queued in
 * full before one `sync`. Values come back as Excel gives them ("" for empty) and are turned into
 * the port's plain data here.
 */
import type {
  CellValue,
  ReadOptions,
  SheetGrid,
  SheetVisibility,
  TableInfo,
  WorkbookOutline,
} from "../../core/workbook/workbook-port";
import { rangeFromA1 } from "../../core/workbook/address";

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** "'Gevinst Tiltak'!A1:F20" → the sheet name and the range. */
function splitAddress(address: string): { sheet: string; a1: string } {
  const bang = address.lastIndexOf("!");
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, a1: address.slice(bang + 1).replace(/\$/g, "") };
}

/**
 * Sheets, names and tables in one sync. Office.js gives a table's range only through
 * `table.getRange()`, which needs the table's name first, so a workbook with tables costs a second
 * sync (queued for all tables at once).
 */
export async function readOutline(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
): Promise<WorkbookOutline> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/position,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const tables = context.workbook.tables;
  tables.load("items/name,items/showHeaders");
  await sync();

  const tableRanges = tables.items.map((table) => table.getRange().load("address"));
  if (tableRanges.length > 0) await sync();

  const tableInfos: TableInfo[] = tables.items.map((table, i) => {
    const { sheet, a1 } = splitAddress(tableRanges[i]?.address ?? "");
    return { name: table.name, sheet, range: rangeFromA1(a1), hasHeaders: table.showHeaders };
  });
  return {
    sheets: sheets.items.map((sheet) => ({
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
      position: sheet.position,
      isProtected: sheet.protection.protected,
    })),
    tables: tableInfos,
    names: names.items.map((item) => ({
      name: item.name,
      refersTo: item.formula.replace(/^=/, ""),
    })),
  };
}

/** Queues the used range of each sheet; `getItem` fails the sync with ItemNotFound for a missing one. */
export function queueUsedRanges(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  options: ReadOptions,
): Excel.Range[] {
  const properties = ["rowIndex", "columnIndex", "values"];
  if (options.formulas) properties.push("formulas");
  if (options.numberFormats) properties.push("numberFormat");
  return sheetNames.map((name) =>
    // valuesOnly: cells that only carry formatting do not widen what we read.
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(properties),
  );
}

/** Turns a loaded used range (or a null object for an empty sheet) into a SheetGrid. */
export function toSheetGrid(name: string, range: Excel.Range, options: ReadOptions): SheetGrid {
  if (range.isNullObject) {
    return {
      name,
      origin: { row: 0, col: 0 },
      values: [],
      ...(options.formulas ? { formulas: [] } : {}),
      ...(options.numberFormats ? { numberFormats: [] } : {}),
    };
  }
  return gridFromArrays(
    name,
    { row: range.rowIndex, col: range.columnIndex },
    {
      values: range.values,
      formulas: options.formulas ? range.formulas : undefined,
      numberFormats: options.numberFormats ? range.numberFormat : undefined,
    },
  );
}

/** Builds a grid from Excel's arrays: "" becomes null and each row ends at its last value. */
export function gridFromArrays(
  name: string,
  origin: { row: number; col: number },
  arrays: { values: unknown[][]; formulas?: unknown[][]; numberFormats?: unknown[][] },
): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  arrays.values.forEach((row, r) => {
    const cells = row.map(toCellValue);
    let length = cells.length;
    while (length > 0 && cells[length - 1] === null && !isFormulaAt(arrays, r, length - 1))
      length--;
    values.push(cells.slice(0, length));
    if (arrays.formulas) {
      formulas.push(
        cells
          .slice(0, length)
          .map((_, c) => (isFormulaAt(arrays, r, c) ? String(arrays.formulas?.[r]?.[c]) : null)),
      );
    }
    if (arrays.numberFormats) {
      numberFormats.push(
        cells.slice(0, length).map((_, c) => toFormat(arrays.numberFormats?.[r]?.[c])),
      );
    }
  });
  return {
    name,
    origin,
    values,
    ...(arrays.formulas ? { formulas } : {}),
    ...(arrays.numberFormats ? { numberFormats } : {}),
  };
}

function toCellValue(raw: unknown): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  return String(raw);
}

function toFormat(raw: unknown): string | null {
  return typeof raw === "string" && raw !== "" ? raw : null;
}

/**
 * `range.formulas` gives a text cell that begins with "=" (entered with an apostrophe) back as the
 * same text, without the apostrophe (OfficeDev/office-js#6687). A real formula's value differs from
 * its text, so a cell counts as a formula only when the two differ.
 */
function isFormulaAt(
  arrays: { values: unknown[][]; formulas?: unknown[][] },
  r: number,
  c: number,
): boolean {
  const formula = arrays.formulas?.[r]?.[c];
  return (
    typeof formula === "string" && formula.startsWith("=") && arrays.values[r]?.[c] !== formula
  );
}
