/**
 * Reading budget cells: key codes («254» = 254) and amounts as numbers or Norwegian-formatted text
 * («1 234 567», «-12 345,50», «−500» with U+2212, «(12 345)»).
 */
import type { CellValue } from "../workbook/workbook-port";

/** A parsed amount: a number (in the sheet's unit), empty (counts as 0), or not an amount. */
export type ParsedAmount = number | "empty" | "invalid";

/** Spaces used as thousands separators: space, no-break, narrow no-break, figure, thin. */
const SPACES = /[\s\u00a0\u202f\u2007\u2009]/g;
/** Minus signs: hyphen-minus, U+2212 minus, en dash (some exports use it as minus). */
const MINUS = /^[-\u2212\u2013]/;

/**
 * An amount as a number in the sheet's unit: numbers as they are; text in Norwegian form with
 * space or dot as thousands separator and comma as decimal separator, a leading «−» or a
 * trailing «-» for negatives, «(12 345)» as negative (accounting form), «kr» around it.
 * Empty cells and a lone dash («–», common for zero in reports) are "empty".
 */
export function parseAmount(cell: CellValue): ParsedAmount {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "invalid";
  if (cell === null) return "empty";
  if (typeof cell !== "string") return "invalid";
  let text = cell.replace(SPACES, "");
  if (text === "" || /^[-\u2212\u2013\u2014]$/.test(text)) return "empty";
  text = text.replace(/^(?:kr|nok)\.?/i, "").replace(/(?:kr|nok|,-|\.-)$/i, "");
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (MINUS.test(text)) {
    sign = -sign;
    text = text.slice(1);
  } else if (/^\+/.test(text)) {
    text = text.slice(1);
  } else if (/\d[-\u2212]$/.test(text)) {
    sign = -sign; // trailing minus, as some ledgers print it
    text = text.slice(0, -1);
  }
  const number = toNumber(text);
  return number === null ? "invalid" : sign * number;
}

/** Digits with Norwegian or plain separators to a number, or null. */
function toNumber(text: string): number | null {
  let plain: string;
  if (/^\d+$/.test(text)) plain = text;
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text))
    plain = text.replace(/\./g, "").replace(",", ".");
  else if (/^\d*,\d+$/.test(text)) plain = text.replace(",", ".");
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) && !/^\d{1,3},\d{3}$/.test(text))
    plain = text.replace(/,/g, ""); // English thousands commas («1,234,567»), unambiguous only with 2+ groups
  else if (/^\d*\.\d+$/.test(text)) plain = text;
  else return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** A key code as trimmed text: the number 254 is "254"; text keeps its leading zeros. */
export function readCode(cell: CellValue): string {
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell !== "string") return "";
  return cell.replace(SPACES, " ").trim();
}

/**
 * A key cell that holds code and name together («3100 Hjemmetjenesten», «3100 - Hjemme»):
 * the code and the name, or null when the cell is a plain code.
 */
export function splitCodeAndName(code: string): { code: string; name: string } | null {
  const match = /^(\d+)\s*(?:[-–:]\s*)?\s([A-Za-zÆØÅæøå].*)$/.exec(code);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { code: match[1], name: match[2].trim() };
}

/** A name cell as display text. */
export function readName(cell: CellValue): string {
  if (typeof cell === "number") return String(cell);
  return typeof cell === "string" ? cell.replace(SPACES, " ").trim() : "";
}
