/** A WorkbookSeed (the shared plain-data fixture format) as a real .xlsx file made by exceljs. */
import ExcelJS from "exceljs";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { isFormulaSeed } from "../../../src/adapters/memory/workbook-seed";
import { rangeFromA1, toA1 } from "../../../src/core/workbook/address";

export async function seedToXlsx(seed: WorkbookSeed): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const seedSheet of seed.sheets) {
    const sheet = workbook.addWorksheet(seedSheet.name, {
      state: seedSheet.visibility ?? "visible",
    });
    const tableAreas = (seedSheet.tables ?? []).map((t) => rangeFromA1(t.range));
    seedSheet.rows.forEach((row, r) =>
      row.forEach((seedCell, c) => {
        if (seedCell === null || seedCell === undefined) return;
        // Table cells are written by addTable below.
        if (
          tableAreas.some(
            (a) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols,
          )
        )
          return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (isFormulaSeed(seedCell)) {
          const result = seedCell.value ?? undefined;
          cell.value = {
            formula: seedCell.formula.replace(/^=/, ""),
            result,
          } as ExcelJS.CellFormulaValue;
        } else {
          cell.value = seedCell;
        }
      }),
    );
    for (const table of seedSheet.tables ?? []) {
      const area = rangeFromA1(table.range);
      const rowAt = (r: number) =>
        Array.from({ length: area.cols }, (_, c) => {
          const seedCell = seedSheet.rows[r]?.[area.col + c] ?? null;
          if (isFormulaSeed(seedCell))
            return {
              formula: seedCell.formula.replace(/^=/, ""),
              result: seedCell.value ?? undefined,
            };
          return seedCell;
        });
      sheet.addTable({
        name: table.name,
        ref: toA1(area),
        headerRow: true,
        columns: rowAt(area.row).map((header, c) => ({
          name: String(header ?? `Kolonne${c + 1}`),
        })),
        rows: Array.from({ length: area.rows - 1 }, (_, i) => rowAt(area.row + 1 + i)),
      });
    }
    for (const merge of seedSheet.merges ?? []) sheet.mergeCells(merge);
    if (seedSheet.protected) await sheet.protect("", {});
  }
  for (const name of seed.names ?? []) {
    workbook.definedNames.model = [
      ...workbook.definedNames.model,
      { name: name.name, ranges: name.refersTo.split(",") },
    ];
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
