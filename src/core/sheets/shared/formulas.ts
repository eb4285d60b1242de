/**
 * Formula builders: invariant (English) Excel formulas as text, with bounded ranges and no
 * volatile functions. Each builder mirrors one rule of the spec (§3, §4) and the matching rule in
 * core/model/read-values.ts, so the sheet and the core compute the same figures from the same
 * cells (a blank, a text or an out-of-range fraction count the same in both).
 */
import { columnLetters, quoteSheetName } from "../../workbook/address";
import { COUNTED_STATUSES } from "../../model/portfolio.types";

/** A1 reference, optionally on another sheet and absolute ($A$1). */
export function cellRef(
  row: number,
  col: number,
  options: { sheet?: string; abs?: boolean; absCol?: boolean } = {},
): string {
  const dc = options.abs || options.absCol ? "$" : "";
  const dr = options.abs ? "$" : "";
  const local = `${dc}${columnLetters(col)}${dr}${row + 1}`;
  return options.sheet ? `${quoteSheetName(options.sheet)}!${local}` : local;
}

/** An absolute bounded column range, e.g. 'Gevinst DD A'!$B$12:$B$40. */
export function columnRange(
  sheet: string | undefined,
  col: number,
  firstRow: number,
  lastRow: number,
): string {
  const letters = columnLetters(col);
  const local = `$${letters}$${firstRow + 1}:$${letters}$${Math.max(firstRow, lastRow) + 1}`;
  return sheet ? `${quoteSheetName(sheet)}!${local}` : local;
}

/** An absolute row range, e.g. $C$5:$F$5. */
export function rowRange(
  sheet: string | undefined,
  row: number,
  firstCol: number,
  lastCol: number,
): string {
  const local = `$${columnLetters(firstCol)}$${row + 1}:$${columnLetters(lastCol)}$${row + 1}`;
  return sheet ? `${quoteSheetName(sheet)}!${local}` : local;
}

/** A number cell read as core's readAmount does: a number, else 0 (blank or text). */
export function amountOf(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},0)`;
}

/**
 * A fraction read as core's readFraction does: `whenBlank` for a blank cell, the number when it
 * is within 0–1, else 0 (text or out of range never inflates a total).
 */
export function fractionOf(ref: string, whenBlank: string): string {
  return `IF(${ref}="",${whenBlank},IF(AND(ISNUMBER(${ref}),${ref}>=0,${ref}<=1),${ref},0))`;
}

/** 1 when the status text is one of the counted statuses (spec §2), else 0. Case-insensitive as Excel compares. */
export function countedFlag(statusRef: string): string {
  const tests = COUNTED_STATUSES.map((status) => `TRIM(${statusRef})="${status}"`).join(",");
  return `IF(OR(${tests}),1,0)`;
}

/** A criterion that compares codes as text: 254 and "254" match alike (spec §4), blank matches blank. */
export function keyCriterion(ref: string): string {
  return `${ref}&""`;
}

/** SUMIFS(sum, range1, crit1, …). */
export function sumIfs(sumRange: string, criteria: readonly (readonly [string, string])[]): string {
  return `SUMIFS(${sumRange},${criteria.map(([range, crit]) => `${range},${crit}`).join(",")})`;
}

/** COUNTIFS(range1, crit1, …). */
export function countIfs(criteria: readonly (readonly [string, string])[]): string {
  return `COUNTIFS(${criteria.map(([range, crit]) => `${range},${crit}`).join(",")})`;
}

/** A text literal for a formula, quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Sum of terms, or 0 when there are none. */
export function sumTerms(terms: readonly string[]): string {
  return terms.length === 0 ? "0" : terms.join("+");
}

/**
 * Nåverdi as the spec writes it: =X_B + NPV(r, X_B+1 … X_B+3), the budget year undiscounted.
 * @param values the four per-year expressions, B first.
 */
export function npvOf(rate: string, values: readonly string[]): string {
  const [first, ...rest] = values;
  return `(${first ?? "0"})+NPV(${rate},${rest.join(",")})`;
}
