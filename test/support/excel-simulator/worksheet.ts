/**
 * `Excel.Worksheet` and its parts: name (with Excel's naming rules), visibility (incl. VeryHidden),
 * position, protection, freeze panes, page layout, ranges and the used range.
 */
import type { SheetVisibility } from "../../../src/core/workbook/workbook-port";
import { officeError } from "./errors";
import { SimClientObject, type SimRequestContext } from "./context";
import { checkSheetName, usedBounds, type SimSheet } from "./state";
import { SimRange, type RangeTarget } from "./range";
import {
  SimFreezePanes,
  SimPageLayout,
  SimWorksheetProtection,
  parseAddress,
} from "./worksheet-parts";

const toExcelVisibility: Record<SheetVisibility, Excel.SheetVisibility> = {
  visible: "Visible" as Excel.SheetVisibility,
  hidden: "Hidden" as Excel.SheetVisibility,
  veryHidden: "VeryHidden" as Excel.SheetVisibility,
};

function fromExcelVisibility(v: string): SheetVisibility {
  const found = (Object.keys(toExcelVisibility) as SheetVisibility[]).find(
    (k) => toExcelVisibility[k] === v,
  );
  if (!found)
    throw officeError("InvalidArgument", `Invalid visibility '${v}'.`, "Worksheet.visibility");
  return found;
}

export class SimWorksheet
  extends SimClientObject
  implements Pick<Excel.Worksheet, "name" | "position" | "activate" | "delete">
{
  protected readonly loadable = ["name", "visibility", "position", "id"] as const;
  readonly protection: SimWorksheetProtection;
  readonly freezePanes: SimFreezePanes;
  readonly pageLayout: SimPageLayout;

  /** `find` null → a null object (OrNullObject), or ItemNotFound when `orNull` is false. */
  constructor(
    context: SimRequestContext,
    wire: unknown,
    find: (() => SimSheet | undefined) | SimSheet,
    orNull = false,
  ) {
    super(context, "Worksheet");
    if (typeof find === "function") this.resolveWith(wire, find, orNull, "Worksheet");
    else this.bindNow(find);
    this.protection = new SimWorksheetProtection(context, this);
    this.freezePanes = new SimFreezePanes(context, this);
    this.pageLayout = new SimPageLayout(context, this);
  }

  _sheet(): SimSheet {
    return this.target<SimSheet>();
  }

  protected readState(property: string): unknown {
    const sheet = this._sheet();
    switch (property) {
      case "name":
        return sheet.name;
      case "visibility":
        return toExcelVisibility[sheet.visibility];
      case "position":
        return this.context.host.state.sheets.indexOf(sheet);
      case "id":
        return `{SHEET-${sheet.id}}`;
      default:
        throw new Error(`Unknown property ${property}`);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.queue("name", name, () => {
      const sheet = this._sheet();
      checkSheetName(this.context.host.state, name, sheet.id);
      sheet.name = name;
    });
  }
  get visibility(): Excel.SheetVisibility {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.queue("visibility", visibility, () => {
      const sheet = this._sheet();
      const next = fromExcelVisibility(visibility);
      const state = this.context.host.state;
      const othersVisible = state.sheets.some((s) => s !== sheet && s.visibility === "visible");
      if (next !== "visible" && !othersVisible) {
        throw officeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility",
        );
      }
      sheet.visibility = next;
      if (next !== "visible" && state.activeSheetId === sheet.id) {
        state.activeSheetId = state.sheets.find((s) => s.visibility === "visible")?.id ?? null;
      }
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.queue("position", position, () => {
      const sheets = this.context.host.state.sheets;
      const sheet = this._sheet();
      if (position < 0 || position >= sheets.length) {
        throw officeError("InvalidArgument", "The position is out of range.", "Worksheet.position");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  activate(): void {
    this.queue("activate", null, () => {
      const sheet = this._sheet();
      if (sheet.visibility !== "visible") {
        throw officeError(
          "InvalidOperation",
          "A hidden sheet cannot be activated.",
          "Worksheet.activate",
        );
      }
      this.context.host.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.queue("delete", null, () => {
      const state = this.context.host.state;
      const sheet = this._sheet();
      const othersVisible = state.sheets.some((s) => s !== sheet && s.visibility === "visible");
      if (!othersVisible) {
        throw officeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      if (state.activeSheetId === sheet.id)
        state.activeSheetId = state.sheets.find((s) => s.visibility === "visible")?.id ?? null;
      if (state.selection?.sheetId === sheet.id) state.selection = null;
    });
  }

  getRange(address?: string): SimRange {
    return new SimRange(
      this.context,
      { id: this._id, member: "getRange", address },
      (): RangeTarget => ({
        sheet: this._sheet(),
        ref:
          address === undefined
            ? { row: 0, col: 0, rows: 1048576, cols: 16384 }
            : parseAddress(address),
      }),
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): SimRange {
    const wire = {
      id: this._id,
      member: "getRangeByIndexes",
      args: [startRow, startColumn, rowCount, columnCount],
    };
    return new SimRange(this.context, wire, (): RangeTarget => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw officeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          "Worksheet.getRangeByIndexes",
        );
      }
      return {
        sheet: this._sheet(),
        ref: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount },
      };
    });
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      { id: this._id, member: "getUsedRange", valuesOnly },
      (): RangeTarget => {
        const sheet = this._sheet();
        return {
          sheet,
          ref: usedBounds(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
        };
      },
    );
  }

  /** A null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    const wire = { id: this._id, member: "getUsedRangeOrNullObject", valuesOnly };
    return new SimRange(
      this.context,
      wire,
      (): RangeTarget | null => {
        const sheet = this._sheet();
        const ref = usedBounds(sheet, valuesOnly);
        return ref ? { sheet, ref } : null;
      },
      true,
    );
  }
}
