/**
 * The fallback when used ranges are too big to come back in one response (Excel on the web refuses
 * more than 5 MB): learn each used range's size in one sync, then read row bands that fit the
 * budget, several bands per sync.
 */
import type { ReadOptions, SheetGrid } from "../../core/workbook/workbook-port";
import { gridFromArrays, toSheetGrid } from "./read";

/** A guess at a cell's size in the response JSON, per loaded property, in bytes. */
const BYTES_PER_CELL = 40;

type Band = { sheet: number; row: number; rows: number; range: Excel.Range };

export async function readSheetsInBands(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  options: ReadOptions,
  budgetBytes: number,
): Promise<SheetGrid[]> {
  const used = sheetNames.map((name) =>
    context.workbook.worksheets
      .getItem(name)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();

  const properties = [
    "values",
    ...(options.formulas ? ["formulas"] : []),
    ...(options.numberFormats ? ["numberFormat"] : []),
  ];
  const bandsPerSheet: Band[][] = used.map(() => []);
  const syncs: Band[][] = [[]];
  let bytesInSync = 0;
  used.forEach((range, sheet) => {
    if (range.isNullObject) return;
    const rowBytes = range.columnCount * BYTES_PER_CELL * properties.length;
    const rowsPerBand = Math.max(1, Math.floor(budgetBytes / rowBytes));
    for (let row = 0; row < range.rowCount; row += rowsPerBand) {
      const rows = Math.min(rowsPerBand, range.rowCount - row);
      if (bytesInSync + rows * rowBytes > budgetBytes && bytesInSync > 0) {
        syncs.push([]);
        bytesInSync = 0;
      }
      const band: Band = { sheet, row, rows, range: null as unknown as Excel.Range };
      (syncs[syncs.length - 1] as Band[]).push(band);
      bandsPerSheet[sheet]?.push(band);
      bytesInSync += rows * rowBytes;
    }
  });

  // One sync per group of bands: the groups exist only to keep each response under the limit.
  for (const group of syncs) {
    for (const band of group) {
      const whole = used[band.sheet] as Excel.Range;
      band.range = context.workbook.worksheets
        .getItem(sheetNames[band.sheet] as string)
        .getRangeByIndexes(
          whole.rowIndex + band.row,
          whole.columnIndex,
          band.rows,
          whole.columnCount,
        )
        .load(properties);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each sync carries one budget-sized group of bands
    await context.sync();
  }

  return sheetNames.map((name, sheet) => {
    const whole = used[sheet] as Excel.Range;
    if (whole.isNullObject) return toSheetGrid(name, whole, options);
    const bands = bandsPerSheet[sheet] ?? [];
    return gridFromArrays(
      name,
      { row: whole.rowIndex, col: whole.columnIndex },
      {
        values: bands.flatMap((b) => b.range.values),
        formulas: options.formulas ? bands.flatMap((b) => b.range.formulas) : undefined,
        numberFormats: options.numberFormats
          ? bands.flatMap((b) => b.range.numberFormat)
          : undefined,
      },
    );
  });
}
