/**
 * Reading typed cells into model values. A value that cannot be read is kept as typed in the
 * entity's `invalid` (so it is written back and never lost), the field gets a neutral value, and
 * an issue names the sheet and cell where it must be fixed.
 */
import { quoteSheetName, toA1 } from "../../workbook/address";
import type { CellValue } from "../../workbook/workbook-port";
import type { Issue } from "../../model/issue.types";
import type { InvalidFields } from "../../model/portfolio.types";
import { isBlank, serialToIso } from "./cell-values";
import { codeFromText, labelsOf } from "./labels";

/** Where a cell is, and whom an issue about it concerns. */
export type CellPlace = {
  sheet: string;
  row: number;
  col: number;
  measure?: string;
  benefit?: string;
  indicator?: string;
  deepDive?: string;
};

export type Reader = {
  issues: Issue[];
};

function place(
  p: CellPlace,
): Pick<Issue, "sheet" | "cell" | "measure" | "benefit" | "indicator" | "deepDive"> {
  return {
    sheet: p.sheet,
    cell: toA1({ row: p.row, col: p.col }),
    ...(p.measure ? { measure: p.measure } : {}),
    ...(p.benefit ? { benefit: p.benefit } : {}),
    ...(p.indicator ? { indicator: p.indicator } : {}),
    ...(p.deepDive ? { deepDive: p.deepDive } : {}),
  };
}

function where(p: CellPlace): string {
  return `${quoteSheetName(p.sheet)}!${toA1({ row: p.row, col: p.col })}`;
}

function markInvalid(entity: { invalid?: InvalidFields }, path: string, raw: CellValue): void {
  entity.invalid = { ...(entity.invalid ?? {}), [path]: raw };
}

/** Text as typed (numbers become their text); blank → undefined. */
export function readText(value: CellValue): string | undefined {
  if (isBlank(value)) return undefined;
  return typeof value === "string" ? value : String(value);
}

/** An id or a budget code: trimmed text; 254 and "254" alike; blank → undefined. */
export function readCode(value: CellValue): string | undefined {
  const text = readText(value);
  return text === undefined ? undefined : text.trim();
}

/** A number; blank → undefined; anything else is invalid (BAD_VALUE at the cell). */
export function readNumber(
  reader: Reader,
  entity: { invalid?: InvalidFields },
  path: string,
  value: CellValue,
  at: CellPlace,
  expects: "number" | "share" = "number",
): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  markInvalid(entity, path, value);
  reader.issues.push({
    severity: "error",
    code: "BAD_VALUE",
    key: "CELL_NOT_NUMBER",
    // `expects`: the catalogues ask for a share (0–100 %) or a plain number.
    params: { raw: String(value), where: where(at), expects },
    ...place(at),
  });
  return undefined;
}

/** One of the allowed codes, typed as its label or its code (trimmed, any case); unknown → invalid. */
export function readEnum<T extends string>(
  reader: Reader,
  entity: { invalid?: InvalidFields },
  path: string,
  value: CellValue,
  allowed: readonly T[],
  at: CellPlace,
): T | undefined {
  if (isBlank(value)) return undefined;
  const found = codeFromText(String(value), allowed);
  if (found) return found;
  markInvalid(entity, path, value);
  reader.issues.push({
    severity: "error",
    code: "BAD_VALUE",
    key: "CELL_UNKNOWN",
    params: { raw: String(value), where: where(at), allowed: labelsOf(allowed).join(", ") },
    ...place(at),
  });
  return undefined;
}

/** A date: an Excel date (serial number) or ISO text yyyy-mm-dd; else invalid. */
export function readDate(
  reader: Reader,
  entity: { invalid?: InvalidFields },
  path: string,
  value: CellValue,
  at: CellPlace,
): string | undefined {
  if (isBlank(value)) return undefined;
  // Excel's dates run from serial 0 to 2 958 465 (9999-12-31); other numbers are not dates (and
  // would make Date throw RangeError).
  if (typeof value === "number" && value >= 0 && value < 2958466) return serialToIso(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  markInvalid(entity, path, value);
  reader.issues.push({
    severity: "error",
    code: "BAD_VALUE",
    key: "CELL_NOT_DATE",
    params: { raw: String(value), where: where(at) },
    ...place(at),
  });
  return undefined;
}

/** ja/nei (or TRUE/FALSE); blank → undefined; anything else is invalid. */
export function readYesNo(
  reader: Reader,
  entity: { invalid?: InvalidFields },
  path: string,
  value: CellValue,
  at: CellPlace,
): boolean | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "boolean") return value;
  const text = String(value).trim().toLowerCase();
  if (text === "ja") return true;
  if (text === "nei") return false;
  readEnum(reader, entity, path, value, ["ja", "nei"], at);
  return undefined;
}

/** A warning for a required cell left blank in a row that is in use. */
export function missingField(reader: Reader, at: CellPlace, label: string): void {
  reader.issues.push({
    severity: "warning",
    code: "MISSING_FIELD",
    key: "CELL_EMPTY",
    params: { where: where(at), label },
    ...place(at),
  });
}

/** A warning for a link row naming a benefit that is not in the benefits section. */
export function unknownBenefit(
  reader: Reader,
  at: CellPlace,
  benefit: string,
  section: string,
): void {
  reader.issues.push({
    severity: "warning",
    code: "MISSING_FIELD",
    key: "CELL_UNKNOWN_BENEFIT",
    params: { where: where(at), benefit, section },
    ...place(at),
  });
}
