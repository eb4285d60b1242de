/** CellStyle (the port's plain data) → exceljs style objects, merged into what the cell has. */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../../src/core/workbook/workbook-port";

/** "#1F4E79" → "FF1F4E79" (exceljs colours are ARGB). */
export function toArgb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(digits)) throw new Error(`Ugyldig farge: ${hex}`);
  return `FF${digits}`;
}

const VERTICAL = { top: "top", center: "middle", bottom: "bottom" } as const;

/** Applies the style to one cell. exceljs shares style objects, so every part is replaced. */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
    cell.font = font;
  }
  if (style.fill !== undefined)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  if (
    style.wrap !== undefined ||
    style.horizontalAlignment !== undefined ||
    style.verticalAlignment !== undefined
  ) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
    if (style.verticalAlignment !== undefined)
      alignment.vertical = VERTICAL[style.verticalAlignment];
    cell.alignment = alignment;
  }
  if (style.locked !== undefined) cell.protection = { ...cell.protection, locked: style.locked };
  if (style.border === "thin") {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  } else if (style.border === "none") {
    cell.border = {};
  }
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}
