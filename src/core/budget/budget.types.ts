/**
 * The kommune's own budget as Gevinst sees it: where it is (the mapping the user confirms) and
 * the lines read from it. The budget sheet is never written (spec §4, §9).
 */
import type { BudgetKey } from "../model/portfolio.types";

export type KeyDimension = "ansvar" | "art" | "funksjon" | "prosjekt";

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
  keyColumns: Partial<Record<KeyDimension, number>> & { ansvar: number; art: number; funksjon: number };
  /** Text columns with names («Ansvar (T)», «Ansvarsnavn»), for search and display. */
  nameColumns: Partial<Record<KeyDimension, number>>;
  /** The four plan-year columns B..B+3 in order. */
  planColumns: [number, number, number, number];
  /** Every year column found (accounts and earlier budgets kept for reference). */
  yearColumns: YearColumn[];
  /** 1 for kroner, 1000 when the header says «1 000 kr». Amounts are always stored in kroner. */
  unit: 1 | 1000;
};

export type BudgetMapping = {
  budgetYear: number;
  /** Several sources are combined (drift per tjenesteområde on separate sheets). */
  sources: BudgetSource[];
};

export type BudgetLine = {
  key: Required<BudgetKey>;
  names: Partial<Record<KeyDimension, string>>;
  /** Original amounts in kroner for B..B+3, expenses positive and incomes negative. */
  amounts: [number, number, number, number];
  /** Where the line is: source index into `BudgetMapping.sources`, 0-based sheet row. */
  source: number;
  row: number;
};
