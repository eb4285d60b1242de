/**
 * What every A3 document shares (spec §11): one A3 landscape page, a header with kommune,
 * document, version, date and approval line, labelled boxes of wrapped text, and tables of
 * figures per plan year. The grid is eleven columns (A 32 characters, B–K 16 each, ≈ 1 050 pt
 * wide at 100 %), so an A3 page holds it without shrinking below 8 pt; every cell is a formula
 * over the data sheets or a label.
 */
import type { CellStyle } from "../../workbook/workbook-port";
import { cellRef } from "../shared/formulas";
import type { SheetDraft } from "../shared/sheet-draft";
import { at } from "../shared/sheet-draft";
import {
  FILL_HEADER,
  FORMAT_DATE,
  STYLE_HEADER,
  STYLE_TITLE,
  formulaStyle,
} from "../shared/styles";
import type { ApprovalPlace } from "./approvals";

export const A3_COLUMNS = 11;
export const A3_WIDTHS = [32, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16] as const;
/** A text box is a third of the page: columns A–C, D–G or H–K (64 characters each). */
export const A3_BOXES = [
  { col: 0, cols: 3 },
  { col: 3, cols: 4 },
  { col: 7, cols: 4 },
] as const;
const BOX_WIDTH = 64;
const LINE_HEIGHT = 15;

export const STYLE_A3_SECTION: CellStyle = { bold: true, fontSize: 13, fontColor: "#1F3864" };
const STYLE_BOX_TITLE: CellStyle = {
  bold: true,
  fill: FILL_HEADER,
  border: "thin",
  verticalAlignment: "center",
  wrap: true,
};
const STYLE_BOX_TEXT: CellStyle = {
  wrap: true,
  verticalAlignment: "top",
  border: "thin",
  locked: true,
  fill: "#FFFFFF",
};
const STYLE_HEAD_LABEL: CellStyle = { bold: true, fill: FILL_HEADER };
const STYLE_HEAD_VALUE: CellStyle = { fill: FILL_HEADER };

export type A3Header = {
  /** The document as people name it («Kommunen som helhet»). */
  title: string;
  /** The document line: what it is and where it belongs in the årshjul. */
  document: string;
  /** Absolute reference to «Organisasjon» on the settings sheet. */
  organisationRef: string;
  /** The version when the document has one fixed by its quarter («K2»); else the approval's. */
  fixedVersion?: string;
  /** The latest approval in the log, when there is one. */
  approval: ApprovalPlace | null;
};

/**
 * Rows 0–2: title, then kommune/document/version and date/approved by/approved date. The date
 * is the approval's; before one, today's (TODAY() only here, never in a figure).
 */
export function drawHeader(draft: SheetDraft, header: A3Header): number {
  draft.label(0, 0, header.title);
  draft.format(at(0, 0), { ...STYLE_TITLE, fontSize: 18 });
  const { approval } = header;
  const pairs: [number, number, string, string, boolean][] = [
    [1, 0, "Kommune", `${header.organisationRef}&""`, false],
    [1, 3, "Dokument", "", false],
    [1, 8, "Versjon", "", false],
    [2, 0, "Dato", approval ? approval.at : "TODAY()", true],
    [2, 3, "Godkjent av", approval ? `${approval.by}&""` : '"Ikke godkjent"', false],
    [2, 8, "Godkjent", approval ? approval.at : '""', true],
  ];
  draft.format(at(1, 0, 2, A3_COLUMNS), STYLE_HEAD_VALUE);
  for (const [row, col, label, formula, isDate] of pairs) {
    draft.label(row, col, label);
    draft.format(at(row, col), STYLE_HEAD_LABEL);
    if (formula !== "") draft.formula(row, col + 1, formula);
    if (isDate)
      draft.format(at(row, col + 1), {
        ...STYLE_HEAD_VALUE,
        numberFormat: FORMAT_DATE,
        horizontalAlignment: "left",
      });
  }
  draft.label(1, 4, header.document);
  if (header.fixedVersion !== undefined) draft.label(1, 9, header.fixedVersion);
  else draft.formula(1, 9, approval ? `${approval.version}&""` : '"Utkast"');
  return 4;
}

/** Height in points for `text` in a box `width` characters wide: at least two lines. */
export function boxHeight(text: string | undefined, width = BOX_WIDTH, minLines = 2): number {
  const lines = (text ?? "")
    .split(/\r?\n/)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
  return Math.max(minLines, lines) * LINE_HEIGHT + 4;
}

export type TextBox = { title: string; formula: string; text: string | undefined };

/** A row of up to three boxes: titles, then the texts (merged, wrapped, as tall as the longest). */
export function drawBoxes(draft: SheetDraft, row: number, boxes: readonly TextBox[]): number {
  let height = 0;
  boxes.forEach((box, i) => {
    const place = A3_BOXES[i] as { col: number; cols: number };
    draft.label(row, place.col, box.title);
    draft.format(at(row, place.col, 1, place.cols), STYLE_BOX_TITLE);
    draft.merges.push(at(row, place.col, 1, place.cols));
    draft.formula(row + 1, place.col, box.formula);
    draft.format(at(row + 1, place.col, 1, place.cols), STYLE_BOX_TEXT);
    draft.merges.push(at(row + 1, place.col, 1, place.cols));
    height = Math.max(height, boxHeight(box.text));
  });
  draft.heights.push({ row: row + 1, height });
  return row + 2;
}

/** A section title across the page. */
export function drawSection(draft: SheetDraft, row: number, title: string, col = 0): void {
  draft.label(row, col, title);
  draft.format(at(row, col), STYLE_A3_SECTION);
}

/** A header row of a table: first label, then one column per plan year, then more labels. */
export function drawTableHeader(
  draft: SheetDraft,
  row: number,
  labels: readonly (string | number)[],
  col = 0,
): void {
  labels.forEach((label, i) => draft.label(row, col + i, label));
  draft.format(at(row, col, 1, labels.length), STYLE_HEADER);
}

/** A figure row: label in A, formulas in B…, kroner format (bold with a grey fill for a total). */
export function drawFigureRow(
  draft: SheetDraft,
  row: number,
  label: string,
  formulas: readonly string[],
  options: { total?: boolean; format?: "kroner" | "hours" | "text" } = {},
): void {
  draft.label(row, 0, label);
  draft.format(at(row, 0), { border: "thin", bold: options.total ?? false });
  formulas.forEach((formula, i) => draft.formula(row, 1 + i, formula));
  draft.format(
    at(row, 1, 1, formulas.length),
    formulaStyle(options.format ?? "kroner", options.total ?? false),
  );
}

/** Σ of the four year cells left of column `sumCol` in `row`. */
export function rowSum(row: number, firstCol = 1): string {
  return `SUM(${cellRef(row, firstCol)}:${cellRef(row, firstCol + 3)})`;
}

/** The A3 page: landscape, one page, its whole area, the user's own cells right of it outside. */
export function finishA3(draft: SheetDraft, rows: number, headerText: string): void {
  draft.ownsAllCells = true;
  draft.widths.push(...A3_WIDTHS.map((width, col) => ({ col, width })));
  draft.pageLayout = {
    paperSize: "A3",
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 1,
    printArea: at(0, 0, rows, A3_COLUMNS),
    centerHorizontally: true,
    headerText,
  };
}
