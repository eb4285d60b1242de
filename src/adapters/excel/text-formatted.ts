/**
 * Which cells about to receive escaped text are formatted as Text ("@"). Excel keeps what is
 * written into a Text cell verbatim — a leading apostrophe included — so there the apostrophe
 * that cell-text.ts adds elsewhere would end up in the value ("'T1" instead of "T1"). Gevinst
 * formats its id and key columns as Text, so every write after the first into an existing sheet
 * meets such cells. Reads the formats in one extra sync, and only when some escaped text goes to a
 * sheet that already exists; formats set earlier in the same list of changes are taken into account.
 */
import type { RangeRef } from "../../core/workbook/address";
import type { PlannedChange } from "../../core/workbook/preflight";
import type { CellWrite } from "../../core/workbook/workbook-port";
import { needsTextPrefix } from "./cell-text";
import { isTooBigToRead } from "./errors";

/** A planned change with the absolute "row,col" keys of its Text-formatted target cells. */
export type ExcelPlannedChange = PlannedChange & { textCells?: ReadonlySet<string> };

const TEXT_FORMAT = "@";

const isEscapedText = (write: CellWrite | undefined): boolean =>
  write?.kind === "value" && typeof write.value === "string" && needsTextPrefix(write.value);

const inside = (range: RangeRef, row: number, col: number): boolean =>
  row >= range.row &&
  row < range.row + range.rows &&
  col >= range.col &&
  col < range.col + range.cols;

type Pending = { index: number; sheet: string; cells: [number, number][] };

/**
 * The changes with `textCells` filled in where needed.
 * @param existing lower-cased names of the sheets that exist before the changes run.
 */
export async function markTextFormattedCells(
  context: Excel.RequestContext,
  planned: readonly PlannedChange[],
  existing: ReadonlySet<string>,
): Promise<ExcelPlannedChange[]> {
  const result: ExcelPlannedChange[] = planned.map((p) => ({ ...p }));
  // Current name (lower case) → the name the sheet had before the changes, or null for a new sheet.
  const origin = new Map<string, string | null>([...existing].map((name) => [name, name]));
  const formats: { sheet: string; range: RangeRef; numberFormat: string }[] = [];
  const pending: Pending[] = [];

  planned.forEach(({ change }, index) => {
    switch (change.kind) {
      case "addSheet":
        origin.set(change.name.toLowerCase(), null);
        return;
      case "renameSheet": {
        const from = origin.get(change.from.toLowerCase());
        origin.delete(change.from.toLowerCase());
        origin.set(change.to.toLowerCase(), from ?? null);
        for (const f of formats)
          if (f.sheet === change.from.toLowerCase()) f.sheet = change.to.toLowerCase();
        return;
      }
      case "deleteSheet":
        origin.delete(change.name.toLowerCase());
        return;
      case "formatRange":
        if (change.style.numberFormat !== undefined)
          formats.push({
            sheet: change.sheet.toLowerCase(),
            range: change.range,
            numberFormat: change.style.numberFormat,
          });
        return;
      case "writeCells": {
        const sheet = change.sheet.toLowerCase();
        const text = new Set<string>();
        const unknown: [number, number][] = [];
        change.cells.forEach((row, r) =>
          row.forEach((write, c) => {
            if (!isEscapedText(write)) return;
            const at: [number, number] = [change.at.row + r, change.at.col + c];
            const set = formats.filter((f) => f.sheet === sheet && inside(f.range, ...at)).pop();
            if (set) {
              if (set.numberFormat === TEXT_FORMAT) text.add(`${at[0]},${at[1]}`);
            } else if (origin.get(sheet)) unknown.push(at);
          }),
        );
        if (text.size > 0) (result[index] as ExcelPlannedChange).textCells = text;
        const before = origin.get(sheet);
        if (unknown.length > 0 && before) pending.push({ index, sheet: before, cells: unknown });
        return;
      }
      default:
        return;
    }
  });
  if (pending.length === 0) return result;

  const loads = pending.map((p) => {
    const rows = p.cells.map(([r]) => r);
    const cols = p.cells.map(([, c]) => c);
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    const rect = {
      row: top,
      col: left,
      rows: Math.max(...rows) - top + 1,
      cols: Math.max(...cols) - left + 1,
    };
    return { p, rect, range: queueNumberFormats(context, p.sheet, rect) };
  });
  // All in one sync; only when that answer would be too big, rectangle by rectangle in halves.
  let read: unknown[][][];
  try {
    await context.sync();
    read = loads.map(({ range }) => range.numberFormat);
  } catch (error) {
    if (!isTooBigToRead(error)) throw error;
    read = [];
    for (const { p, rect } of loads) read.push(await readNumberFormats(context, p.sheet, rect));
  }
  loads.forEach(({ p, rect }, i) => {
    const target = result[p.index] as ExcelPlannedChange;
    const text = new Set(target.textCells ?? []);
    for (const [row, col] of p.cells)
      if (read[i]?.[row - rect.row]?.[col - rect.col] === TEXT_FORMAT) text.add(`${row},${col}`);
    if (text.size > 0) target.textCells = text;
  });
  return result;
}

function queueNumberFormats(
  context: Excel.RequestContext,
  sheet: string,
  ref: RangeRef,
): Excel.Range {
  return context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols)
    .load("numberFormat");
}

/**
 * The number formats of a rectangle. A rectangle too big for one response (over 5 MB, or more
 * cells than Excel reads at once) is read in two halves of rows, and so on.
 */
async function readNumberFormats(
  context: Excel.RequestContext,
  sheet: string,
  ref: RangeRef,
): Promise<unknown[][]> {
  const range = queueNumberFormats(context, sheet, ref);
  try {
    await context.sync();
    return range.numberFormat;
  } catch (error) {
    if (!isTooBigToRead(error) || ref.rows < 2) throw error;
    const half = Math.ceil(ref.rows / 2);
    const first = await readNumberFormats(context, sheet, { ...ref, rows: half });
    const second = await readNumberFormats(context, sheet, {
      ...ref,
      row: ref.row + half,
      rows: ref.rows - half,
    });
    return [...first, ...second];
  }
}
