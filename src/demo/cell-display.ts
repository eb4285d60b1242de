/** How the demo's grid shows a cell value: numbers in Norwegian form, percentages and dates as formatted. */
import { formatNumber } from "../core/money";
import { serialToIso } from "../core/sheets/shared/cell-values";
import type { CellValue } from "../core/workbook/workbook-port";

export function displayValue(value: CellValue, numberFormat: string | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "SANN" : "USANN";
  if (typeof value === "string") return value;
  if (numberFormat?.includes("%")) return `${formatNumber(value * 100)} %`;
  if (numberFormat && /y{2,4}-m{1,2}-d{1,2}/.test(numberFormat))
    return serialToIso(Math.floor(value));
  return formatNumber(value);
}

/** What the formula bar shows for a cell: its formula, or its value as typed. */
export function editText(value: CellValue, formula: string | null): string {
  if (formula !== null) return formula;
  if (value === null) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  return String(value);
}

/** What a person typed, as Excel would take it: a formula, a number (Norwegian or plain), or text. */
export function typedInput(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return trimmed;
  const compact = trimmed.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  const normalised = /^-?\d+(,\d+)?$/.test(compact) ? compact.replace(",", ".") : compact;
  if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return Number(normalised);
  if (/^-?\d+(,\d+)?\s*%$/.test(compact))
    return Number(compact.replace("%", "").replace(",", ".")) / 100;
  return text;
}
