/**
 * «Last ned .xlsx» after «Eksempel med tiltak»: the download, reopened by another reader
 * (exceljs), has what the workbench shows — fills, drop-down lists, protection, column widths
 * and merged titles (the title once, not repeated across the merge).
 */
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { OoxmlWorkbook, memorySource, webCodec } from "../../src/adapters/ooxml";
import { rangeToA1, toA1 } from "../../src/core/workbook/address";
import { DemoSession } from "../../src/demo/demo-session";
import { loadSampleWithMeasures } from "../../src/demo/load-sample";
import { sampleBudgetSeed } from "../../src/demo/sample-budget";
import { readXlsx, writeXlsx } from "../../src/demo/xlsx-io";
import { columnWidthOfFile } from "../../src/core/sheets/shared/page-geometry";

describe("the demo's «Last ned .xlsx»", () => {
  it("writes the workbench's workbook with its formatting, lists, protection and merges", async () => {
    const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), null);
    await loadSampleWithMeasures(session, new Date("2026-11-26T12:00:00Z"));
    const workbook = session.workbook;

    const bytes = await writeXlsx(workbook);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(bytes);
    const ours = await OoxmlWorkbook.open(memorySource(new Uint8Array(bytes)), webCodec);

    expect(reopened.worksheets.map((s) => s.name)).toEqual(workbook.sheets.map((s) => s.name));
    expect(workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Gevinst DD /)]),
    );
    const wrong: string[] = [];
    let fills = 0;
    let lists = 0;
    let merges = 0;
    for (const sheet of workbook.sheets) {
      const out = reopened.getWorksheet(sheet.name);
      if (!out) throw new Error(sheet.name);
      expect([sheet.name, out.state]).toEqual([sheet.name, sheet.visibility]);
      expect([
        sheet.name,
        Boolean(
          (out as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
        ),
      ]).toEqual([sheet.name, sheet.isProtected]);
      for (const [col, width] of sheet.columnWidths)
        expect(columnWidthOfFile(out.getColumn(col + 1).width ?? 0)).toBe(width);
      for (const [key, cell] of sheet.cells) {
        const [row, col] = key.split(",").map(Number) as [number, number];
        const outCell = out.getCell(row + 1, col + 1);
        const where = `${sheet.name}!${toA1({ row, col })}`;
        const fill = (outCell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (cell.style.fill) fills++;
        if (cell.style.fill && fill !== `FF${cell.style.fill.slice(1).toUpperCase()}`)
          wrong.push(`${where} fill ${fill}`);
        if (cell.style.locked === false && outCell.protection?.locked !== false)
          wrong.push(`${where} locked`);
        if (cell.style.bold && outCell.font?.bold !== true) wrong.push(`${where} bold`);
      }
      for (const validation of sheet.validations) {
        lists++;
        const first = out.getCell(validation.range.row + 1, validation.range.col + 1);
        expect(first.dataValidation?.type).toBe("list");
        expect(first.dataValidation?.formulae?.[0]).toBe(`"${validation.list.join(",")}"`);
      }
      const outMerges = (out.model as unknown as { merges?: string[] }).merges ?? [];
      for (const merge of sheet.merges) {
        merges++;
        expect(outMerges).toContain(rangeToA1(merge));
        // Only the top-left cell of a merged title holds the text (read from the file itself).
        const [grid] = await ours.readSheets([sheet.name]);
        for (let c = merge.col + 1; c < merge.col + merge.cols; c++)
          expect(
            grid?.values[merge.row - grid.origin.row]?.[c - grid.origin.col] ?? null,
          ).toBeNull();
      }
    }
    expect(wrong).toEqual([]);
    expect(fills).toBeGreaterThan(0);
    expect(lists).toBeGreaterThan(0);
    expect(merges).toBeGreaterThan(0);
  }, 60_000);

  it("opens its own download again with fills, unlocked cells, lists, protection and widths", async () => {
    const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), null);
    await loadSampleWithMeasures(session, new Date("2026-11-26T12:00:00Z"));
    const before = formatting(session.workbook);
    const bytes = await writeXlsx(session.workbook);

    const after = formatting(await readXlsx(bytes));

    expect(after).toEqual(before);
    // Not vacuous: the sample's Gevinst sheets have all four.
    const gevinst = before.filter((s) => s.name.startsWith("Gevinst"));
    expect(gevinst.some((s) => s.fills.length > 0 && s.unlocked.length > 0)).toBe(true);
    expect(gevinst.some((s) => s.lists.length > 0 && s.isProtected)).toBe(true);
    expect(gevinst.some((s) => s.widths.length > 0)).toBe(true);
  }, 60_000);
});

/** What a Gevinst sheet needs to stay usable, sheet by sheet; lists cell by cell. */
function formatting(workbook: MemoryWorkbook) {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    isProtected: sheet.isProtected,
    widths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
    fills: [...sheet.cells]
      .filter(([, cell]) => cell.style.fill)
      .map(([key, cell]) => `${key} ${cell.style.fill?.toUpperCase()}`)
      .sort(),
    unlocked: [...sheet.cells]
      .filter(([, cell]) => cell.style.locked === false)
      .map(([key]) => key)
      .sort(),
    // A set: the memory adapter keeps a list validation written twice on the same cells twice;
    // a file has one per cell.
    lists: [
      ...new Set(
        sheet.validations.flatMap(({ range, list }) =>
          Array.from({ length: range.rows * range.cols }, (_, i) => {
            const at = {
              row: range.row + Math.floor(i / range.cols),
              col: range.col + (i % range.cols),
            };
            return `${toA1(at)} ${list.join(",")}`;
          }),
        ),
      ),
    ].sort(),
  }));
}
