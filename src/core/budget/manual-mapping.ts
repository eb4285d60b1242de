/**
 * A budget mapped by hand (spec §4 «When detection does not find the budget»): the user names the
 * sheet, the header row, which column is which key dimension and which columns are which years
 * (task pane mapping editor; command line `--header-row 3 --columns ansvar=D,art=B,2013=J`).
 * Header words do not matter here: «Kostra art» or «Konto (T)» are fine when the user points at
 * them. The header texts are stored with the mapping, so a later check notices a moved column.
 */
import { columnIndex, columnLetters } from "../workbook/address";
import type { SheetGrid } from "../workbook/workbook-port";
import {
  KEY_DIMENSIONS,
  type BudgetMapping,
  type BudgetSource,
  type KeyDimension,
  type YearColumn,
  type YearColumnKind,
} from "./budget.types";
import { readSourceLines } from "./budget-lines";
import { cellAt, lastGridCol, lastGridRow } from "./grid-cells";
import { classifyHeader, saysThousands } from "./header-words";
import { missingKeys } from "./key-dimensions";
import { choosePlanYears } from "./plan-years";
import { lackParams, type Lack } from "./lacks";
import type { MessageRef } from "../model/issue.types";

export type ManualColumns = {
  sheet: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  keys: Partial<Record<KeyDimension, number>>;
  /** Amount columns and their years; the kind defaults to what the header says, else budsjett. */
  years: { col: number; year: number; kind?: YearColumnKind }[];
  /** B; defaults to the latest budget year among `years`. */
  budgetYear?: number;
  /** Defaults to what the headers or title rows say («1 000 kr»). */
  unit?: 1 | 1000;
};

/** A hand mapping that will not do, and why (a catalogue key and params). */
export type ManualProblem = { problem: MessageRef };

export type ManualResult = { mapping: BudgetMapping; lineCount: number } | ManualProblem;

function lacking(lacks: Lack[]): ManualProblem {
  return { problem: { key: "MAPPING_LACKS", params: lackParams("missing", lacks) } };
}

const DIMENSIONS: readonly KeyDimension[] = KEY_DIMENSIONS;

/** The mapping the user's choice gives on `grid`, or what is wrong with the choice. */
export function manualMapping(grid: SheetGrid, choice: ManualColumns): ManualResult {
  const keyColumns: Partial<Record<KeyDimension, number>> = {};
  for (const d of DIMENSIONS) if (choice.keys[d] !== undefined) keyColumns[d] = choice.keys[d];
  const missing = missingKeys(keyColumns);
  if (missing.length > 0) return lacking(missing);
  if (choice.years.length === 0)
    return { problem: { key: "MAPPING_NO_AMOUNT_COLUMN", params: {} } };
  const header = (col: number) => {
    const cell = cellAt(grid, choice.headerRow, col);
    return cell === null ? "" : String(cell).trim();
  };
  const yearColumns: YearColumn[] = choice.years.map(({ col, year, kind }) => {
    const role = classifyHeader(cellAt(grid, choice.headerRow, col));
    const said = role?.kind === "year" ? role.yearKind : undefined;
    return { col, year, kind: kind ?? said ?? "budsjett", header: header(col) || String(year) };
  });
  const plan = choosePlanYears(yearColumns, choice.budgetYear);
  if (!plan.ok) return lacking([plan.reason]);
  const nameColumns: Partial<Record<KeyDimension, number>> = {};
  for (let col = grid.origin.col; col <= lastGridCol(grid); col++) {
    const role = classifyHeader(cellAt(grid, choice.headerRow, col));
    if (role?.kind === "name" && nameColumns[role.dimension] === undefined)
      nameColumns[role.dimension] = col;
  }
  const headers: Record<string, string> = {};
  for (const col of [...Object.values(keyColumns), ...yearColumns.map((y) => y.col)])
    headers[String(col)] = header(col);
  const thousands =
    yearColumns.some((y) => saysThousands(y.header)) ||
    grid.values
      .slice(0, Math.max(0, choice.headerRow - grid.origin.row))
      .some((row) => row.some(saysThousands));
  const source: BudgetSource = {
    sheet: choice.sheet,
    headerRow: choice.headerRow,
    firstRow: choice.headerRow + 1,
    lastRow: lastGridRow(grid),
    keyColumns,
    nameColumns,
    planColumns: plan.planColumns,
    yearColumns,
    unit: choice.unit ?? (thousands ? 1000 : 1),
    manual: { headers },
  };
  const read = readSourceLines(source, 0, grid);
  if (read.lines.length === 0)
    return {
      problem: {
        key: "MAPPING_NO_LINES",
        params: { row: choice.headerRow + 1, sheet: choice.sheet },
      },
    };
  source.lastRow = Math.max(source.firstRow, read.lastLineRow);
  return {
    mapping: { budgetYear: plan.budgetYear, sources: [source] },
    lineCount: read.lines.length,
  };
}

/**
 * `--columns ansvar=D,art=B,funksjon=F,2013=J` as key and year columns (0-based), or what is
 * wrong (a catalogue key and params). Names may be written as in Norwegian headers (konto = art,
 * tjeneste = funksjon, tjomr and rammeområde = tjenesteomrade).
 */
export function parseColumnsOption(
  text: string,
): { keys: Partial<Record<KeyDimension, number>>; years: ManualColumns["years"] } | ManualProblem {
  const keys: Partial<Record<KeyDimension, number>> = {};
  const years: ManualColumns["years"] = [];
  const aliases: Record<string, KeyDimension> = {
    ansvar: "ansvar",
    art: "art",
    konto: "art",
    funksjon: "funksjon",
    tjeneste: "funksjon",
    prosjekt: "prosjekt",
    tjenesteomrade: "tjenesteomrade",
    tjenesteområde: "tjenesteomrade",
    tjenesteomraade: "tjenesteomrade",
    tjomr: "tjenesteomrade",
    rammeomrade: "tjenesteomrade",
    rammeområde: "tjenesteomrade",
  };
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const match = /^([A-Za-zæøåÆØÅ]+|\d{4})\s*=\s*([A-Za-z]{1,3})$/.exec(part);
    if (!match?.[1] || !match[2])
      return { problem: { key: "COLUMNS_NOT_NAME_IS_COLUMN", params: { part } } };
    const col = columnIndex(match[2]);
    const name = match[1].toLowerCase();
    if (/^\d{4}$/.test(name)) years.push({ col, year: Number(name) });
    else if (aliases[name]) keys[aliases[name]] = col;
    else return { problem: { key: "COLUMNS_UNKNOWN_NAME", params: { name: match[1] } } };
  }
  return { keys, years };
}

/** «ansvar=D,art=B,2013=J» for a source: the --columns text that gives it back. */
export function columnsOptionText(source: BudgetSource): string {
  const keys = DIMENSIONS.flatMap((d) => {
    const col = source.keyColumns[d];
    return col === undefined ? [] : [`${d}=${columnLetters(col)}`];
  });
  const years = source.yearColumns.map((y) => `${y.year}=${columnLetters(y.col)}`);
  return [...keys, ...years].join(",");
}
