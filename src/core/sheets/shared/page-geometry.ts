/**
 * The printed page in points, as Excel and LibreOffice lay it out, so that a renderer knows
 * before anything is printed how large its sheet will come out: the paper, Excel's default
 * margins (which every adapter writes), column widths in characters of the default font
 * (Calibri 11, maximum digit width 7 px) and row heights in points.
 */
import type { PageLayout } from "../../workbook/workbook-port";

/** Excel's default margins in inches; the package writer writes exactly these. */
export const PAGE_MARGINS = {
  left: 0.7,
  right: 0.7,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
} as const;

const POINTS_PER_INCH = 72;
/** Portrait width × height in points. */
const PAPER = { A3: [841.89, 1190.55], A4: [595.28, 841.89] } as const;

/** Excel's standard column width (8.43 characters) and row height (15 pt) for Calibri 11. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
export const DEFAULT_ROW_HEIGHT = 15;

/** Width and height in points inside the margins. */
export function printableSize(
  paper: PageLayout["paperSize"],
  orientation: PageLayout["orientation"],
): { width: number; height: number } {
  const [short, long] = PAPER[paper];
  const [width, height] = orientation === "landscape" ? [long, short] : [short, long];
  return {
    width: width - (PAGE_MARGINS.left + PAGE_MARGINS.right) * POINTS_PER_INCH,
    height: height - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * POINTS_PER_INCH,
  };
}

/**
 * A column `chars` characters wide in points: Excel stores the width in characters and draws
 * trunc(chars × 7 + 5) pixels (7 px per digit plus 5 px of padding), 0.75 pt each.
 */
function columnPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

/**
 * The width an .xlsx file stores for a column of `chars` characters: the file counts the 5 px of
 * padding in (ECMA-376 §18.3.1.13), so 16 characters are stored as 16.714286. Six decimals, so
 * that a width read and written again stays as it was.
 */
export function fileColumnWidth(chars: number): number {
  return round6(chars + PADDING);
}

/** A stored file width back in characters, as Excel's column-width dialog shows it. */
export function columnWidthOfFile(width: number): number {
  return round6(width - PADDING);
}

/** The 5 px of padding, in characters of 7 px. */
const PADDING = 5 / 7;
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Columns `first` … `first + count − 1` in points, unset ones at the standard width. */
export function columnsWidth(
  widths: readonly { col: number; width: number }[],
  first: number,
  count: number,
): number {
  const byCol = new Map(widths.map((w) => [w.col, w.width]));
  let points = 0;
  for (let c = first; c < first + count; c++)
    points += columnPoints(byCol.get(c) ?? DEFAULT_COLUMN_WIDTH);
  return points;
}

/**
 * How many pages wide a data sheet must print for its text to stay at least `minScale` of its
 * size: fit to one page width shrinks a 62-column deep-dive sheet to 2 pt, which nobody reads.
 */
export function pagesWide(contentWidth: number, pageWidth: number, minScale: number): number {
  const needed = contentWidth * minScale;
  if (needed <= pageWidth) return 1;
  // Pages break between columns, so each of several holds somewhat less than its width.
  return Math.ceil(needed / (pageWidth * PAGE_PACKING) - 1e-9);
}

const PAGE_PACKING = 0.9;
