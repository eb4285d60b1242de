/**
 * The optional A3 «Tjenesteområde / resultatenhet» (spec §11, K4): the adopted measures that act
 * on a unit's budget lines, and the unit's whole budget — original and adjusted per plan year —
 * so the leader group sees the measures against the whole operation.
 *
 * A unit is one code of the budget's ansvar dimension (resultatenhet) or funksjon dimension
 * (tjenesteområde), as the budget has it. Every figure is a live formula: the originals are
 * SUMIFS into the budget sheet by key (rows sharing a key are one line, spec §4), the
 * adjustments SUMIFS over «Gevinst Budsjettkobling», the measures' net effect read from their
 * deep-dive sheets. The page shows the unit's largest lines (by the budget year's amount, sign
 * ignored) and one «Øvrige linjer» row with the rest, so it always fits one A3 page.
 */
import type { BudgetLine, BudgetSource, KeyDimension } from "../../budget/budget.types";
import { sheetKeyDimensions } from "../shared/sheet-keys";
import type { SheetDimensions } from "../shared/layout.types";
import { carriedYears } from "../../budget/plan-years";
import { keyId } from "../../calculation/budget-key";
import type { BudgetKey, Measure } from "../../model/portfolio.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { BUDGET_LINKS_HEADER_ROW } from "../budget-link/render-budget-links";
import { BUDGET_LINK_COLUMNS, type BudgetLinkField } from "../budget-link/budget-link.layout";
import { expandColumns, yearField } from "../shared/layout.types";
import { cellRef, columnRange, sumIfs, sumTerms, textLiteral } from "../shared/formulas";
import { SHEET_BUDGET_LINKS } from "../shared/sheet-names";
import { SheetDraft, at } from "../shared/sheet-draft";
import { formulaStyle } from "../shared/styles";
import {
  drawHeader,
  drawSection,
  drawTableHeader,
  finishA3,
  rowSum,
  type A3Header,
} from "./a3-frame";
import { RowCells } from "./deep-dive-cells";
import { ADOPTED_STATUSES } from "./render-a3-deep-dive";

/** A unit the finance department asked an A3 for. */
export type A3Unit = { dimension: "ansvar" | "funksjon"; code: string };

/**
 * The budget lines shown one by one; the rest are summed in «Øvrige linjer». With the header,
 * two tables of up to 25 measures and this many lines the page stays within one A3 sheet at
 * 100 % (≈ 60 rows of 15 pt), so no text shrinks below 8 pt.
 */
export const UNIT_LINES_SHOWN = 20;
/** Adopted measures shown; more are summed in one row (a unit rarely has this many). */
export const UNIT_MEASURES_SHOWN = 25;

/**
 * The units typed on the settings sheet: codes separated by comma or semicolon; a bare code is
 * an ansvar (resultatenhet), «funksjon 254» (or «f 254») a funksjon (tjenesteområde),
 * «ansvar 3100» says ansvar outright («f:254» and «a:3100» too). Duplicates are dropped.
 */
export function parseA3Units(text: unknown): A3Unit[] {
  if (typeof text !== "string" && typeof text !== "number") return [];
  const units: A3Unit[] = [];
  for (const part of String(text).split(/[,;\n]/)) {
    const match = /^\s*(?:(ansvar|funksjon|a|f)\s*(?:[:=]\s*|\s+))?(\S+)\s*$/i.exec(part);
    if (!match?.[2]) continue;
    const dimension = match[1]?.toLowerCase().startsWith("f") ? "funksjon" : "ansvar";
    const code = match[2];
    if (!units.some((u) => u.dimension === dimension && u.code === code))
      units.push({ dimension, code });
  }
  return units;
}

/** The text the settings row holds for `units` (what parseA3Units reads back). */
export function formatA3Units(units: readonly A3Unit[]): string {
  return units.map((u) => (u.dimension === "funksjon" ? `funksjon ${u.code}` : u.code)).join(", ");
}

/** The key every approval of the unit's A3 names in the log: «K4 ansvar 3100». */
export function a3UnitKey(unit: A3Unit): string {
  return `K4 ${unit.dimension} ${unit.code}`;
}

const trimmed = (code: string | undefined) => (code ?? "").trim();

/** The unit's budget lines, largest budget-year amount first (sign ignored), then by key. */
export function unitLines(lines: readonly BudgetLine[], unit: A3Unit): BudgetLine[] {
  return lines
    .filter((line) => trimmed(line.key[unit.dimension]) === unit.code.trim())
    .sort(
      (a, b) =>
        Math.abs(b.amounts[0]) - Math.abs(a.amounts[0]) || keyId(a.key).localeCompare(keyId(b.key)),
    );
}

function touchesUnit(key: BudgetKey | undefined, unit: A3Unit): boolean {
  return key !== undefined && trimmed(key[unit.dimension]) === unit.code.trim();
}

/** Adopted measures with a benefit link or a cost link on one of the unit's lines. */
export function unitMeasures<M extends Measure>(measures: readonly M[], unit: A3Unit): M[] {
  return measures.filter(
    (m) =>
      (ADOPTED_STATUSES as readonly string[]).includes(m.status) &&
      (touchesUnit(m.costLink, unit) ||
        m.benefits.some((b) => b.links.some((link) => touchesUnit(link, unit)))),
  );
}

export type A3UnitInput = {
  sheet: string;
  years: readonly string[];
  unit: A3Unit;
  /** The unit's name as the budget names its code, if it does. */
  name: string;
  /** The unit's lines, in the order to show (unitLines). */
  lines: readonly BudgetLine[];
  sources: readonly BudgetSource[];
  /** How many line rows «Gevinst Budsjettkobling» has (its adjustments are summed over them). */
  budgetLinkRows: number;
  /** The optional key dimensions «Gevinst Budsjettkobling» has columns for. */
  dimensions?: SheetDimensions;
  /** Each adopted measure, with its deep-dive sheet and its row index in «Tiltak». */
  measures: readonly { measure: Measure; ref: DeepDiveRef; index: number }[];
  header: Omit<A3Header, "title" | "document" | "fixedVersion">;
};

/** Σ over the sources of SUMIFS(plan year i, criteria), in kroner. */
function budgetSum(
  sources: readonly BudgetSource[],
  i: number,
  criteria: (source: BudgetSource) => [string, string][] | null,
): string {
  const terms = sources.flatMap((s) => {
    const col = s.planColumns[i];
    const found = criteria(s);
    if (col === undefined || found === null) return [];
    const sum = sumIfs(columnRange(s.sheet, col, s.firstRow, s.lastRow), found);
    return [s.unit === 1000 ? `${sum}*1000` : sum];
  });
  return terms.length === 0 ? "0" : sumTerms(terms);
}

/** Criteria on the source's key columns for the dimensions given (codes as text literals). */
function keyCriteria(
  source: BudgetSource,
  codes: Partial<Record<KeyDimension, string>>,
): [string, string][] | null {
  const criteria: [string, string][] = [];
  for (const [dim, code] of Object.entries(codes) as [KeyDimension, string][]) {
    const col = source.keyColumns[dim];
    if (col === undefined) {
      // A key dimension the source lacks: only «no project» (or no tjenesteområde) matches it.
      if ((dim === "prosjekt" || dim === "tjenesteomrade") && code === "") continue;
      return null;
    }
    criteria.push([
      columnRange(source.sheet, col, source.firstRow, source.lastRow),
      textLiteral(code),
    ]);
  }
  return criteria;
}

export function renderA3Unit(input: A3UnitInput): SheetDraft {
  const { years, unit } = input;
  const draft = new SheetDraft(input.sheet);
  const kind = unit.dimension === "ansvar" ? "Resultatenhet" : "Tjenesteområde";
  const title = `${kind}: ${unit.code}${input.name ? ` ${input.name}` : ""}`;
  let row = drawHeader(draft, {
    ...input.header,
    title,
    document: "A3 per resultatenhet / tjenesteområde (årshjulet K4: hele driften)",
    fixedVersion: "K4",
  });

  drawSection(draft, row, "Vedtatte tiltak som virker på enhetens budsjettlinjer");
  row++;
  drawTableHeader(draft, row, [
    "Tiltak",
    "Gevinstansvarlig",
    "Status",
    ...years.map(Number),
    "Sum netto",
  ]);
  const firstMeasure = row + 1;
  const shown = input.measures.slice(0, UNIT_MEASURES_SHOWN);
  for (const { measure, ref, index } of shown) {
    row++;
    const cells = new RowCells(ref, "measures", index, measure.id);
    draft.formula(row, 0, `${textLiteral(`${measure.id} `)}&${cells.text("name")}`);
    draft.formula(row, 1, cells.text("owner"));
    draft.formula(row, 2, cells.text("status"));
    for (let i = 0; i < 4; i++) draft.formula(row, 3 + i, cells.figure(yearField("budgetNet", i)));
    draft.formula(row, 7, rowSum(row, 3));
  }
  const rest = input.measures.slice(UNIT_MEASURES_SHOWN);
  if (rest.length > 0) {
    row++;
    draft.label(row, 0, `Øvrige vedtatte tiltak (${rest.length})`);
    for (let i = 0; i < 4; i++)
      draft.formula(
        row,
        3 + i,
        sumTerms(
          rest.map(({ measure, ref, index }) =>
            new RowCells(ref, "measures", index, measure.id).figure(yearField("budgetNet", i)),
          ),
        ),
      );
    draft.formula(row, 7, rowSum(row, 3));
  }
  if (row < firstMeasure) {
    row++;
    draft.label(row, 0, "Ingen vedtatte tiltak er koblet til enhetens budsjettlinjer.");
  } else {
    draft.format(at(firstMeasure, 0, row - firstMeasure + 1, 3), { border: "thin" });
    draft.format(at(firstMeasure, 3, row - firstMeasure + 1, 5), formulaStyle("kroner"));
  }
  row += 2;

  drawSection(draft, row, "Enhetens budsjett: opprinnelig og justert per planår (hele driften)");
  row++;
  drawTableHeader(draft, row, [
    "Budsjettlinje",
    ...years.map((y) => `Opprinnelig ${y}`),
    ...years.map((y) => `Justert ${y}`),
    "Sum justert",
  ]);
  const dimensions = input.dimensions ?? {};
  const DIMENSIONS = sheetKeyDimensions(dimensions);
  const adjustedRange = budgetLinkRanges(input.budgetLinkRows, years.length, dimensions);
  const firstLine = row + 1;
  const lines = input.lines.slice(0, UNIT_LINES_SHOWN);
  for (const line of lines) {
    row++;
    const name = line.names.art ?? line.names[unit.dimension === "ansvar" ? "funksjon" : "ansvar"];
    const key = DIMENSIONS.map((d) => line.key[d]).filter((code) => code !== "");
    draft.label(row, 0, `${key.join("-")}${name ? ` ${name}` : ""}`);
    const codes = Object.fromEntries(DIMENSIONS.map((d) => [d, line.key[d] ?? ""]));
    for (let i = 0; i < 4; i++) {
      draft.formula(
        row,
        1 + i,
        budgetSum(input.sources, i, (s) => keyCriteria(s, codes)),
      );
      const adjustment = adjustedRange
        ? sumIfs(
            adjustedRange.adjustment(i),
            DIMENSIONS.map(
              (d) => [adjustedRange.key(d), textLiteral(line.key[d] ?? "")] as [string, string],
            ),
          )
        : "0";
      draft.formula(row, 5 + i, `${cellRef(row, 1 + i)}+${adjustment}`);
    }
    draft.formula(row, 9, rowSum(row, 5));
  }
  const unitCodes = { [unit.dimension]: unit.code };
  const totalRow = row + (input.lines.length > lines.length ? 2 : 1);
  if (input.lines.length > lines.length) {
    row++;
    draft.label(row, 0, `Øvrige linjer (${input.lines.length - lines.length})`);
    for (let c = 1; c <= 8; c++) {
      const above = lines.length > 0 ? `-SUM(${cellRef(firstLine, c)}:${cellRef(row - 1, c)})` : "";
      draft.formula(row, c, `${cellRef(totalRow, c)}${above}`);
    }
    draft.formula(row, 9, rowSum(row, 5));
  }
  row = totalRow;
  draft.label(row, 0, `Sum ${kind.toLowerCase()} ${unit.code}`);
  for (let i = 0; i < 4; i++) {
    draft.formula(
      row,
      1 + i,
      budgetSum(input.sources, i, (s) => keyCriteria(s, unitCodes)),
    );
    const adjustment = adjustedRange
      ? sumIfs(adjustedRange.adjustment(i), [
          [adjustedRange.key(unit.dimension), textLiteral(unit.code)],
        ])
      : "0";
    draft.formula(row, 5 + i, `${cellRef(row, 1 + i)}+${adjustment}`);
  }
  draft.formula(row, 9, rowSum(row, 5));
  draft.format(at(firstLine, 0, row - firstLine + 1, 1), { border: "thin" });
  if (row > firstLine) draft.format(at(firstLine, 1, row - firstLine, 9), formulaStyle("kroner"));
  draft.format(at(row, 0, 1, 1), { border: "thin", bold: true });
  draft.format(at(row, 1, 1, 9), formulaStyle("kroner", true));
  row += 2;
  draft.label(
    row,
    0,
    `Justert = opprinnelig + justeringen fra tiltakene som telles («${SHEET_BUDGET_LINKS}»). De ${UNIT_LINES_SHOWN} største linjene vises hver for seg; resten er summert i «Øvrige linjer».`,
  );
  draft.format(at(row, 0), { italic: true });
  row++;
  // Spec §4: a plan year the budget has no column for carries the budget year forward, and
  // every place that shows it says so.
  const carried = years.filter(
    (_, i) => input.sources.length > 0 && input.sources.every((s) => carriedYears(s)[i] === true),
  );
  if (carried.length > 0) {
    draft.label(
      row,
      0,
      `Videreført fra ${years[0] ?? ""} (budsjettet har ingen egen kolonne): ${carried.join(", ")}.`,
    );
    draft.format(at(row, 0), { italic: true });
    row++;
  }
  draft.structure = JSON.stringify([draft.name, row, lines.length, shown.length]);
  finishA3(draft, row);
  return draft;
}

/** The adjustment and key columns of «Gevinst Budsjettkobling», over its line rows. */
function budgetLinkRanges(rows: number, years: number, dimensions: SheetDimensions) {
  if (rows <= 0) return null;
  const columns = expandColumns(
    BUDGET_LINK_COLUMNS,
    Array.from({ length: years }, String),
    dimensions,
  );
  const colOf = (field: BudgetLinkField) => columns.findIndex((c) => c.field === field);
  const first = BUDGET_LINKS_HEADER_ROW + 1;
  const range = (field: BudgetLinkField) =>
    columnRange(SHEET_BUDGET_LINKS, colOf(field), first, first + rows - 1);
  return {
    adjustment: (i: number) => range(yearField("adjustment", i)),
    key: (dim: KeyDimension) => range(dim),
  };
}
