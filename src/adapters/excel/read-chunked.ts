/**
 * The fallback when used ranges are too big to come back in one response (Excel on the web refuses
 * more than 5 MB): learn each used range's size in one sync, then read row bands that fit the
 * budget, several bands per sync. The first guess at a row's size is generous; after each sync the
 * bands that came back tell the real size (long formulas weigh far more than numbers), so later
 * syncs carry as many rows as fit. A sync refused as too big loaded nothing: it is sent again with
 * half the rows.
 */
import type { ReadOptions, SheetGrid } from "../../core/workbook/workbook-port";
import { isTooBigToRead } from "./errors";
import { gridFromArrays, toSheetGrid } from "./read";

/** A first guess at a cell's size in the response JSON, per loaded property, in bytes. */
const BYTES_PER_CELL = 40;
/** Head room over the measured size of a row: the rows still to come may be longer. */
const MARGIN = 1.25;

type Band = { sheet: number; row: number; rows: number; range: Excel.Range };

/**
 * Cells one band may span: Excel reads at most about 5 million cells at once (more fails with
 * RangeExceedsLimit even when the response would be small, e.g. an empty but wide used range).
 */
const MAX_BAND_CELLS = 1_000_000;

/**
 * The JSON size of what a band brought back (what the response carried), in UTF-16 units: close
 * to bytes for budgets and formulas, and the margin and the halving cover the rest.
 */
function bandBytes(range: Excel.Range, properties: readonly string[]): number {
  let bytes = 0;
  for (const p of properties)
    bytes += JSON.stringify((range as unknown as Record<string, unknown>)[p]).length;
  return bytes;
}

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
  const rowBytes = used.map((range) =>
    range.isNullObject ? 0 : Math.max(1, range.columnCount * BYTES_PER_CELL * properties.length),
  );
  const bandsPerSheet: Band[][] = used.map(() => []);
  let sheet = 0;
  let nextRow = 0;

  // One sync per group of bands: the groups exist only to keep each response under the limit.
  while (sheet < used.length) {
    const start = { sheet, nextRow };
    const group: Band[] = [];
    let bytes = 0;
    while (sheet < used.length) {
      const whole = used[sheet] as Excel.Range;
      if (whole.isNullObject || nextRow >= whole.rowCount) {
        sheet++;
        nextRow = 0;
        continue;
      }
      const perRow = rowBytes[sheet] as number;
      const fit = Math.floor((budgetBytes - bytes) / perRow);
      if (fit < 1 && group.length > 0) break;
      const maxRows = Math.max(1, Math.floor(MAX_BAND_CELLS / Math.max(1, whole.columnCount)));
      const rows = Math.min(Math.max(1, fit), whole.rowCount - nextRow, maxRows);
      const range = context.workbook.worksheets
        .getItem(sheetNames[sheet] as string)
        .getRangeByIndexes(whole.rowIndex + nextRow, whole.columnIndex, rows, whole.columnCount)
        .load(properties);
      group.push({ sheet, row: nextRow, rows, range });
      bytes += rows * perRow;
      nextRow += rows;
    }
    if (group.length === 0) break;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each sync carries one budget-sized group of bands
      await context.sync();
    } catch (error) {
      const single = group.length === 1 && (group[0] as Band).rows === 1;
      if (!isTooBigToRead(error) || single) throw error;
      // Nothing came back: read the same rows again, guessing each row twice as big.
      for (const band of group) rowBytes[band.sheet] = (rowBytes[band.sheet] as number) * 2;
      ({ sheet, nextRow } = start);
      continue;
    }
    for (const band of group) {
      bandsPerSheet[band.sheet]?.push(band);
      const measured = (bandBytes(band.range, properties) / band.rows) * MARGIN;
      rowBytes[band.sheet] = Math.max(1, Math.ceil(measured));
    }
  }

  return sheetNames.map((name, index) => {
    const whole = used[index] as Excel.Range;
    if (whole.isNullObject) return toSheetGrid(name, whole, options);
    const bands = bandsPerSheet[index] ?? [];
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
