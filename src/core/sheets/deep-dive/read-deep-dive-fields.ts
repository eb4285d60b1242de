/**
 * The analysis block at the top of a deep-dive sheet: id, name, line manager and the three texts
 * (label in the label column, value beside it), and the name in the sheet's title.
 */
import { DEEP_DIVE_FIELDS, DEEP_DIVE_TITLE_PREFIX } from "./deep-dive.layout";
import { SHEET_OTHER_MEASURES } from "../shared/sheet-names";
import type { DeepDive } from "../../model/portfolio.types";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { missingField, readCode, readText, type Reader } from "../shared/cell-readers";
import { findLabel, valueAt } from "../shared/parse-grid";

export type DeepDiveFields = {
  /** Null on the sheet of measures without a deep-dive. */
  deepDive: DeepDive | null;
  /** The rows the analysis fields were found in. */
  fieldRows: number[];
  /** The name in the title («Dypdykk: …»), when the sheet has one. */
  titleName?: string;
};

/** The deep-dive name in the title above the analysis texts, or undefined. */
function readTitleName(grid: SheetGrid, labelCol: number, totalsRow: number): string | undefined {
  for (let row = grid.origin.row; row < totalsRow; row++) {
    const value = valueAt(grid, row, labelCol);
    if (typeof value === "string" && value.startsWith(DEEP_DIVE_TITLE_PREFIX))
      return value.slice(DEEP_DIVE_TITLE_PREFIX.length);
  }
  return undefined;
}

/**
 * Reads the analysis fields above the totals block. A deep-dive without an id takes the sheet's
 * name as its id and gets a MISSING_FIELD issue at the id cell.
 */
export function readDeepDiveFields(
  grid: SheetGrid,
  anchor: { labelCol: number; totalsRow: number },
  reader: Reader,
): DeepDiveFields {
  const sheet = grid.name;
  const { labelCol, totalsRow } = anchor;
  const fieldValues: Record<string, { value: CellValue; row: number }> = {};
  for (const field of DEEP_DIVE_FIELDS) {
    const row = findLabel(grid, labelCol, field.label);
    if (row !== null && row < totalsRow)
      fieldValues[field.key] = { value: valueAt(grid, row, labelCol + 1), row };
  }
  const fieldRows = Object.values(fieldValues).map(({ row }) => row);
  if (sheet === SHEET_OTHER_MEASURES) return { deepDive: null, fieldRows };

  const idCell = fieldValues.id;
  let id = readCode(idCell?.value ?? null);
  if (!id) {
    id = sheet;
    missingField(reader, { sheet, row: idCell?.row ?? 2, col: labelCol + 1 }, "dypdykk-id");
  }
  const deepDive: DeepDive = { id, name: readText(fieldValues.name?.value ?? null) ?? "" };
  for (const key of ["owner", "currentSituation", "desiredSituation", "gap"] as const) {
    const text = readText(fieldValues[key]?.value ?? null);
    if (text !== undefined) deepDive[key] = text;
  }
  const titleName = readTitleName(grid, labelCol, totalsRow);
  return { deepDive, fieldRows, ...(titleName === undefined ? {} : { titleName }) };
}
