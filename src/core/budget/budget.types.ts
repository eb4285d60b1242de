/**
 * The kommune's own budget as Gevinst sees it: where it is (the mapping the user confirms) and
 * the lines read from it. The budget sheet is never written (spec §4, §9).
 */
import type { MessageParams, MessageRef } from "../model/issue.types";
import type { Lack } from "./lacks";
import type { NormalisedKey } from "../model/portfolio.types";

/**
 * The key dimensions a budget line may have (spec §4, §13), in the order Gevinst lists them:
 * every list of key dimensions in the core, the sheets and the portfolio file is this one.
 * `tjenesteomrade` (§13: «tjenesteområde», «tjomr», «rammeområde» …) is optional like prosjekt:
 * a key without it is written, compared and shown exactly as before it existed.
 */
export const KEY_DIMENSIONS = ["ansvar", "art", "funksjon", "prosjekt", "tjenesteomrade"] as const;

/** The dimensions a budget may lack without any key being different: absent means "" (none). */
export const OPTIONAL_KEY_DIMENSIONS = ["prosjekt", "tjenesteomrade"] as const;

export type KeyDimension = (typeof KEY_DIMENSIONS)[number];

export type YearColumnKind = "regnskap" | "budsjett" | "okonomiplan";

export type YearColumn = {
  /** 0-based column in the sheet. */
  col: number;
  year: number;
  kind: YearColumnKind;
  header: string;
};

/** Where one budget block is: a sheet range or an Excel Table, with its columns (0-based, sheet coordinates). */
export type BudgetSource = {
  sheet: string;
  /** Set when the budget is an Excel Table. */
  table?: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** 0-based first and last data rows (inclusive). */
  firstRow: number;
  lastRow: number;
  /**
   * The key dimensions the budget has (spec §4, §13): at least one of them. A dimension without a
   * column is "" on every line.
   */
  keyColumns: Partial<Record<KeyDimension, number>>;
  /** Text columns with names («Ansvar (T)», «Ansvarsnavn»), for search and display. */
  nameColumns: Partial<Record<KeyDimension, number>>;
  /**
   * The four plan-year columns B..B+3 in order. A plan year without its own column has the
   * budget year's column: it is carried forward, original(line,t) = original(line,B) (spec §4;
   * `carriedYears` in plan-years.ts).
   */
  planColumns: [number, number, number, number];
  /** Every year column found (accounts and earlier budgets kept for reference). */
  yearColumns: YearColumn[];
  /** 1 for kroner, 1000 when the header says «1 000 kr». Amounts are always stored in kroner. */
  unit: 1 | 1000;
  /**
   * Set when the user mapped the columns by hand (mapping editor, --columns): the header texts
   * as they were then, so a later check compares texts instead of recognising header words.
   */
  manual?: { headers: Record<string, string> };
};

export type BudgetMapping = {
  budgetYear: number;
  /** Several sources are combined (drift per tjenesteområde on separate sheets). */
  sources: BudgetSource[];
};

export type BudgetLine = {
  key: NormalisedKey;
  names: Partial<Record<KeyDimension, string>>;
  /** Original amounts in kroner for B..B+3, expenses positive and incomes negative. */
  amounts: [number, number, number, number];
  /**
   * The accounts (regnskap, kroner) by year, for the years the source has a regnskap column for
   * (spec §12: actual against adjusted). Absent when it has none.
   */
  actuals?: Record<string, number>;
  /** Where the line is: source index into `BudgetMapping.sources`, 0-based sheet row. */
  source: number;
  row: number;
  /** How many budget rows make this line (rows sharing a key are one line, summed). 1 when absent. */
  rowCount?: number;
  /** Per plan year B..B+3: carried forward from B (no column of its own). Absent: none carried. */
  carried?: readonly boolean[];
};

// ---------------------------------------------------------------------------------------------
// Detection (issue 4). Added after the first version; everything above keeps its meaning.
// ---------------------------------------------------------------------------------------------

/** What a header cell says its column holds. */
export type ColumnRole =
  | { kind: "key"; dimension: KeyDimension }
  | { kind: "name"; dimension: KeyDimension }
  | { kind: "year"; year: number; yearKind: YearColumnKind }
  /** A year under another word («Lønn 2027», «Endring 2026»): not an amount column of the budget. */
  | { kind: "other-year"; year: number }
  /** One amount column without a year («Beløp», «beloep», «Sum», «Budsjett»): the budget year's. */
  | { kind: "amount" };

/** One column of a candidate's header row, for the confirmation dropdowns. */
export type HeaderColumn = {
  /** 0-based sheet column. */
  col: number;
  header: string;
  role?: ColumnRole;
};

export type SkipKind = "blank" | "subtotal" | "note" | "bad-amount" | "header-repeat";

/** An amount cell that is no amount (spec §4: BAD_VALUE at that cell, never a silent 0). */
export type BadAmountCell = {
  sheet: string;
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  text: string;
};

/** A row the reader left out and why (the catalogues say «Sumrad», «Tom rad»). */
export type SkippedRow = {
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  kind: SkipKind;
};

/** One way to read the workbook as a budget: a sheet or table with a header row, scored. */
export type BudgetCandidate = {
  sheet: string;
  table?: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** Higher is more budget-like; only comparable within one detection. */
  score: number;
  /** Has two key dimensions (art or funksjon among them), the budget year and at least one line. */
  viable: boolean;
  /** What is lacking, as catalogue keys (lacks.ts). */
  missing: Lack[];
  lineCount: number;
  /** The source this candidate would give (set when the keys and plan years were found). */
  source?: BudgetSource;
  budgetYear?: number;
  columns: HeaderColumn[];
};

/** The detector's proposal: a mapping to confirm, why, and what it reads. */
export type BudgetDetection = {
  status: "found";
  mapping: BudgetMapping;
  /** The lines explaining the choice, as catalogue keys and params. */
  explanation: MessageRef[];
  lineCount: number;
  /** The first skipped rows (a preview; `skippedCount` has the full count). */
  skipped: SkippedRow[];
  skippedCount: number;
  /** Ranked, best first. */
  candidates: BudgetCandidate[];
  /** The first lines read with the mapping. */
  preview: BudgetLine[];
  /** Rows sharing a key with another row (they are summed into one line). */
  mergedRows: number;
  /** The first amount cells that are no amount (BAD_VALUE; the row is left out). */
  badCells: BadAmountCell[];
};

export type BudgetNotFound = {
  status: "not-found";
  /** Why, for the user: a catalogue key and params. */
  key: string;
  params: MessageParams;
  explanation: MessageRef[];
  candidates: BudgetCandidate[];
};

export type BudgetDetectionResult = BudgetDetection | BudgetNotFound;

export type DetectOptions = {
  /** Only look at this sheet (the user chose it). */
  sheet?: string;
  /** Use this budget year instead of the one the headers, title rows or sheet name give. */
  budgetYear?: number;
};
