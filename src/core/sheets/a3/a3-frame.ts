/**
 * What every A3 document shares (spec §11): one A3 landscape page, a header with kommune,
 * document, version, date and approval line, labelled boxes of wrapped text, and tables of
 * figures per plan year. The grid is eleven columns (A 32 characters, B–K 16 each, ≈ 1 050 pt
 * wide at 100 %), so an A3 page holds it without shrinking below 8 pt; every cell is a formula
 * over the data sheets or a label.
 */
import type { CellStyle } from "../../workbook/workbook-port";
import { cellRef } from "../shared/formulas";
import { DEFAULT_ROW_HEIGHT, columnsWidth, printableSize } from "../shared/page-geometry";
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
/** Row heights of the title (18 pt) and a section title (13 pt): a line of text and some air. */
const TITLE_HEIGHT = 30;
const SECTION_HEIGHT = 24;

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
  setHeight(draft, 0, TITLE_HEIGHT);
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
    // A bold title wraps a little sooner than plain text.
    setHeight(draft, row, boxHeight(box.title, BOX_WIDTH * 0.9, 1) - 4);
    draft.merges.push(at(row, place.col, 1, place.cols));
    draft.formula(row + 1, place.col, box.formula);
    draft.format(at(row + 1, place.col, 1, place.cols), STYLE_BOX_TEXT);
    draft.merges.push(at(row + 1, place.col, 1, place.cols));
    height = Math.max(height, boxHeight(box.text));
  });
  setHeight(draft, row + 1, height);
  draft.growRows.push(row + 1);
  return row + 2;
}

/** A section title across the page. */
export function drawSection(draft: SheetDraft, row: number, title: string, col = 0): void {
  draft.label(row, col, title);
  draft.format(at(row, col), STYLE_A3_SECTION);
  setHeight(draft, row, SECTION_HEIGHT);
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
  // Headers wrap in their column: as many lines as the longest needs (a letter is narrower
  // than the digit a column width counts in).
  const lines = labels.map((label, i) =>
    Math.ceil((String(label).length * 0.9) / (A3_WIDTHS[col + i] ?? 16)),
  );
  setHeight(draft, row, Math.max(1, ...lines) * LINE_HEIGHT);
}

/** Sets a row's height, never lower than one set before (a section and a table share a row). */
function setHeight(draft: SheetDraft, row: number, height: number): void {
  const found = draft.heights.find((h) => h.row === row);
  if (found) found.height = Math.max(found.height, height);
  else draft.heights.push({ row, height });
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

/**
 * The A3 page: landscape, one page, its whole area, the user's own cells right of it outside.
 * No page header: the document's title is its first row, and a header above it only floats at
 * the paper's edge.
 */
export function finishA3(draft: SheetDraft, rows: number): void {
  draft.ownsAllCells = true;
  draft.widths.push(...A3_WIDTHS.map((width, col) => ({ col, width })));
  const printed = fillPage(draft, rows);
  draft.pageLayout = {
    paperSize: "A3",
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 1,
    printArea: at(0, 0, printed, A3_COLUMNS),
    centerHorizontally: true,
    headerText: "",
  };
}

/**
 * Share of the printable height the rows fill: a little air for the pixel rounding of row
 * heights, which differs between Excel and LibreOffice, so that the page never tips over into a
 * second one.
 */
const PAGE_FILL = 0.92;
/** How much a table row may grow (15 → 21 pt) before the text boxes take the rest. */
const LINE_GROWTH = 0.4;
/** A notes box is added when at least this much of the page would stay empty. */
const NOTES_MIN_HEIGHT = 4 * LINE_HEIGHT;

/**
 * Gives every row of the document an explicit height, so that it prints alike in Excel and
 * LibreOffice, and makes a document shorter than the page as tall as the page: table rows get
 * more air, then the text boxes take what is left (room to write on in the meeting). A document
 * without boxes gets a «Merknader» box across the page for that. A document taller than the
 * page is left as it is; fitting to one page shrinks it. Returns the rows to print.
 */
function fillPage(draft: SheetDraft, rows: number): number {
  const page = printableSize("A3", "landscape");
  const scale = Math.min(1, page.width / columnsWidth(draft.widths, 0, A3_COLUMNS));
  const target = (page.height / scale) * PAGE_FILL;
  const heights = new Map(draft.heights.map((h) => [h.row, h.height]));
  const height = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  let lines = 0;
  for (let row = 0; row < rows; row++) lines += height(row);
  const lineFactor = 1 + Math.max(0, Math.min(LINE_GROWTH, (target - lines) / lines));
  let printed = rows;
  const grow = new Set(draft.growRows.filter((row) => row < rows));
  if (grow.size === 0 && target - lines * lineFactor >= NOTES_MIN_HEIGHT + 2 * LINE_HEIGHT) {
    // A blank row, the title, the box.
    drawNotesBox(draft, rows + 1);
    heights.set(rows + 1, LINE_HEIGHT);
    heights.set(rows + 2, NOTES_MIN_HEIGHT);
    grow.add(rows + 2);
    printed = rows + 3;
    lines += 2 * LINE_HEIGHT;
  }
  let boxes = 0;
  for (const row of grow) {
    boxes += height(row);
    lines -= height(row);
  }
  const boxFactor = boxes > 0 ? Math.max(1, (target - lines * lineFactor) / boxes) : 1;
  draft.heights.splice(0, draft.heights.length);
  for (let row = 0; row < printed; row++) {
    const factor = grow.has(row) ? boxFactor : lineFactor;
    // Whole points: what Excel's row height dialog shows, and what both programs keep exactly.
    draft.heights.push({ row, height: Math.floor(height(row) * factor) });
  }
  // Grown rows keep their text in the middle, as a table row does; a box's text stays at the top.
  draft.formats.unshift({
    range: at(0, 0, printed, A3_COLUMNS),
    style: { verticalAlignment: "center" },
  });
  return printed;
}

/** Room on paper for what the meeting decides: a titled box across the page, no data. */
function drawNotesBox(draft: SheetDraft, row: number): void {
  draft.label(row, 0, "Merknader fra behandlingen");
  draft.format(at(row, 0, 1, A3_COLUMNS), STYLE_BOX_TITLE);
  draft.merges.push(at(row, 0, 1, A3_COLUMNS));
  draft.format(at(row + 1, 0, 1, A3_COLUMNS), STYLE_BOX_TEXT);
  draft.merges.push(at(row + 1, 0, 1, A3_COLUMNS));
}
