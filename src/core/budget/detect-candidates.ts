/**
 * Candidates for the budget: every sheet's used range and every Excel Table, each header row
 * that names budget columns, turned into a source and scored (docs/budget.md «Poeng»).
 */
import type { SheetGrid, SheetInfo, TableInfo } from "../workbook/workbook-port";
import { isGevinstSheet } from "../workbook/workbook-port";
import type {
  BudgetCandidate,
  BudgetSource,
  HeaderColumn,
  KeyDimension,
  YearColumn,
} from "./budget.types";
import type { SourceLines } from "./budget-lines";
import { readSourceLines } from "./budget-lines";
import { cellAt, isBlank, lastGridCol, lastGridRow } from "./grid-cells";
import {
  classifyHeader,
  isBareYear,
  saysThousands,
  yearInTitle,
  yearKind,
  ansvarStandIn,
  needsCodes,
  normaliseHeader,
} from "./header-words";
import { parseAmount } from "./parse-cells";
import { missingKeys } from "./key-dimensions";
import { lack } from "./lacks";
import { choosePlanYears } from "./plan-years";

/** A rectangle to look for a budget in: a sheet's used range or a table (0-based, inclusive). */
export type Region = {
  sheet: string;
  table?: string;
  grid: SheetGrid;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The header is the table's first row; sheets are scanned for one. */
  fixedHeader: boolean;
  hidden: boolean;
};

/** A scored candidate with what detection needs later (not shown to the user). */
export type EvaluatedCandidate = BudgetCandidate & { read?: SourceLines; region: Region };

/** How far below a region's top the header row may be (title rows, notes, logos). */
const HEADER_SCAN_ROWS = 40;

/** Regions of the sheets worth looking at: not Gevinst's own, not very hidden. */
export function findRegions(
  grids: readonly SheetGrid[],
  tables: readonly TableInfo[] = [],
  sheets: readonly SheetInfo[] = [],
): Region[] {
  const regions: Region[] = [];
  for (const grid of grids) {
    const info = sheets.find((s) => s.name === grid.name);
    if (isGevinstSheet(grid.name) || info?.visibility === "veryHidden") continue;
    if (grid.values.length === 0) continue;
    const hidden = info?.visibility === "hidden";
    for (const table of tables) {
      if (table.sheet !== grid.name || !table.hasHeaders) continue;
      const { row, col, rows, cols } = table.range;
      regions.push({
        sheet: grid.name,
        table: table.name,
        grid,
        top: row,
        bottom: row + rows - 1,
        left: col,
        right: col + cols - 1,
        fixedHeader: true,
        hidden,
      });
    }
    regions.push({
      sheet: grid.name,
      grid,
      top: grid.origin.row,
      bottom: lastGridRow(grid),
      left: grid.origin.col,
      right: lastGridCol(grid),
      fixedHeader: false,
      hidden,
    });
  }
  return regions;
}

/** Every candidate header row in a region, evaluated and scored. */
export function evaluateRegion(region: Region, budgetYear?: number): EvaluatedCandidate[] {
  const last = region.fixedHeader
    ? region.top
    : Math.min(region.bottom, region.top + HEADER_SCAN_ROWS);
  const candidates: EvaluatedCandidate[] = [];
  for (let row = region.top; row <= last; row++) {
    const columns = headerColumns(region, row);
    const keys = columns.filter(
      (c) => c.role?.kind === "key" || (!c.role && ansvarStandIn(c.header) === "key"),
    ).length;
    const years = columns.filter(
      (c) => c.role?.kind === "year" || c.role?.kind === "amount",
    ).length;
    if (keys === 0 || (years === 0 && keys < 2)) continue;
    candidates.push(evaluateHeader(region, row, columns, budgetYear));
  }
  return candidates;
}

/** The header row's columns with their roles; bare years take their kind from the row above. */
function headerColumns(region: Region, row: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let col = region.left; col <= region.right; col++) {
    const cell = cellAt(region.grid, row, col);
    const header = cell === null ? "" : String(cell).trim();
    let role = classifyHeader(cell) ?? undefined;
    if (role?.kind === "year" && isBareYear(cell) && row > region.top) {
      const above = kindAbove(region, row, col);
      if (above) role = { ...role, yearKind: above };
    }
    // «Sektor», «Virksomhetsområde» are tjenesteområde only when the column holds codes (§13).
    if (role?.kind === "key" && needsCodes(header) && !holdsCodes(region, row, col))
      role = undefined;
    columns.push(role ? { col, header, role } : { col, header });
  }
  return columns;
}

/** A code as budgets write them: 254, «02», «17A», «F460», «30000H», «3100 Hjemmetjenesten». */
const CODE = /^\s*[A-Za-zÆØÅæøå]{0,3}\d[\w.-]*(?:\s.*)?$/;
/** How many filled cells below a header `holdsCodes` looks at. */
const CODE_SAMPLE = 30;

/**
 * Whether the column under a header holds codes: at least 4 in 5 of its first filled cells are
 * numbers or begin with a code (Stavanger's «virksomhetsomraade» holds names such as «Alders- og
 * sykehjem», Bergen's «tjomr» codes such as «02» and «17A»).
 */
function holdsCodes(region: Region, row: number, col: number): boolean {
  let filled = 0;
  let codes = 0;
  for (let r = row + 1; r <= region.bottom && filled < CODE_SAMPLE; r++) {
    const cell = cellAt(region.grid, r, col);
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === "number" || (typeof cell === "string" && CODE.test(cell))) codes++;
  }
  return filled > 0 && codes * 5 >= filled * 4;
}

/** The year kind named in the row above (a merged «Regnskap» or «Økonomiplan» over the years). */
function kindAbove(region: Region, row: number, col: number): YearColumn["kind"] | null {
  for (let c = col; c >= Math.max(region.left, col - 8); c--) {
    const cell = cellAt(region.grid, row - 1, c);
    if (isBlank(cell)) continue;
    return typeof cell === "string" ? yearKind(normaliseHeader(cell)) : null;
  }
  return null;
}

const NOT_BUDGET_HEADERS =
  /^(?:navn|fornavn|etternavn|stilling|stillingsprosent|årsverk|ansatt|ansattnr|fødselsdato|født|lønn|lønnstrinn|e-?post|telefon|adresse)$/;

function evaluateHeader(
  region: Region,
  row: number,
  columns: HeaderColumn[],
  budgetYear?: number,
): EvaluatedCandidate {
  const keyColumns: Partial<Record<KeyDimension, number>> = {};
  const nameColumns: Partial<Record<KeyDimension, number>> = {};
  const yearColumns: YearColumn[] = [];
  const amountColumns: HeaderColumn[] = [];
  const standIns: { col: number; kind: "key" | "name" }[] = [];
  let score = 0;
  for (const column of columns) {
    const { col, header, role } = column;
    if (!role) {
      if (NOT_BUDGET_HEADERS.test(normaliseHeader(header))) score -= 5;
      const standIn = ansvarStandIn(header);
      if (standIn) standIns.push({ col, kind: standIn });
      continue;
    }
    if (role.kind === "key" && keyColumns[role.dimension] === undefined)
      keyColumns[role.dimension] = col;
    else if (role.kind === "name" && nameColumns[role.dimension] === undefined)
      nameColumns[role.dimension] = col;
    else if (role.kind === "year")
      yearColumns.push({ col, year: role.year, kind: role.yearKind, header });
    else if (role.kind === "amount") amountColumns.push(column);
    else if (role.kind === "other-year") score -= 4;
  }
  if (keyColumns.ansvar === undefined) {
    const key = standIns.find((s) => s.kind === "key");
    const name = standIns.find((s) => s.kind === "name");
    if (key) keyColumns.ansvar = key.col;
    if (key && name && nameColumns.ansvar === undefined) nameColumns.ansvar = name.col;
  }
  inferNameColumns(region, row, keyColumns, nameColumns);
  const missing = missingKeys(keyColumns);
  const keyCount = (["ansvar", "art", "funksjon"] as const).filter(
    (d) => keyColumns[d] !== undefined,
  ).length;
  score += 20 * keyCount + (keyColumns.prosjekt === undefined ? 0 : 4);
  score += keyColumns.tjenesteomrade === undefined ? 0 : 4;
  score += 2 * Object.keys(nameColumns).length;
  const amount = amountColumns[0];
  if (amount && yearColumns.every((y) => y.kind === "regnskap")) {
    // One amount column («beloep»): its year is the user's, or the one the title rows or the
    // sheet's name give («Budsjett 2016 drift»).
    const year = budgetYear ?? titleYear(region, row);
    if (year !== null)
      yearColumns.push({ col: amount.col, year, kind: "budsjett", header: amount.header });
  }
  const plan = choosePlanYears(yearColumns, budgetYear);
  if (plan.ok) score += 25 + Math.min(5, yearColumns.length - 4);
  else
    missing.push(
      amount && budgetYear === undefined
        ? lack("LACK_YEAR_OF_AMOUNT", { header: amount.header })
        : plan.reason,
    );
  const versions = versionsIn(region, row, columns);
  if (versions)
    missing.push(
      lack("LACK_ONE_VERSION", {
        header: versions.header,
        count: versions.values.length,
        values: versions.values.slice(0, 4).join(", "),
      }),
    );
  if (/budsj|økonomiplan|drift/i.test(region.table ?? region.sheet)) score += 5;
  if (region.table !== undefined) score += 3;
  if (region.hidden) score -= 3;
  const base = { sheet: region.sheet, headerRow: row, columns, region };
  const named = region.table === undefined ? base : { ...base, table: region.table };
  if (!plan.ok || missing.length > 0)
    return { ...named, score, viable: false, missing, lineCount: 0 };

  const source: BudgetSource = {
    sheet: region.sheet,
    headerRow: row,
    firstRow: row + 1,
    lastRow: region.bottom,
    keyColumns,
    nameColumns,
    planColumns: plan.planColumns,
    yearColumns,
    unit: isInThousands(region, row, yearColumns) ? 1000 : 1,
  };
  if (region.table !== undefined) source.table = region.table;
  const read = readSourceLines(source, 0, region.grid, region.bottom);
  if (region.table === undefined && read.lastLineRow >= 0) source.lastRow = read.lastLineRow;
  const lineCount = read.lines.length;
  const notes = read.skipCounts.note + read.skipCounts["bad-amount"];
  score += Math.min(15, 3 * Math.log10(lineCount + 1));
  score -= lineCount + notes === 0 ? 0 : (10 * notes) / (lineCount + notes);
  if (lineCount === 0) missing.push(lack("LACK_LINES"));
  return {
    ...named,
    score: Math.round(score * 10) / 10,
    viable: lineCount > 0,
    missing,
    lineCount,
    source,
    budgetYear: plan.budgetYear,
    read,
  };
}

/** An unnamed column right of a key column holding text is that key's name column (merged «Ansvar»). */
function inferNameColumns(
  region: Region,
  row: number,
  keyColumns: Partial<Record<KeyDimension, number>>,
  nameColumns: Partial<Record<KeyDimension, number>>,
): void {
  for (const [dimension, col] of Object.entries(keyColumns) as [KeyDimension, number][]) {
    if (nameColumns[dimension] !== undefined || col + 1 > region.right) continue;
    if (!isBlank(cellAt(region.grid, row, col + 1))) continue;
    let text = 0;
    let other = 0;
    for (let r = row + 1; r <= Math.min(region.bottom, row + 20); r++) {
      const cell = cellAt(region.grid, r, col + 1);
      if (isBlank(cell)) continue;
      if (typeof cell === "string" && parseAmount(cell) === "invalid") text++;
      else other++;
    }
    if (text > 0 && text >= 2 * other) nameColumns[dimension] = col + 1;
  }
}

const VERSION_HEADER = /^(?:versjon|versjoner|budsjettversjon|budsjettvariant|version)$/;

/**
 * A «versjon» column with more than one value under it: several budgets (vedtatt, innstilling)
 * in one export, as Bergen's, which must not be summed into one.
 */
function versionsIn(
  region: Region,
  row: number,
  columns: readonly HeaderColumn[],
): { header: string; values: string[] } | null {
  const column = columns.find((c) => VERSION_HEADER.test(normaliseHeader(c.header)));
  if (!column) return null;
  const values = new Set<string>();
  for (let r = row + 1; r <= region.bottom; r++) {
    const cell = cellAt(region.grid, r, column.col);
    if (!isBlank(cell)) values.add(String(cell).trim());
  }
  return values.size > 1 ? { header: column.header, values: [...values] } : null;
}

/** The year named in the title rows above the header, else in the table's or sheet's name. */
function titleYear(region: Region, row: number): number | null {
  const grid = region.grid;
  for (let r = Math.max(grid.origin.row, row - 10); r < row; r++) {
    for (const cell of grid.values[r - grid.origin.row] ?? []) {
      const year = yearInTitle(cell);
      if (year !== null) return year;
    }
  }
  return yearInTitle(region.table ?? null) ?? yearInTitle(region.sheet);
}

/** Whether a year header, a title row above the header or the sheet's name says «1 000 kr». */
function isInThousands(region: Region, row: number, yearColumns: readonly YearColumn[]): boolean {
  if (yearColumns.some((y) => saysThousands(y.header))) return true;
  if (saysThousands(region.sheet) || saysThousands(region.table ?? null)) return true;
  const grid = region.grid;
  for (let r = Math.max(grid.origin.row, row - 10); r < row; r++) {
    for (const cell of grid.values[r - grid.origin.row] ?? []) if (saysThousands(cell)) return true;
  }
  return false;
}
