/**
 * Renders «Gevinst Budsjettkobling»: one row per linked budget line (spec §4), and to the right
 * the link details the adjustments sum (budget-link-details.ts).
 *
 * Original amount: when Gevinst knows the line's budget row, a direct reference to that row's
 * cells after checking the key there («Raden stemmer»); else — or once the budget is re-sorted or
 * the row deleted and the check fails — a live SUMIFS into the budget sheet by key over every row
 * with that key («Treff i budsjettet» counts them: rows sharing a key are one line, spec §4). Excel's IF evaluates only the branch it takes, so a
 * checked row costs no scan of the budget. Direct references (not INDEX at the stored row number)
 * follow the line when rows are inserted above it, and cost least in every engine.
 */
import type { BudgetMapping, BudgetSource } from "../../budget/budget.types";
import { sheetKey, sheetKeyDimensions } from "../shared/sheet-keys";
import type { KeyDimension } from "../../budget/budget.types";
import { mappingCarriedYears } from "../../budget/plan-years";
import {
  BUDGET_LINKS_TITLE,
  BUDGET_LINK_COLUMNS,
  DETAIL_GAP,
  type BudgetLinkField,
} from "./budget-link.layout";
import { expandColumns, yearField, type SheetDimensions } from "../shared/layout.types";
import { SHEET_BUDGET_LINKS } from "../shared/sheet-names";
import { STYLE_HEADER, STYLE_TITLE, formulaStyle } from "../shared/styles";
import type { BudgetKey, NormalisedKey, Portfolio } from "../../model/portfolio.types";
import { keyId, normaliseKey, compareKeys } from "../../calculation/budget-key";
import { detailSources, renderDetailBlock } from "./budget-link-details";
import type { StoredRow } from "./budget-link-rows";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import {
  amountOf,
  cellRef,
  columnRange,
  countIfs,
  keyCriterion,
  sumIfs,
  sumTerms,
} from "../shared/formulas";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";

export const BUDGET_LINKS_HEADER_ROW = 2;

/**
 * Every key the portfolio links to (benefit links and cost links), sorted, once each, as the
 * sheets hold it (sheet-keys.ts: tjenesteomrade only where they have a column for it).
 */
export function linkedKeys(
  portfolio: Portfolio,
  dimensions: SheetDimensions = {},
): NormalisedKey[] {
  const keys = new Map<string, NormalisedKey>();
  const add = (key: BudgetKey) => {
    const onSheet = sheetKey(normaliseKey(key), dimensions);
    keys.set(keyId(onSheet), onSheet);
  };
  for (const measure of portfolio.measures) {
    if (measure.costLink) add(measure.costLink);
    for (const benefit of measure.benefits) for (const link of benefit.links) add(link);
  }
  return [...keys.values()].sort(compareKeys);
}

function sourceCriteria(
  source: BudgetSource,
  dimensions: readonly KeyDimension[],
  keyCells: Record<string, string>,
): [string, string][] {
  const range = (col: number) => columnRange(source.sheet, col, source.firstRow, source.lastRow);
  const criteria: [string, string][] = [];
  for (const dim of dimensions) {
    const col = source.keyColumns[dim];
    if (col !== undefined) criteria.push([range(col), keyCriterion(keyCells[dim] as string)]);
  }
  return criteria;
}

/** A cell of the budget row Gevinst stored (0-based `row`), as an absolute reference. */
function budgetCell(source: BudgetSource, row: number, col: number): string {
  return cellRef(row, col, { sheet: source.sheet, abs: true });
}

/**
 * 1 when budget row `row` (0-based) of `source` still holds the line's key — codes compared
 * trimmed, as the core does — else 0 (also when the row was deleted: #REF!).
 */
function rowCheck(
  source: BudgetSource,
  dimensions: readonly KeyDimension[],
  row: number,
  keyCells: Record<string, string>,
): string {
  const tests = dimensions.flatMap((dim) => {
    const col = source.keyColumns[dim];
    if (col === undefined) return [];
    return [`TRIM(${budgetCell(source, row, col)})=${keyCriterion(keyCells[dim] as string)}`];
  });
  return `IFERROR(IF(AND(${tests.join(",")}),1,0),0)`;
}

/**
 * Above each «Opprinnelig» year the budget has no column for: «Videreført fra B» (spec §4: the
 * plan year carries the budget year's amount forward).
 */
function markCarriedYears(
  draft: SheetDraft,
  input: { years: readonly string[]; mapping: BudgetMapping | null },
  colOf: (field: BudgetLinkField) => number,
): void {
  if (!input.mapping) return;
  const carried = mappingCarriedYears(input.mapping);
  carried.forEach((isCarried, i) => {
    if (isCarried)
      draft.label(
        BUDGET_LINKS_HEADER_ROW - 1,
        colOf(yearField("original", i)),
        `Videreført fra ${input.years[0] ?? ""}`,
      );
  });
}

export function renderBudgetLinks(input: {
  years: readonly string[];
  keys: readonly NormalisedKey[];
  mapping: BudgetMapping | null;
  deepDives: readonly DeepDiveRef[];
  /** The deep-dive sheets' drafts, for the keys Gevinst writes on each row. */
  drafts?: ReadonlyMap<string, SheetDraft>;
  /** Where each line (by keyId) stands in the budget, when known. */
  storedRows?: ReadonlyMap<string, StoredRow>;
  /** The optional key dimensions with a column (tjenesteområde where the budget has it). */
  dimensions?: SheetDimensions;
}): SheetDraft {
  const draft = new SheetDraft(SHEET_BUDGET_LINKS);
  const dimensions = input.dimensions ?? {};
  const DIMENSIONS = sheetKeyDimensions(dimensions);
  const columns = expandColumns(BUDGET_LINK_COLUMNS, input.years, dimensions);
  const colOf = (field: BudgetLinkField) => columns.findIndex((c) => c.field === field);
  draft.label(0, 0, BUDGET_LINKS_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  columns.forEach((column, c) => draft.label(BUDGET_LINKS_HEADER_ROW, c, column.header));
  draft.format(at(BUDGET_LINKS_HEADER_ROW, 0, 1, columns.length), STYLE_HEADER);
  const sources = input.mapping?.sources ?? [];
  markCarriedYears(draft, input, colOf);

  const firstLineRow = BUDGET_LINKS_HEADER_ROW + 1;
  const lineRows = new Map(input.keys.map((key, i) => [keyId(key), firstLineRow + i]));
  const details = renderDetailBlock(draft, {
    years: input.years,
    firstCol: columns.length + DETAIL_GAP,
    headerRow: BUDGET_LINKS_HEADER_ROW,
    sources: detailSources(input.deepDives, input.drafts ?? new Map(), dimensions),
    lineRows,
    deepDives: input.deepDives,
    dimensions,
  });

  let row = firstLineRow;
  for (const key of input.keys) {
    const id = keyId(key);
    const keyCells: Record<string, string> = {};
    for (const dim of DIMENSIONS) {
      const code = key[dim] ?? "";
      draft.label(row, colOf(dim), code === "" ? null : code);
      keyCells[dim] = cellRef(row, colOf(dim), { absCol: true });
    }
    const stored = input.storedRows?.get(id);
    const source = stored ? sources[stored.source] : undefined;
    const matches = cellRef(row, colOf("matches"));
    const checked = cellRef(row, colOf("rowChecked"), { absCol: true });
    const counted = sumTerms(sources.map((s) => countIfs(sourceCriteria(s, DIMENSIONS, keyCells))));
    if (stored && source) {
      draft.label(row, colOf("sourceSheet"), source.sheet);
      draft.label(row, colOf("sourceRow"), stored.row + 1);
      draft.formula(row, colOf("rowChecked"), rowCheck(source, DIMENSIONS, stored.row, keyCells));
      // A checked row is the line the core found: exactly one match, no scan needed.
      draft.formula(row, colOf("matches"), `IF(${checked}=1,1,${counted})`);
    } else {
      draft.label(row, colOf("rowChecked"), 0);
      draft.formula(row, colOf("matches"), counted);
    }
    for (let i = 0; i < 4; i++) {
      const scanned = sumTerms(
        sources.map((s) => {
          const sum = sumIfs(
            columnRange(s.sheet, s.planColumns[i] as number, s.firstRow, s.lastRow),
            sourceCriteria(s, DIMENSIONS, keyCells),
          );
          return s.unit === 1000 ? `${sum}*1000` : sum;
        }),
      );
      const fallback = `IF(${matches}>=1,${scanned},0)`;
      if (stored && source) {
        // A text amount counts 0 there, as in SUMIFS.
        const direct = amountOf(budgetCell(source, stored.row, source.planColumns[i] as number));
        draft.formula(
          row,
          colOf(yearField("original", i)),
          `IF(${checked}=1,${source.unit === 1000 ? `${direct}*1000` : direct},${fallback})`,
        );
      } else draft.formula(row, colOf(yearField("original", i)), fallback);
      const keyList = DIMENSIONS.map((dim) => keyCells[dim] as string);
      draft.formula(row, colOf(yearField("adjustment", i)), details.adjustment(id, keyList, i));
      draft.formula(
        row,
        colOf(yearField("adjusted", i)),
        `${cellRef(row, colOf(yearField("original", i)))}+${cellRef(row, colOf(yearField("adjustment", i)))}`,
      );
    }
    row++;
  }
  columns.forEach((column, c) => {
    if (row > firstLineRow)
      draft.format(at(firstLineRow, c, row - firstLineRow, 1), formulaStyle(column.spec.value));
  });
  // A tjenesteområde column changes the structure; without one it is what it always was.
  draft.structure = JSON.stringify(
    dimensions.tjenesteomrade === true
      ? [row, details.rows, input.deepDives.length, "tjenesteomrade"]
      : [row, details.rows, input.deepDives.length],
  );
  draft.widths.push(...columns.map((column, col) => ({ col, width: column.spec.width })));
  draft.freeze = { rows: BUDGET_LINKS_HEADER_ROW + 1, cols: 4 };
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, draft.usedRows(), draft.width),
    BUDGET_LINKS_HEADER_ROW,
    BUDGET_LINKS_TITLE,
  );
  return draft;
}
