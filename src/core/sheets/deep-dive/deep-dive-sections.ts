/**
 * Finding the parts of a deep-dive sheet by their labels: the label column and the totals block
 * (the anchor), then the five sections in layout order with their columns and data rows. A row
 * inserted inside a section, a blank row, a deleted optional column or extra columns do not
 * confuse it; a missing section or required column is reported as SHEET_DAMAGED.
 */
import {
  DEEP_DIVE_SECTIONS,
  TOTALS_TITLE,
  type SectionFieldsByKey,
  type DeepDiveSectionKey,
} from "./deep-dive.layout";
import type { DeepDive } from "../../model/portfolio.types";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { isBlank } from "../shared/cell-values";
import type { CellPlace, Reader } from "../shared/cell-readers";
import { END_LABEL, sectionColumns } from "./deep-dive-map";
import { findColumns, findLabel, findLabelAnywhere, lastRow, valueAt } from "../shared/parse-grid";

/** One data row of a section: its cells by field key, and where each is (for issues). */
export type SectionRow<F extends string = string> = {
  row: number;
  get: (field: F) => CellValue;
  at: (field: F) => CellPlace;
};

/** What every section reader shares while one sheet is read. */
export type SheetReadContext = {
  sheet: string;
  years: readonly string[];
  reader: Reader;
  /** The entity each row belongs to ("measure:T1", "layout" …), filled in as rows are read. */
  rowEntities: Map<number, string>;
  /** The sheet's deep-dive; null on the sheet of measures without one. */
  deepDive: DeepDive | null;
};

/** Where the labels are: column A as written, but a column inserted in front moves them. */
export function findAnchor(grid: SheetGrid): { labelCol: number; totalsRow: number } {
  const anchor = findLabelAnywhere(grid, TOTALS_TITLE);
  return { labelCol: anchor?.col ?? 0, totalsRow: anchor?.row ?? lastRow(grid) + 1 };
}

function sectionRows(
  grid: SheetGrid,
  sheet: string,
  titleRow: number,
  endRow: number,
  columns: Record<string, number>,
): SectionRow[] {
  const rows: SectionRow[] = [];
  for (let row = titleRow + 2; row < endRow; row++) {
    const get = (field: string) => {
      const col = columns[field];
      return col === undefined ? null : valueAt(grid, row, col);
    };
    const inputFields = Object.keys(columns);
    if (inputFields.every((field) => isBlank(get(field)))) continue;
    rows.push({ row, get, at: (field) => ({ sheet, row, col: columns[field] ?? 0 }) });
  }
  return rows;
}

export type LocatedSections = {
  /** Non-blank data rows per section key ("measures", "benefits" …), typed by its fields. */
  rows: { [K in DeepDiveSectionKey]?: SectionRow<SectionFieldsByKey[K]>[] };
  /** Data rows per section as found (kept when re-rendering, so nothing moves needlessly). */
  presentCapacity: Record<string, number>;
};

/**
 * The sections below the totals block, each from its title to the next title (or the end label).
 * Marks each section's title and header row as "layout" in `rowEntities`.
 */
export function locateSections(
  grid: SheetGrid,
  anchor: { labelCol: number; totalsRow: number },
  context: Pick<SheetReadContext, "sheet" | "years" | "reader" | "rowEntities">,
): LocatedSections {
  const { sheet, years, reader, rowEntities } = context;
  const { labelCol } = anchor;
  const presentCapacity: Record<string, number> = {};
  const titles: { key: DeepDiveSectionKey; row: number }[] = [];
  let from = anchor.totalsRow;
  for (const section of DEEP_DIVE_SECTIONS) {
    const row = findLabel(grid, labelCol, section.title, from);
    if (row === null) {
      if (section.optional) continue;
      reader.issues.push({
        severity: "error",
        code: "SHEET_DAMAGED",
        sheet,
        key: "SHEET_SECTION_MISSING",
        params: { sheet, section: section.title },
      });
      continue;
    }
    titles.push({ key: section.key, row });
    from = row + 1;
  }
  const end = findLabel(grid, labelCol, END_LABEL, from) ?? lastRow(grid) + 2;

  const rows: Partial<Record<DeepDiveSectionKey, SectionRow[]>> = {};
  titles.forEach(({ key, row }, i) => {
    const next = titles[i + 1]?.row ?? end;
    const spec = DEEP_DIVE_SECTIONS.find((s) => s.key === key);
    if (!spec) return;
    presentCapacity[key] = Math.max(0, next - row - 3);
    // Every column a sheet may have, tjenesteområde too: one the sheet lacks is simply absent.
    const { headers } = sectionColumns(spec, years, { tjenesteomrade: true });
    const inputHeaders: Record<string, string> = {};
    for (const column of spec.columns) {
      if (column.kind !== "input") continue;
      for (const [field, header] of Object.entries(headers))
        if (field === column.key || field.startsWith(`${column.key}.`))
          inputHeaders[field] = header;
    }
    const columns = findColumns(grid, row + 1, inputHeaders);
    for (const column of spec.columns) {
      if (column.kind === "input" && column.required && columns[column.key] === undefined)
        reader.issues.push({
          severity: "error",
          code: "SHEET_DAMAGED",
          sheet,
          key: "SHEET_COLUMN_MISSING",
          params: { sheet, section: spec.title, column: column.header },
        });
    }
    rowEntities.set(row, "layout");
    rowEntities.set(row + 1, "layout");
    rows[key] = sectionRows(grid, sheet, row, next, columns);
  });
  return { rows, presentCapacity };
}
