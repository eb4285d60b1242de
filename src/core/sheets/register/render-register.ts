/**
 * Renders «Gevinst Tiltak»: one row per measure, every figure read from its deep-dive sheet; the
 * NPV is the spec's =X_B + NPV(r, X_B+1 … X_B+3) over the row's own cells.
 *
 * A figure reads the measure's row where Gevinst wrote it, while that row still holds the id
 * (absolute references, so sorting this sheet keeps them); else it looks the id up (issue 9: a
 * check costs a cell read, a lookup a scan of the section).
 */
import { REGISTER_COLUMNS, REGISTER_TITLE, type RegisterField } from "./register.layout";
import type { MeasureField } from "../deep-dive/deep-dive.layout";
import { expandColumns, yearField } from "../shared/layout.types";
import { SHEET_REGISTER } from "../shared/sheet-names";
import { STYLE_HEADER, STYLE_TITLE, formulaStyle } from "../shared/styles";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { fieldRange } from "../deep-dive/deep-dive-formulas";
import { cellRef, npvOf, sumIfs } from "../shared/formulas";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";

export const REGISTER_HEADER_ROW = 2;

export function renderRegister(input: {
  years: readonly string[];
  deepDives: readonly DeepDiveRef[];
  discountRateRef: string;
}): SheetDraft {
  const draft = new SheetDraft(SHEET_REGISTER);
  const columns = expandColumns(REGISTER_COLUMNS, input.years);
  const colOf = (field: RegisterField) => columns.findIndex((c) => c.field === field);
  draft.label(0, 0, REGISTER_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  columns.forEach((column, c) => draft.label(REGISTER_HEADER_ROW, c, column.header));
  draft.format(at(REGISTER_HEADER_ROW, 0, 1, columns.length), STYLE_HEADER);
  let row = REGISTER_HEADER_ROW + 1;
  for (const dd of input.deepDives) {
    const m = dd.map.sections.measures;
    dd.measureIds.forEach((id, k) => {
      const idCell = cellRef(row, colOf("id"), { absCol: true });
      const written = (field: MeasureField) =>
        cellRef(m.firstRow + k, m.columns[field], { sheet: dd.sheet, abs: true });
      const intact = `IFERROR(${written("id")}=${idCell},FALSE)`;
      const lookup = (field: MeasureField & RegisterField) =>
        `IF(${intact},${written(field)}&"",IFERROR(INDEX(${fieldRange(m, field, dd.sheet)},MATCH(${idCell},${fieldRange(m, "id", dd.sheet)},0))&"",""))`;
      draft.formula(
        row,
        colOf("deepDive"),
        `${cellRef(dd.map.fields.name?.row ?? 3, 1, { sheet: dd.sheet, abs: true })}&""`,
      );
      draft.label(row, colOf("id"), id);
      draft.formula(row, colOf("name"), lookup("name"));
      draft.formula(row, colOf("owner"), lookup("owner"));
      draft.formula(row, colOf("status"), lookup("status"));
      for (let i = 0; i < 4; i++) {
        for (const figure of ["gross", "expected", "withdrawable", "cost", "budgetNet"] as const) {
          const field = yearField(figure, i);
          const sum = sumIfs(fieldRange(m, field, dd.sheet), [
            [fieldRange(m, "id", dd.sheet), idCell],
          ]);
          draft.formula(row, colOf(field), `IF(${intact},${written(field)},${sum})`);
        }
      }
      const net = [0, 1, 2, 3].map(
        (i) =>
          `${cellRef(row, colOf(yearField("expected", i)))}-${cellRef(row, colOf(yearField("cost", i)))}`,
      );
      draft.formula(row, colOf("npv"), npvOf(input.discountRateRef, net));
      row++;
    });
  }
  columns.forEach((column, c) => {
    if (row > REGISTER_HEADER_ROW + 1)
      draft.format(
        at(REGISTER_HEADER_ROW + 1, c, row - REGISTER_HEADER_ROW - 1, 1),
        formulaStyle(column.spec.value),
      );
  });
  draft.structure = JSON.stringify([row]);
  draft.widths.push(...columns.map((column, col) => ({ col, width: column.spec.width })));
  draft.freeze = { rows: REGISTER_HEADER_ROW + 1, cols: 2 };
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, draft.usedRows(), columns.length),
    REGISTER_HEADER_ROW,
    REGISTER_TITLE,
  );
  return draft;
}
