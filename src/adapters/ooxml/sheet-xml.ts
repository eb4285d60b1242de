/** A sheet model → its worksheet XML (inline strings, so sharedStrings.xml is never touched). */
import type { RangeRef } from "../../core/workbook/address";
import { rangeToA1, toA1 } from "../../core/workbook/address";
import { PAGE_MARGINS, fileColumnWidth } from "../../core/sheets/shared/page-geometry";
import type { MemorySheet } from "../memory/memory-sheet";
import type { ModelCell } from "./sheet-model";
import type { Styles } from "./styles";
import { escapeCellText, escapeXml } from "./xml";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const PAPER_SIZE = { A3: 8, A4: 9 } as const;

/** The xf index a cell is written with: its own, or one derived with its CellStyle on top. */
function cellXf(cell: ModelCell, styles: Styles): number {
  const base = cell.xf ?? 0;
  const hasStyle = Object.keys(cell.style).length > 0;
  const format = cell.numberFormat ?? null;
  if (!hasStyle && format === styles.numberFormat(base)) return base;
  return styles.derive(base, {
    ...cell.style,
    ...(format !== styles.numberFormat(base) ? { numberFormat: format ?? "General" } : {}),
  });
}

function cellXml(ref: string, cell: ModelCell, xf: number): string {
  const s = xf ? ` s="${xf}"` : "";
  const value = cell.value;
  if (cell.formula !== null) {
    const f = `<f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>`;
    if (value === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof value === "number" && Number.isFinite(value))
      return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
    if (typeof value === "boolean")
      return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    const t = cell.error ? "e" : "str";
    return `<c r="${ref}"${s} t="${t}">${f}<v>${escapeCellText(String(value))}</v></c>`;
  }
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
    return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (cell.error) return `<c r="${ref}"${s} t="e"><v>${escapeXml(value)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
}

function sortedCells(sheet: MemorySheet): [number, number, ModelCell][] {
  const out: [number, number, ModelCell][] = [];
  for (const [key, cell] of sheet.cells) {
    const comma = key.indexOf(",");
    out.push([Number(key.slice(0, comma)), Number(key.slice(comma + 1)), cell]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function bounds(cells: [number, number, ModelCell][]): RangeRef | null {
  if (cells.length === 0) return null;
  let minCol = Infinity;
  let maxCol = -1;
  for (const [, c] of cells) {
    minCol = Math.min(minCol, c);
    maxCol = Math.max(maxCol, c);
  }
  const first = cells[0] as [number, number, ModelCell];
  const last = cells[cells.length - 1] as [number, number, ModelCell];
  return { row: first[0], col: minCol, rows: last[0] - first[0] + 1, cols: maxCol - minCol + 1 };
}

/** The worksheet part for `sheet`. */
export function sheetXml(sheet: MemorySheet, styles: Styles, selected: boolean): string {
  const cells = sortedCells(sheet);
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
  ];
  const layout = sheet.pageLayout;
  const fit =
    layout && (layout.fitToPagesWide !== undefined || layout.fitToPagesTall !== undefined);
  if (fit) parts.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  const used = bounds(cells);
  parts.push(`<dimension ref="${used ? rangeToA1(used) : "A1"}"/>`);
  parts.push(sheetView(sheet, selected));
  parts.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (sheet.columnWidths.size > 0) {
    const cols = [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]);
    parts.push(
      `<cols>${cols
        .map(
          ([col, width]) =>
            `<col min="${col + 1}" max="${col + 1}" width="${fileColumnWidth(width)}" customWidth="1"/>`,
        )
        .join("")}</cols>`,
    );
  }
  parts.push("<sheetData>");
  let row = -1;
  // Rows with a height but no cell still need their <row>, in order among the others.
  const heights = [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]);
  let h = 0;
  const openRow = (r: number, empty: boolean) => {
    const height = sheet.rowHeights.get(r);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    parts.push(`<row r="${r + 1}"${ht}${empty ? "/" : ""}>`);
  };
  const emptyRowsBefore = (r: number) => {
    for (; h < heights.length && (heights[h] as [number, number])[0] < r; h++) {
      const at = (heights[h] as [number, number])[0];
      if (at > row) openRow(at, true);
    }
  };
  for (const [r, c, cell] of cells) {
    if (r !== row) {
      if (row >= 0) parts.push("</row>");
      emptyRowsBefore(r);
      openRow(r, false);
      row = r;
    }
    parts.push(cellXml(toA1({ row: r, col: c }), cell, cellXf(cell, styles)));
  }
  if (row >= 0) parts.push("</row>");
  emptyRowsBefore(Number.MAX_SAFE_INTEGER);
  parts.push("</sheetData>");
  if (sheet.isProtected)
    // Against slips, not people: no password, and columns may still be widened.
    parts.push(`<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"/>`);
  // Like Excel, a later merge replaces earlier ones it overlaps (overlaps make a file Excel repairs).
  const merges: RangeRef[] = [];
  for (const merge of sheet.merges) {
    const kept = merges.filter((m) => apart(m, merge));
    merges.splice(0, merges.length, ...kept, merge);
  }
  if (merges.length > 0)
    parts.push(
      `<mergeCells count="${merges.length}">${merges
        .map((m) => `<mergeCell ref="${rangeToA1(m)}"/>`)
        .join("")}</mergeCells>`,
    );
  let priority = 1;
  const fills = new Map(
    sheet.conditionalFills.map((f) => [`${rangeToA1(f.range)}|${f.formula}|${f.fill}`, f]),
  );
  for (const fill of fills.values()) {
    const dxf = styles.dxfFill(fill.fill);
    parts.push(
      `<conditionalFormatting sqref="${rangeToA1(fill.range)}"><cfRule type="expression" dxfId="${dxf}" priority="${priority++}"><formula>${escapeXml(fill.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`,
    );
  }
  for (const kept of (sheet as { keptXml?: string[] }).keptXml ?? []) parts.push(kept);
  // One list per range: the last one set wins.
  const validations = [...new Map(sheet.validations.map((v) => [rangeToA1(v.range), v])).values()];
  if (validations.length > 0)
    parts.push(
      `<dataValidations count="${validations.length}">${validations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${rangeToA1(v.range)}"><formula1>${escapeXml(`"${v.list.map((item) => item.replace(/"/g, '""')).join(",")}"`)}</formula1></dataValidation>`,
        )
        .join("")}</dataValidations>`,
    );
  if (layout?.centerHorizontally) parts.push(`<printOptions horizontalCentered="1"/>`);
  parts.push(
    `<pageMargins left="${PAGE_MARGINS.left}" right="${PAGE_MARGINS.right}" top="${PAGE_MARGINS.top}" bottom="${PAGE_MARGINS.bottom}" header="${PAGE_MARGINS.header}" footer="${PAGE_MARGINS.footer}"/>`,
  );
  if (layout) {
    const fitAttrs = fit
      ? ` fitToWidth="${layout.fitToPagesWide ?? 0}" fitToHeight="${layout.fitToPagesTall ?? 0}"`
      : "";
    parts.push(
      `<pageSetup paperSize="${PAPER_SIZE[layout.paperSize]}" orientation="${layout.orientation}"${fitAttrs}/>`,
    );
    if (layout.headerText !== undefined)
      parts.push(
        `<headerFooter><oddHeader>${escapeXml(`&C${layout.headerText.replace(/&/g, "&&")}`)}</oddHeader></headerFooter>`,
      );
  }
  parts.push("</worksheet>");
  return parts.join("");
}

function sheetView(sheet: MemorySheet, selected: boolean): string {
  const tab = selected ? ` tabSelected="1"` : "";
  const { rows, cols } = sheet.freeze;
  if (rows <= 0 && cols <= 0)
    return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = toA1({ row: rows, col: cols });
  return `<sheetViews><sheetView${tab} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

function apart(a: RangeRef, b: RangeRef): boolean {
  return (
    a.row + a.rows <= b.row ||
    b.row + b.rows <= a.row ||
    a.col + a.cols <= b.col ||
    b.col + b.cols <= a.col
  );
}
