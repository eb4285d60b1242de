/**
 * Where everything is on a deep-dive sheet: the analysis fields, the totals rows and each
 * section's rows and columns. Computed from the layout and the number of rows each section needs;
 * other sheets build their references from it.
 */
import {
  expandColumns,
  type SectionFields,
  type SectionSpec,
  type SheetDimensions,
} from "../shared/layout.types";
import {
  DEEP_DIVE_FIELDS,
  DEEP_DIVE_SECTIONS,
  TOTAL_ROWS,
  type DeepDiveFieldKey,
  type SectionFieldsByKey,
  type DeepDiveSectionKey,
} from "./deep-dive.layout";

export type SectionPlace<F extends string = string> = {
  titleRow: number;
  headerRow: number;
  /** First and last data row (inclusive); formulas cover exactly these rows. */
  firstRow: number;
  lastRow: number;
  /** field ("annual", "phaseIn.0") → 0-based column. */
  columns: Record<F, number>;
  /** field → header text. */
  headers: Record<F, string>;
};

/** Every section's place, typed by its fields. */
export type DeepDiveSections = {
  [K in DeepDiveSectionKey]: SectionPlace<SectionFieldsByKey[K]>;
};

export type DeepDiveSheetMap = {
  sheet: string;
  /** The deep-dive's id, or null on the sheet for measures without a deep-dive. */
  deepDiveId: string | null;
  fields: Partial<Record<DeepDiveFieldKey, { row: number; col: number }>>;
  totalsTitleRow: number;
  totalsHeaderRow: number;
  /** Total row key ("counted.gross") → 0-based row; year i is in column 1 + i, the sum in 5. */
  totals: Record<string, number>;
  sections: DeepDiveSections;
  /** The row with the end label, after the last section (the parser's last boundary). */
  endRow: number;
  /** The last row the layout uses. */
  lastRow: number;
};

export const FIELDS_FIRST_ROW = 2;
export const TOTALS_YEAR_COL = 1;
export const TOTALS_SUM_COL = 5;

/** Minimum data rows per section, so an empty sheet still has room to type. */
export const MIN_SECTION_ROWS = 3;

/** The label under the last section, so the parser knows where the last section ends. */
export const END_LABEL = "Slutt på dypdykket";

/** Columns of a section for the plan years: field → column, field → header. */
export function sectionColumns<S extends SectionSpec>(
  section: S,
  years: readonly string[],
  dimensions: SheetDimensions = {},
): { columns: Record<SectionFields<S>, number>; headers: Record<SectionFields<S>, string> } {
  // Filled below with every field of the section.
  const columns = {} as Record<SectionFields<S>, number>;
  const headers = {} as Record<SectionFields<S>, string>;
  expandColumns<S["columns"]>(section.columns, years, dimensions).forEach((column, index) => {
    columns[column.field] = index;
    headers[column.field] = column.header;
  });
  return { columns, headers };
}

/**
 * Lays out a deep-dive sheet: each section gets the rows it needs plus its spare rows, or keeps
 * its present capacity when that is enough (so nothing moves when nothing has to).
 */
export function planDeepDiveMap(
  sheet: string,
  deepDiveId: string | null,
  years: readonly string[],
  rowsNeeded: Record<string, number>,
  presentCapacity: Record<string, number> = {},
  dimensions: SheetDimensions = {},
): DeepDiveSheetMap {
  const fields: DeepDiveSheetMap["fields"] = {};
  DEEP_DIVE_FIELDS.forEach((field, i) => {
    fields[field.key] = { row: FIELDS_FIRST_ROW + i, col: 1 };
  });
  const totalsTitleRow = FIELDS_FIRST_ROW + DEEP_DIVE_FIELDS.length + 1;
  const totals: Record<string, number> = {};
  TOTAL_ROWS.forEach((spec, i) => {
    totals[spec.key] = totalsTitleRow + 2 + i;
  });
  let row = totalsTitleRow + 2 + TOTAL_ROWS.length + 1;
  // Filled below with every section of DEEP_DIVE_SECTIONS, so it is a whole DeepDiveSections.
  const sections = {} as Record<DeepDiveSectionKey, SectionPlace>;
  for (const section of DEEP_DIVE_SECTIONS) {
    const needed = rowsNeeded[section.key] ?? 0;
    const present = presentCapacity[section.key] ?? 0;
    const capacity =
      present >= needed && present > 0
        ? present
        : Math.max(needed + section.spareRows, MIN_SECTION_ROWS);
    const { columns, headers } = sectionColumns(section, years, dimensions);
    sections[section.key] = {
      titleRow: row,
      headerRow: row + 1,
      firstRow: row + 2,
      lastRow: row + 1 + capacity,
      columns,
      headers,
    };
    row += capacity + 3;
  }
  return {
    sheet,
    deepDiveId,
    fields,
    totalsTitleRow,
    totalsHeaderRow: totalsTitleRow + 1,
    totals,
    sections: sections,
    endRow: row,
    lastRow: row,
  };
}

/** A text that changes when any section or column moves. */
export function deepDiveStructure(map: DeepDiveSheetMap): string {
  return JSON.stringify([
    map.totalsTitleRow,
    Object.entries(map.sections).map(([key, s]) => [
      key,
      s.titleRow,
      s.firstRow,
      s.lastRow,
      s.columns,
    ]),
  ]);
}
