/**
 * `Excel.Range` and its parts. A range resolves to (sheet, rectangle) when the request runs; reads
 * and writes check the array shape (InvalidArgument) and sheet protection (AccessDenied).
 */
import type { RangeRef } from "../../../src/core/workbook/address";
import { quoteSheetName, rangeToA1 } from "../../../src/core/workbook/address";
import { officeError } from "./errors";
import { SimClientObject, type SimRequestContext } from "./context";
import { cellKey, emptyCell, type SimCell, type SimSheet } from "./state";
import { readFormula, readValue, typeIntoCell } from "./cell-input";
import { SimConditionalFormatCollection, SimDataValidation, SimRangeFormat } from "./range-format";

export type RangeTarget = { sheet: SimSheet; ref: RangeRef };

type Grid = unknown[][] | string | number | boolean;

const CELL_DATA = new Set(["values", "formulas", "numberFormat", "text"]);
const MAX_READ_CELLS = 5_000_000;

export class SimRange
  extends SimClientObject
  implements
    Pick<
      Excel.Range,
      | "address"
      | "values"
      | "formulas"
      | "numberFormat"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "merge"
      | "select"
    >
{
  protected readonly loadable = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ] as const;
  readonly format: SimRangeFormat;
  readonly dataValidation: SimDataValidation;
  readonly conditionalFormats: SimConditionalFormatCollection;

  constructor(
    context: SimRequestContext,
    wire: unknown,
    find: () => RangeTarget | null | undefined,
    orNull = false,
  ) {
    super(context, "Range");
    this.resolveWith(wire, find, orNull, "Range");
    this.format = new SimRangeFormat(context, this);
    this.dataValidation = new SimDataValidation(context, this);
    this.conditionalFormats = new SimConditionalFormatCollection(context, this);
  }

  /** The resolved sheet and rectangle, while the request runs. */
  _target(): RangeTarget {
    return this.target<RangeTarget>();
  }

  /** Throws AccessDenied when the sheet is protected and `lockedOnly` cells are locked (or always). */
  _assertWritable(lockedOnly: boolean): RangeTarget {
    const t = this._target();
    if (!t.sheet.isProtected) return t;
    const anyLocked = !lockedOnly || cellsOf(t).some((cell) => cell?.format.locked !== false);
    if (anyLocked) {
      throw officeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet.",
        "Range",
      );
    }
    return t;
  }

  protected readState(property: string): unknown {
    const t = this._target();
    const { ref, sheet } = t;
    // Excel reads cell data of at most about 5 million cells at once, whatever the response size.
    if (CELL_DATA.has(property) && ref.rows * ref.cols > MAX_READ_CELLS)
      throw officeError(
        "RangeExceedsLimit",
        "The cell count in the range has exceeded the maximum supported number.",
        `Range.${property}`,
      );
    switch (property) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${rangeToA1(ref)}`;
      case "rowIndex":
        return ref.row;
      case "columnIndex":
        return ref.col;
      case "rowCount":
        return ref.rows;
      case "columnCount":
        return ref.cols;
      case "values":
        return mapCells(t, readValue);
      case "formulas":
        return mapCells(t, readFormula);
      case "numberFormat":
        return mapCells(t, (cell) => cell?.numberFormat ?? "General");
      default:
        throw new Error(`Unknown property ${property}`);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(grid: unknown[][]) {
    this.writeGrid("values", grid, (cell, entry) =>
      typeIntoCell(cell, entry as string | number | boolean),
    );
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid("formulas", grid, (cell, entry) =>
      typeIntoCell(cell, entry as string | number | boolean),
    );
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  /** A grid the size of the range, or one value for every cell (Office.js "single input copy"). */
  set numberFormat(grid: Grid) {
    this.writeGrid("numberFormat", grid, (cell, entry) => {
      cell.numberFormat = entry === "" ? "General" : String(entry);
    });
  }

  merge(across = false): void {
    this.queue("merge", { across }, () => {
      const t = this._assertWritable(false);
      const { ref } = t;
      if (across) {
        for (let r = 0; r < ref.rows; r++)
          t.sheet.merges.push({ ...ref, row: ref.row + r, rows: 1 });
      } else {
        t.sheet.merges.push({ ...ref });
      }
    });
  }

  select(): void {
    this.queue("select", null, () => {
      const t = this._target();
      if (t.sheet.visibility !== "visible") {
        throw officeError(
          "InvalidOperation",
          "Cannot select a range on a hidden sheet.",
          "Range.select",
        );
      }
      this.context.host.state.activeSheetId = t.sheet.id;
      this.context.host.state.selection = { sheetId: t.sheet.id, range: { ...t.ref } };
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queue("clear", { applyTo }, () => {
      const t = this._assertWritable(applyTo === "Contents");
      eachCell(t, (key) => {
        const cell = t.sheet.cells.get(key);
        if (!cell) return;
        if (applyTo === "All") t.sheet.cells.delete(key);
        else if (applyTo === "Contents")
          t.sheet.cells.set(key, { ...cell, value: "", formula: null });
        else t.sheet.cells.set(key, { ...cell, numberFormat: "General", format: {} });
      });
    });
  }

  private writeGrid(
    member: string,
    grid: Grid,
    apply: (cell: SimCell, entry: unknown) => void,
  ): void {
    this.queue(member, grid, () => {
      const t = this._assertWritable(member !== "numberFormat");
      const { ref } = t;
      const isScalar = !Array.isArray(grid);
      // null is no valid single input for a whole property (only inside a grid, where it skips).
      if ((grid as unknown) === null || (grid as unknown) === undefined)
        throw officeError(
          "InvalidArgument",
          "The argument is invalid or missing.",
          `Range.${member}`,
        );
      if (
        !isScalar &&
        (grid.length !== ref.rows ||
          grid.some((row) => !Array.isArray(row) || row.length !== ref.cols))
      ) {
        throw officeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          `Range.${member}`,
        );
      }
      for (let r = 0; r < ref.rows; r++) {
        for (let c = 0; c < ref.cols; c++) {
          const entry = isScalar ? grid : grid[r]?.[c];
          if (entry === null || entry === undefined) continue; // null leaves the cell as it is
          const key = cellKey(ref.row + r, ref.col + c);
          const cell = t.sheet.cells.get(key) ?? emptyCell();
          apply(cell, entry);
          t.sheet.cells.set(key, cell);
        }
      }
    });
  }
}

export function eachCell(
  t: RangeTarget,
  visit: (key: string, row: number, col: number) => void,
): void {
  for (let r = 0; r < t.ref.rows; r++) {
    for (let c = 0; c < t.ref.cols; c++)
      visit(cellKey(t.ref.row + r, t.ref.col + c), t.ref.row + r, t.ref.col + c);
  }
}

function cellsOf(t: RangeTarget): (SimCell | undefined)[] {
  const cells: (SimCell | undefined)[] = [];
  eachCell(t, (key) => cells.push(t.sheet.cells.get(key)));
  return cells;
}

function mapCells<T>(t: RangeTarget, read: (cell: SimCell | undefined) => T): T[][] {
  const rows: T[][] = [];
  for (let r = 0; r < t.ref.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < t.ref.cols; c++)
      row.push(read(t.sheet.cells.get(cellKey(t.ref.row + r, t.ref.col + c))));
    rows.push(row);
  }
  return rows;
}
