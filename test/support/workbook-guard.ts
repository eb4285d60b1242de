/**
 * The one shared check behind «the workbook is sacred» (spec §9, issue 8): a snapshot of every
 * sheet that is not a Gevinst sheet — its name, position among those sheets, visibility and
 * protection, and every cell's value, formula and number format (plus its other formatting where
 * the host keeps it) — and of every table and defined name that is not Gevinst's. Taken before and
 * after a use-case, the two must be equal. Works on the memory adapter, on the Excel JS API
 * simulator's state, and on .xlsx files (exceljs).
 */
import ExcelJS from "exceljs";
import type { MemoryWorkbook } from "../../src/adapters/memory";
import { toA1 } from "../../src/core/workbook/address";
import type { CellValue } from "../../src/core/workbook/workbook-port";
import { isGevinstName, isGevinstSheet } from "../../src/core/workbook/workbook-port";
import type { ExcelSimulator } from "./excel-simulator";

export type GuardCell = {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  /** The host's other cell formatting as JSON ("" where the host keeps none). */
  style: string;
};

export type GuardSheet = {
  name: string;
  visibility: string;
  isProtected: boolean;
  /** Merged areas, as A1 ranges, sorted. */
  merges: string[];
  /** A1 → cell; only cells that hold a value, a formula or a format. */
  cells: Record<string, GuardCell>;
};

export type GuardSnapshot = {
  /** Non-Gevinst sheets in tab order (relative order: Gevinst sheets may be added between). */
  sheets: GuardSheet[];
  /** Tables on non-Gevinst sheets: "name@sheet!A1:D9", sorted. */
  tables: string[];
  /** Defined names that are not Gevinst's: "name=refersTo", sorted. */
  names: string[];
};

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";
const normaliseFormat = (format: string | null | undefined): string | null =>
  format === undefined || format === null || format === "" || format === "General" ? null : format;

function keepCell(cell: GuardCell): boolean {
  return (
    !isBlank(cell.value) || cell.formula !== null || cell.numberFormat !== null || cell.style !== ""
  );
}

function styleJson(style: object | undefined): string {
  if (!style || Object.keys(style).length === 0) return "";
  return JSON.stringify(style, Object.keys(style).sort());
}

/** The cells worth comparing from a sparse "row,col" → cell map (memory adapter or simulator). */
function guardCells<
  C extends { value: CellValue; formula: string | null; numberFormat?: string | null },
>(source: Map<string, C>, styleOf: (cell: C) => object | undefined): Record<string, GuardCell> {
  const cells: Record<string, GuardCell> = {};
  for (const [key, cell] of source) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    const snap: GuardCell = {
      value: isBlank(cell.value) ? null : cell.value,
      formula: cell.formula,
      numberFormat: normaliseFormat(cell.numberFormat),
      style: styleJson(styleOf(cell)),
    };
    if (keepCell(snap)) cells[toA1({ row, col })] = snap;
  }
  return cells;
}

/** The non-Gevinst part of an in-memory workbook. */
export function snapshotMemory(workbook: MemoryWorkbook): GuardSnapshot {
  const sheets: GuardSheet[] = [];
  for (const sheet of workbook.sheets) {
    if (isGevinstSheet(sheet.name)) continue;
    const cells = guardCells(sheet.cells, (cell) => cell.style);
    sheets.push({
      name: sheet.name,
      visibility: sheet.visibility,
      isProtected: sheet.isProtected,
      merges: sheet.merges.map((m) => toA1(m)).sort(),
      cells,
    });
  }
  return {
    sheets,
    tables: workbook.tables
      .filter((t) => !isGevinstSheet(t.sheet))
      .map((t) => `${t.name}@${t.sheet}!${toA1(t.range)}`)
      .sort(),
    names: [...workbook.names.values()]
      .filter((n) => !isGevinstName(n.name))
      .map((n) => `${n.name}=${n.refersTo.replace(/^=/, "")}`)
      .sort(),
  };
}

/** The non-Gevinst part of the Excel JS API simulator's state. */
export function snapshotSimulator(sim: ExcelSimulator): GuardSnapshot {
  const { state } = sim;
  const sheets: GuardSheet[] = [];
  for (const sheet of state.sheets) {
    if (isGevinstSheet(sheet.name)) continue;
    const cells = guardCells(sheet.cells, (cell) => cell.format);
    sheets.push({
      name: sheet.name,
      visibility: sheet.visibility,
      isProtected: sheet.isProtected,
      merges: sheet.merges.map((m) => toA1(m)).sort(),
      cells: {
        ...cells,
        // Sheet-level settings a careless adapter could touch: kept in the snapshot as pseudo-cells.
        "#freeze": {
          value: JSON.stringify(sheet.freeze),
          formula: null,
          numberFormat: null,
          style: "",
        },
        "#page": {
          value: JSON.stringify(sheet.pageLayout),
          formula: null,
          numberFormat: null,
          style: "",
        },
        "#widths": {
          value: JSON.stringify([...sheet.columnWidths].sort((a, b) => a[0] - b[0])),
          formula: null,
          numberFormat: null,
          style: JSON.stringify([sheet.validations, sheet.conditionalFormats]),
        },
      },
    });
  }
  const sheetName = (id: number): string => state.sheets.find((s) => s.id === id)?.name ?? "?";
  return {
    sheets,
    tables: state.tables
      .filter((t) => !isGevinstSheet(sheetName(t.sheetId)))
      .map((t) => `${t.name}@${sheetName(t.sheetId)}!${toA1(t.range)}`)
      .sort(),
    names: state.names
      .filter((n) => !isGevinstName(n.name))
      .map((n) => `${n.name}=${n.formula.replace(/^=/, "")}`)
      .sort(),
  };
}

function xlsxCellValue(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return { value: null, formula: null };
  if (typeof raw === "object") {
    const object = raw as Record<string, unknown>;
    if ("formula" in object || "sharedFormula" in object) {
      const formula = (object.formula ?? object.sharedFormula) as string;
      return { value: JSON.stringify(object.result ?? null), formula: `=${formula}` };
    }
    if (raw instanceof Date) return { value: raw.toISOString(), formula: null };
    return { value: JSON.stringify(raw), formula: null };
  }
  return { value: raw as CellValue, formula: null };
}

/** The non-Gevinst part of an .xlsx workbook (an exceljs Workbook, or the file's bytes). */
export async function snapshotXlsx(source: ExcelJS.Workbook | Buffer): Promise<GuardSnapshot> {
  let workbook: ExcelJS.Workbook;
  if (source instanceof ExcelJS.Workbook) workbook = source;
  else {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer,
    );
  }
  const sheets: GuardSheet[] = [];
  for (const sheet of workbook.worksheets) {
    if (isGevinstSheet(sheet.name)) continue;
    const cells: Record<string, GuardCell> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const { value, formula } = xlsxCellValue(cell);
        const snap: GuardCell = {
          value,
          formula,
          numberFormat: normaliseFormat(cell.numFmt),
          style: styleJson({ font: cell.font, fill: cell.fill, alignment: cell.alignment }),
        };
        if (keepCell(snap)) cells[cell.address] = snap;
      }),
    );
    const model = sheet.model as { merges?: string[] };
    sheets.push({
      name: sheet.name,
      visibility: sheet.state ?? "visible",
      isProtected: Boolean((sheet as unknown as { sheetProtection?: unknown }).sheetProtection),
      merges: [...(model.merges ?? [])].sort(),
      cells,
    });
  }
  const tables: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (isGevinstSheet(sheet.name)) continue;
    for (const table of sheet.getTables() as unknown as {
      table?: { name: string; tableRef?: string; ref?: string };
    }[]) {
      const t = table.table;
      if (t) tables.push(`${t.name}@${sheet.name}!${t.tableRef ?? t.ref ?? ""}`);
    }
  }
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[])
    .filter((n) => !isGevinstName(n.name))
    .map((n) => `${n.name}=${n.ranges.join(",")}`)
    .sort();
  return { sheets, tables: tables.sort(), names };
}

/**
 * What differs between two snapshots, as readable lines (empty when nothing did): the first
 * cells that changed, sheets added, removed, renamed, re-ordered, hidden or (un)protected.
 */
export function guardDifferences(
  before: GuardSnapshot,
  after: GuardSnapshot,
  limit = 20,
): string[] {
  const out: string[] = [];
  const beforeNames = before.sheets.map((s) => s.name);
  const afterNames = after.sheets.map((s) => s.name);
  if (JSON.stringify(beforeNames) !== JSON.stringify(afterNames))
    out.push(`sheets: ${JSON.stringify(beforeNames)} → ${JSON.stringify(afterNames)}`);
  for (const sheet of before.sheets) {
    const other = after.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    for (const field of ["visibility", "isProtected"] as const)
      if (sheet[field] !== other[field])
        out.push(`${sheet.name}: ${field} ${String(sheet[field])} → ${String(other[field])}`);
    if (JSON.stringify(sheet.merges) !== JSON.stringify(other.merges))
      out.push(`${sheet.name}: merges ${sheet.merges.join(" ")} → ${other.merges.join(" ")}`);
    const keys = new Set([...Object.keys(sheet.cells), ...Object.keys(other.cells)]);
    for (const key of keys) {
      const a = JSON.stringify(sheet.cells[key] ?? null);
      const b = JSON.stringify(other.cells[key] ?? null);
      if (a !== b) out.push(`${sheet.name}!${key}: ${a} → ${b}`);
      if (out.length >= limit) return out;
    }
  }
  if (JSON.stringify(before.tables) !== JSON.stringify(after.tables))
    out.push(`tables: ${before.tables.join(" ")} → ${after.tables.join(" ")}`);
  if (JSON.stringify(before.names) !== JSON.stringify(after.names))
    out.push(`names: ${before.names.join(" ")} → ${after.names.join(" ")}`);
  return out.slice(0, limit);
}

/** Fails the test, listing what changed, when anything outside the Gevinst sheets changed. */
export function expectNonGevinstUnchanged(before: GuardSnapshot, after: GuardSnapshot): void {
  expect(guardDifferences(before, after)).toEqual([]);
}
