/**
 * The link details on «Gevinst Budsjettkobling» (issue 9): one row per row of every deep-dive
 * sheet's Budsjettkoblinger section (what the link takes off its line) and Tiltak section (the
 * cost a counted measure puts on its cost line), spare rows included. Each row shows the key as
 * the deep-dive sheet has it now and its signed amount per plan year.
 *
 * The rows are grouped by the line they belonged to when Gevinst wrote them, so a line's
 * adjustment sums its own few rows — no scan of every deep-dive per line. A row whose key no
 * longer is what Gevinst wrote (typed into a spare row, changed, sorted) is «Endret»: it leaves
 * its line's rows, and as long as any row is changed every line also sums the changed rows by key
 * with one SUMIFS (live, as the old formulas were), until the next refresh groups the rows again.
 */
import {
  BUDGET_LINK_CHECK_COLUMNS,
  BUDGET_LINK_DETAIL_COLUMNS,
  DETAIL_CHANGED_LABEL,
  DETAIL_MISSING_TEXT,
  DETAIL_TITLE,
  type BudgetLinkDetailField,
} from "./budget-link.layout";
import { expandColumns, yearField, type SheetDimensions } from "../shared/layout.types";
import { STYLE_HEADER, STYLE_LABEL, STYLE_TITLE, formulaStyle } from "../shared/styles";
import { sheetKeyDimensions } from "../shared/sheet-keys";
import type { KeyDimension } from "../../budget/budget.types";
import type { BudgetKey } from "../../model/portfolio.types";
import { keyId } from "../../calculation/budget-key";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { fieldRange } from "../deep-dive/deep-dive-formulas";
import type { SectionPlace } from "../deep-dive/deep-dive-map";
import { cellRef, columnRange, keyCriterion, sumIfs, textLiteral } from "../shared/formulas";
import { SheetDraft, at } from "../shared/sheet-draft";

/** A measure's cost-link field on the deep-dive sheet for each key dimension. */
const COST_FIELDS = {
  ansvar: "costAnsvar",
  art: "costArt",
  funksjon: "costFunksjon",
  prosjekt: "costProsjekt",
  tjenesteomrade: "costTjenesteomrade",
} as const satisfies Record<KeyDimension, string>;

/** One row of a deep-dive sheet that may put an amount on a budget line. */
export type DetailSource = {
  sheet: string;
  /** 0-based row on the deep-dive sheet. */
  row: number;
  /** The key cells on the deep-dive sheet (relative A1, sheet-qualified). */
  keyCells: readonly string[];
  /** keyId of the key Gevinst writes there, or null when the row is blank. */
  key: string | null;
  /** The signed amount per plan year: − taken out for a link, + cost for a measure. */
  amount: (yearIndex: number) => string;
};

function draftedKey(
  dimensions: readonly KeyDimension[],
  draft: SheetDraft | undefined,
  row: number,
  cols: number[],
): string | null {
  const parts = cols.map((col) => {
    const content = draft?.cells.get(SheetDraft.key(row, col))?.content;
    const value = content?.kind === "value" ? content.value : null;
    return value === null || value === undefined ? "" : String(value).trim();
  });
  if (parts.every((p) => p === "")) return null;
  const key: BudgetKey = { ansvar: "", art: "", funksjon: "" };
  dimensions.forEach((dim, d) => (key[dim] = parts[d] ?? ""));
  return keyId(key);
}

// The field is NoInfer: the section's type alone decides which fields exist.
function columnOf<F extends string>(section: SectionPlace<F>, field: NoInfer<F>): number {
  const col = section.columns[field];
  if (col === undefined) throw new Error(`Ukjent felt ${field} i seksjon`);
  return col;
}

/** Every link row and measure row of every deep-dive sheet, spare rows too, in sheet order. */
export function detailSources(
  deepDives: readonly DeepDiveRef[],
  drafts: ReadonlyMap<string, SheetDraft>,
  sheetDimensions: SheetDimensions = {},
): DetailSource[] {
  const dims = sheetKeyDimensions(sheetDimensions);
  const sources: DetailSource[] = [];
  for (const dd of deepDives) {
    const draft = drafts.get(dd.sheet);
    const ref = (row: number, col: number) => cellRef(row, col, { sheet: dd.sheet });
    const links = dd.map.sections.links;
    const linkCols = dims.map((f) => columnOf(links, f));
    for (let row = links.firstRow; row <= links.lastRow; row++) {
      sources.push({
        sheet: dd.sheet,
        row,
        keyCells: linkCols.map((col) => ref(row, col)),
        key: draftedKey(dims, draft, row, linkCols),
        // «Tas ut» is "" on a blank row: the minus fails there and IFERROR makes it 0.
        amount: (i) => `IFERROR(-${ref(row, columnOf(links, yearField("withdrawn", i)))},0)`,
      });
    }
    const measures = dd.map.sections.measures;
    const costCols = dims.map((d) => columnOf(measures, COST_FIELDS[d]));
    // «Justerer budsjett»: counted and not innarbeidet i budsjettet (spec §4).
    const adjusts = columnOf(measures, "adjusts");
    for (let row = measures.firstRow; row <= measures.lastRow; row++) {
      sources.push({
        sheet: dd.sheet,
        row,
        keyCells: costCols.map((col) => ref(row, col)),
        key: draftedKey(dims, draft, row, costCols),
        amount: (i) =>
          `IFERROR(IF(${ref(row, adjusts)}=1,${ref(row, columnOf(measures, yearField("cost", i)))},0),0)`,
      });
    }
  }
  return sources;
}

export type DetailBlock = {
  /** Per line keyId: the line's own detail rows (0-based, inclusive), if it has any. */
  slices: Map<string, { first: number; last: number }>;
  /** The signed adjustment of the line in `lineRow` for year `i` (formula without "="). */
  adjustment: (lineKeyId: string, lineKeyCells: readonly string[], i: number) => string;
  /** Rows and columns the block takes (for the structure marker). */
  rows: number;
};

/**
 * Writes the detail block into `draft` from column `firstCol`, header in `headerRow`, and returns
 * how a line sums its adjustment. `lineRows` gives each line's keyId and 0-based sheet row, in
 * the order of the lines.
 */
export function renderDetailBlock(
  draft: SheetDraft,
  input: {
    years: readonly string[];
    firstCol: number;
    headerRow: number;
    sources: readonly DetailSource[];
    lineRows: ReadonlyMap<string, number>;
    deepDives: readonly DeepDiveRef[];
    /** The optional key dimensions with a column (as the deep-dive sheets have them). */
    dimensions?: SheetDimensions;
  },
): DetailBlock {
  const { years, firstCol, headerRow, sources, lineRows } = input;
  const DIMENSIONS = sheetKeyDimensions(input.dimensions ?? {});
  const columns = expandColumns(BUDGET_LINK_DETAIL_COLUMNS, years, input.dimensions);
  const colOf = (field: BudgetLinkDetailField) =>
    firstCol + columns.findIndex((c) => c.field === field);
  const firstRow = headerRow + 1;
  const byLine = new Map<string, DetailSource[]>();
  const loose: DetailSource[] = [];
  for (const source of sources) {
    const list = source.key === null ? undefined : byLine.get(source.key);
    if (source.key !== null && lineRows.has(source.key)) {
      if (list) list.push(source);
      else byLine.set(source.key, [source]);
    } else loose.push(source);
  }

  draft.label(0, firstCol, DETAIL_TITLE);
  draft.format(at(0, firstCol), STYLE_TITLE);
  columns.forEach((column, c) => draft.label(headerRow, firstCol + c, column.header));
  draft.format(at(headerRow, firstCol, 1, columns.length), STYLE_HEADER);
  columns.forEach((column, c) =>
    draft.widths.push({ col: firstCol + c, width: column.spec.width }),
  );

  const slices = new Map<string, { first: number; last: number }>();
  let row = firstRow;
  const write = (source: DetailSource, expected: readonly string[] | null) => {
    draft.label(row, colOf("sheet"), source.sheet);
    draft.label(row, colOf("row"), source.row + 1);
    const live = DIMENSIONS.map((dim, d) => {
      draft.formula(row, colOf(dim), `IFERROR(TRIM(${source.keyCells[d] as string}),"")`);
      return cellRef(row, colOf(dim));
    });
    const same = live.map(
      (cell, d) => `${cell}=${expected ? keyCriterion(expected[d] as string) : '""'}`,
    );
    draft.formula(row, colOf("changed"), `IF(AND(${same.join(",")}),0,1)`);
    years.forEach((_, i) => draft.formula(row, colOf(yearField("amount", i)), source.amount(i)));
    row++;
  };
  for (const [key, lineRow] of lineRows) {
    const own = byLine.get(key);
    if (!own) continue;
    const expected = DIMENSIONS.map((_, d) => cellRef(lineRow, d, { abs: true }));
    slices.set(key, { first: row, last: row + own.length - 1 });
    for (const source of own) write(source, expected);
  }
  for (const source of loose) write(source, null);
  const lastRow = Math.max(row - 1, firstRow);
  if (row > firstRow)
    columns.forEach((column, c) =>
      draft.format(at(firstRow, firstCol + c, row - firstRow, 1), formulaStyle(column.spec.value)),
    );

  // How many rows are changed: while any is, lines also sum the changed amounts by key.
  const flagCol = firstCol + 3;
  draft.label(1, firstCol, DETAIL_CHANGED_LABEL);
  draft.format(at(1, firstCol), STYLE_LABEL);
  const range = (field: BudgetLinkDetailField) =>
    columnRange(undefined, colOf(field), firstRow, lastRow);
  draft.formula(1, flagCol, row > firstRow ? `SUM(${range("changed")})` : "0");
  draft.format(at(1, flagCol), formulaStyle("number"));
  const flag = cellRef(1, flagCol, { abs: true });

  renderCheck(draft, {
    years,
    firstCol: firstCol + columns.length + 1,
    headerRow,
    deepDives: input.deepDives,
    detailSum: (i) => (row > firstRow ? `SUM(${range(yearField("amount", i))})` : "0"),
    warningCell: { row: 1, col: flagCol + 1 },
  });

  return {
    slices,
    rows: row - firstRow,
    adjustment: (key, lineKeyCells, i) => {
      const slice = slices.get(key);
      const sliceRange = (field: BudgetLinkDetailField) =>
        columnRange(undefined, colOf(field), slice?.first ?? 0, slice?.last ?? 0);
      const own = slice
        ? sumIfs(sliceRange(yearField("amount", i)), [[sliceRange("changed"), "0"]])
        : "0";
      if (row === firstRow) return own;
      const moved = sumIfs(range(yearField("amount", i)), [
        [range("changed"), "1"],
        ...DIMENSIONS.map(
          (dim, d) => [range(dim), keyCriterion(lineKeyCells[d] as string)] as [string, string],
        ),
      ]);
      return `${own}+IF(${flag}=0,0,${moved})`;
    },
  };
}

/**
 * Per deep-dive sheet, what its sections put on the budget in all, against what the detail rows
 * hold: a row inserted inside a section in plain Excel has no detail row until the next refresh,
 * and the warning says so (the totals on the other sheets do not depend on this sheet).
 */
function renderCheck(
  draft: SheetDraft,
  input: {
    years: readonly string[];
    firstCol: number;
    headerRow: number;
    deepDives: readonly DeepDiveRef[];
    detailSum: (i: number) => string;
    warningCell: { row: number; col: number };
  },
): void {
  const { years, firstCol, headerRow } = input;
  const columns = expandColumns(BUDGET_LINK_CHECK_COLUMNS, years);
  columns.forEach((column, c) => draft.label(headerRow, firstCol + c, column.header));
  draft.format(at(headerRow, firstCol, 1, columns.length), STYLE_HEADER);
  columns.forEach((column, c) =>
    draft.widths.push({ col: firstCol + c, width: column.spec.width }),
  );
  let row = headerRow + 1;
  for (const dd of input.deepDives) {
    const links = dd.map.sections.links;
    const m = dd.map.sections.measures;
    draft.label(row, firstCol, dd.sheet);
    years.forEach((_, i) => {
      const withdrawn = `SUM(${fieldRange(links, yearField("withdrawn", i), dd.sheet)})`;
      const costs = sumIfs(fieldRange(m, yearField("cost", i), dd.sheet), [
        [fieldRange(m, "adjusts", dd.sheet), "1"],
      ]);
      draft.formula(row, firstCol + 1 + i, `${costs}-${withdrawn}`);
    });
    row++;
  }
  if (row > headerRow + 1)
    columns.forEach((column, c) =>
      draft.format(
        at(headerRow + 1, firstCol + c, row - headerRow - 1, 1),
        formulaStyle(column.spec.value),
      ),
    );
  const differs = years.map((_, i) => {
    const total =
      row > headerRow + 1
        ? `SUM(${columnRange(undefined, firstCol + 1 + i, headerRow + 1, row - 1)})`
        : "0";
    return `ABS(${total}-(${input.detailSum(i)}))>0.005`;
  });
  draft.formula(
    input.warningCell.row,
    input.warningCell.col,
    `IFERROR(IF(OR(${differs.join(",")}),${textLiteral(DETAIL_MISSING_TEXT)},""),${textLiteral(DETAIL_MISSING_TEXT)})`,
  );
  draft.format(at(input.warningCell.row, input.warningCell.col), STYLE_LABEL);
}
