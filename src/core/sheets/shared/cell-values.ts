/**
 * Values between the model and cells: dates as Excel serial numbers, yes/no, and the raw value
 * kept for a field that could not be read (so it is written back exactly as typed).
 */
import type { CellValue } from "../../workbook/workbook-port";
import type { InvalidFields } from "../../model/portfolio.types";
import { toDayNumber } from "../../indicators/iso-date";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's serial number of 1970-01-01, the day `toDayNumber` counts from (25 569). */
const UNIX_EPOCH_SERIAL = -EXCEL_EPOCH / DAY_MS;

/** "2027-01-15" → 46402 (Excel's serial day number), or null when it is not an ISO date. */
export function isoToSerial(iso: string): number | null {
  const day = toDayNumber(iso);
  return day === null ? null : day + UNIX_EPOCH_SERIAL;
}

/** 46402 → "2027-01-15" (the time of day is dropped). */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Days by which the 1904 date system (old Mac workbooks) counts later than the 1900 one. */
const DATE_1904_OFFSET_DAYS = 1462;

/**
 * A moment as an Excel serial number with the time of day, in UTC (the log's «tidspunkt»; dates
 * that file readers give as UTC midnights), in the 1900 date system or, for a workbook that
 * counts from 1904, in that one. The one conversion from a Date to a serial number.
 */
export function dateToSerial(moment: Date, date1904 = false): number {
  const serial = (moment.getTime() - EXCEL_EPOCH) / DAY_MS;
  return date1904 ? serial - DATE_1904_OFFSET_DAYS : serial;
}

/** The inverse of dateToSerial: a log's «tidspunkt» back to a moment. */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + serial * DAY_MS);
}

/** The raw value to write for a field: what was typed when it could not be read, else `value`. */
export function cellFor(
  entity: { invalid?: InvalidFields },
  path: string,
  value: CellValue | undefined,
): CellValue {
  if (entity.invalid && Object.prototype.hasOwnProperty.call(entity.invalid, path)) {
    const raw = entity.invalid[path];
    if (raw === null || ["string", "number", "boolean"].includes(typeof raw))
      return raw as CellValue;
    return JSON.stringify(raw);
  }
  return value ?? null;
}

/** A date field for a cell: the serial number for an ISO date, else the text as given. */
export function dateCell(iso: string | undefined): CellValue {
  if (iso === undefined || iso === "") return null;
  return isoToSerial(iso) ?? iso;
}

/** True for a cell people left empty (null or blank text). */
export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
