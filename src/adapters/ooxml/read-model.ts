/**
 * A worksheet part read back into a sheet model (a Gevinst sheet, before Gevinst rewrites it):
 * cells with their cell formats, and the sheet settings Gevinst writes (widths, merges, frozen
 * panes, protection, validations, conditional fills, page setup). Cells typed by a line manager
 * survive a refresh this way.
 */
import type { PageLayout } from "../../core/workbook/workbook-port";
import { columnWidthOfFile } from "../../core/sheets/shared/page-geometry";
import { memorySource } from "./bytes";
import { FormulaReader, cellValue, parseRef } from "./cell-value";
import type { ModelCell } from "./sheet-model";
import { SheetModel, cellKey } from "./sheet-model";
import { scanSheet } from "./sheet-scan";
import type { Styles } from "./styles";
import { attributes, childElements, findElement, unescapeXml } from "./xml";

const PAPER = { 8: "A3", 9: "A4" } as const;

export async function readSheetModel(
  name: string,
  bytes: Uint8Array,
  styles: Styles,
  sharedStrings: () => Promise<readonly string[]>,
  date1904: boolean,
): Promise<SheetModel> {
  const sheet = new SheetModel(name);
  const formulas = new FormulaReader();
  const scanned: { cell: ModelCell; row: number; col: number; shared: number | null }[] = [];
  const source = memorySource(bytes);
  const { head, tail, isProtected } = await scanSheet(
    source.stream(0, bytes.length),
    (c) => {
      const formula = formulas.formula(c);
      const cell: ModelCell = {
        value: c.type === "s" ? null : cellValue(c, null, date1904),
        formula,
        numberFormat: styles.numberFormat(c.xf),
        style: {},
        ...(c.xf ? { xf: c.xf } : {}),
        ...(c.type === "e" ? { error: true } : {}),
      };
      scanned.push({
        cell,
        row: c.row,
        col: c.col,
        shared: c.type === "s" && c.raw !== null ? Number(c.raw) : null,
      });
    },
    {
      keepHead: true,
      keepTail: true,
      // A height Gevinst (or the user) set stays when the sheet is written again.
      onRow: (row, attrs) => {
        const a = attributes(attrs);
        if (a.ht !== undefined && (a.customHeight === "1" || a.customHeight === "true"))
          sheet.rowHeights.set(row, Number(a.ht));
      },
    },
  );
  const strings = scanned.some((s) => s.shared !== null) ? await sharedStrings() : [];
  for (const { cell, row, col, shared } of scanned) {
    if (shared !== null) cell.value = strings[shared] ?? "";
    sheet.cells.set(cellKey(row, col), cell);
  }
  sheet.isProtected = isProtected;

  const cols = findElement(head, "cols");
  if (cols)
    for (const col of childElements(head.slice(cols.contentStart, cols.contentEnd), "col")) {
      const a = attributes(col);
      if (a.width === undefined) continue;
      for (let c = Number(a.min); c <= Number(a.max ?? a.min) && c - Number(a.min) < 200; c++)
        sheet.columnWidths.set(c - 1, columnWidthOfFile(Number(a.width)));
    }
  const pane = findElement(head, "pane");
  if (pane) {
    const a = attributes(pane.startTag);
    if (a.state === "frozen" || a.state === "frozenSplit")
      sheet.freeze = { rows: Number(a.ySplit ?? 0), cols: Number(a.xSplit ?? 0) };
  }
  const merges = findElement(tail, "mergeCells");
  if (merges)
    for (const merge of childElements(
      tail.slice(merges.contentStart, merges.contentEnd),
      "mergeCell",
    )) {
      const ref = attributes(merge).ref;
      if (ref) sheet.merges.push(parseRef(ref));
    }
  for (const block of childElements(tail, "conditionalFormatting")) {
    const sqref = attributes(block).sqref ?? "";
    const rule = findElement(block, "cfRule");
    const formula = findElement(block, "formula");
    const a = rule ? attributes(rule.startTag) : {};
    const fill = a.dxfId !== undefined ? styles.dxfFillColor(Number(a.dxfId)) : null;
    if (a.type === "expression" && formula && fill && sqref && !sqref.includes(" "))
      sheet.conditionalFills.push({
        range: parseRef(sqref),
        formula: `=${unescapeXml(block.slice(formula.contentStart, formula.contentEnd))}`,
        fill,
      });
    else sheet.keptXml.push(block);
  }
  const validations = findElement(tail, "dataValidations");
  if (validations)
    for (const v of childElements(
      tail.slice(validations.contentStart, validations.contentEnd),
      "dataValidation",
    )) {
      const a = attributes(v);
      const f1 = findElement(v, "formula1");
      const text = f1 ? unescapeXml(v.slice(f1.contentStart, f1.contentEnd)) : "";
      if (a.type !== "list" || !/^".*"$/s.test(text) || !a.sqref) continue;
      for (const ref of a.sqref.split(/\s+/))
        sheet.validations.push({
          range: parseRef(ref),
          list: text.slice(1, -1).replace(/""/g, '"').split(","),
        });
    }
  const setup = findElement(tail, "pageSetup");
  if (setup) {
    const a = attributes(setup.startTag);
    const fit = /<(?:[\w.-]+:)?pageSetUpPr\b[^>]*fitToPage="(1|true)"/.test(head);
    const layout: PageLayout = {
      paperSize: PAPER[Number(a.paperSize) as 8 | 9] ?? "A4",
      orientation: a.orientation === "landscape" ? "landscape" : "portrait",
    };
    if (fit) {
      layout.fitToPagesWide = Number(a.fitToWidth ?? 1);
      layout.fitToPagesTall = Number(a.fitToHeight ?? 1);
    }
    if (/<(?:[\w.-]+:)?printOptions\b[^>]*horizontalCentered="(1|true)"/.test(tail))
      layout.centerHorizontally = true;
    const header = findElement(tail, "oddHeader");
    if (header) {
      const text = unescapeXml(tail.slice(header.contentStart, header.contentEnd));
      layout.headerText = text.replace(/^&C/, "").replace(/&&/g, "&");
    }
    sheet.pageLayout = layout;
  }
  return sheet;
}
