/** A1 ranges as exceljs and the .xlsx XML write them ("$B$3:$D$9", "'Ark 1'!$A$1"). */
import type { RangeRef } from "../../../src/core/workbook/address";
import { rangeFromA1 } from "../../../src/core/workbook/address";

/** "B3:D9", "$B$3:$D$9" or "'Ark'!$B$3" → RangeRef (the sheet part is dropped). */
export function parseRange(text: string): RangeRef {
  const local = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  return rangeFromA1(local.replace(/\$/g, ""));
}

/**
 * True for a defined-name text exceljs can carry: one or more cell ranges with absolute
 * references ("'Ark'!$A$1:$B$2"). exceljs silently drops anything else (constants, formulas,
 * whole rows or columns, #REF!).
 */
export function isPlainRangeList(text: string): boolean {
  // A bare sheet name may hold any letters (Excel writes Økonomiplan!$A$1 unquoted).
  const part = String.raw`(?:'(?:[^']|'')+'!|[\p{L}_][\p{L}\p{N}_.]*!)?\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?`;
  return new RegExp(`^${part}(?:,${part})*$`, "u").test(text.trim());
}
