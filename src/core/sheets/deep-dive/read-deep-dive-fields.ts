/**
 * The analysis block at the top of a deep-dive sheet: id, name, line manager and the three texts
 * (label in the label column, value beside it), and the name in the sheet's title.
 */
import {
  DEEP_DIVE_FIELDS,
  DEEP_DIVE_TEXT_KEYS,
  DEEP_DIVE_TITLE_PREFIX,
  type DeepDiveFieldKey,
} from "./deep-dive.layout";
import { SHEET_OTHER_MEASURES } from "../shared/sheet-names";
import { SELECTION_REASONS, type DeepDive } from "../../model/portfolio.types";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import {
  missingField,
  readCode,
  readDate,
  readEnum,
  readText,
  type Reader,
} from "../shared/cell-readers";
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
  const fieldValues: Partial<Record<DeepDiveFieldKey, { value: CellValue; row: number }>> = {};
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
  for (const key of DEEP_DIVE_TEXT_KEYS) {
    const text = readText(fieldValues[key]?.value ?? null);
    if (text !== undefined) deepDive[key] = text;
  }
  const at = (key: DeepDiveFieldKey) => ({
    sheet,
    row: fieldValues[key]?.row ?? 0,
    col: labelCol + 1,
    deepDive: id,
  });
  const reasons = readText(fieldValues.selectedBecause?.value ?? null);
  if (reasons !== undefined) {
    const codes = reasons
      .split(/[,;]/)
      .filter((part) => part.trim() !== "")
      .map((part) =>
        readEnum(
          reader,
          deepDive,
          "selectedBecause",
          part,
          SELECTION_REASONS,
          at("selectedBecause"),
        ),
      );
    // An unknown reason keeps the whole cell as typed (BAD_VALUE names it), so nothing is lost.
    if (codes.every((code) => code !== undefined)) deepDive.selectedBecause = codes;
    else if (deepDive.invalid) deepDive.invalid.selectedBecause = reasons;
  }
  const workshop = readDate(
    reader,
    deepDive,
    "workshopDate",
    fieldValues.workshopDate?.value ?? null,
    at("workshopDate"),
  );
  if (workshop !== undefined) deepDive.workshopDate = workshop;
  const titleName = readTitleName(grid, labelCol, totalsRow);
  return { deepDive, fieldRows, ...(titleName === undefined ? {} : { titleName }) };
}
