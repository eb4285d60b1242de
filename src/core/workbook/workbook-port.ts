/**
 * The one contract between Gevinst and a workbook (docs/architecture.md). Shaped by what the
 * use-cases need, named after the domain, and implemented by every adapter: Office.js (`excel`),
 * plain objects (`memory`), the .xlsx package reader and writer (`ooxml`, the command line and the
 * demo's download) and, for tests only, exceljs (test/support/xlsx-adapter).
 *
 * Reading is in bulk (one call, one Excel `sync`, for all the sheets a use-case needs). Writing is
 * a list of plain-data changes applied in one call (one `sync`, split only to stay under Excel on
 * the web's request size limit). Every change must target a sheet whose name starts with
 * `Gevinst`: `assertOnlyGevinstChanges` enforces it in every adapter.
 */
import type { MessageRef } from "../model/issue.types";
import type { RangeRef } from "./address";

/** A cell's value as read: dates are Excel serial numbers, errors are their text ("#REF!"). */
export type CellValue = string | number | boolean | null;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export type SheetInfo = {
  name: string;
  visibility: SheetVisibility;
  /** 0-based position among the workbook's sheets. */
  position: number;
  isProtected: boolean;
};

export type TableInfo = {
  name: string;
  sheet: string;
  /** The whole table including its header row. */
  range: RangeRef;
  hasHeaders: boolean;
};

export type DefinedName = {
  name: string;
  /** Invariant (English) formula without the leading "=", e.g. "'Gevinst Sammendrag'!$C$5:$F$5". */
  refersTo: string;
};

export type WorkbookOutline = {
  sheets: SheetInfo[];
  tables: TableInfo[];
  names: DefinedName[];
};

/**
 * A sheet's used range, read in one piece. `values[r][c]` is the cell at
 * (`origin.row + r`, `origin.col + c`), 0-based. Rows may be ragged (shorter than the widest row).
 * `formulas[r][c]` is the formula text ("=SUM(A1:A3)") or null for a constant, when requested.
 */
export type SheetGrid = {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
};

export type ReadOptions = {
  formulas?: boolean;
  numberFormats?: boolean;
};

/** One cell to write: a constant, or a formula in invariant (English) form starting with "=". */
export type CellWrite =
  | { kind: "value"; value: string | number | boolean | null }
  | { kind: "formula"; formula: string }
  /** Leave this cell as it is (used inside a block to skip input cells). */
  | { kind: "skip" };

export type HorizontalAlignment = "left" | "center" | "right";

export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** #RRGGBB. */
  fontColor?: string;
  /** #RRGGBB background fill. */
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: "top" | "center" | "bottom";
  /** Whether the cell is locked when the sheet is protected. */
  locked?: boolean;
  border?: "thin" | "none";
  numberFormat?: string;
};

export type PageLayout = {
  paperSize: "A3" | "A4";
  orientation: "landscape" | "portrait";
  /** Fit to this many pages wide (1 = fit to width). */
  fitToPagesWide?: number;
  fitToPagesTall?: number;
  printArea?: RangeRef;
  /** Rows repeated at the top of each printed page (0-based first and last row). */
  printTitleRows?: { first: number; last: number };
  centerHorizontally?: boolean;
  headerText?: string;
};

/** A workbook change as plain data. Adapters apply a list of them in one go. */
export type WorkbookChange =
  | { kind: "addSheet"; name: string; position?: number }
  | { kind: "renameSheet"; from: string; to: string }
  | { kind: "deleteSheet"; name: string }
  | { kind: "setVisibility"; sheet: string; visibility: SheetVisibility }
  | { kind: "writeCells"; sheet: string; at: { row: number; col: number }; cells: CellWrite[][] }
  | { kind: "clearRange"; sheet: string; range: RangeRef }
  | { kind: "formatRange"; sheet: string; range: RangeRef; style: CellStyle }
  | { kind: "mergeRange"; sheet: string; range: RangeRef }
  /** Widths in characters of the default font, as Excel's column-width dialog shows them. */
  | { kind: "setColumnWidths"; sheet: string; widths: { col: number; width: number }[] }
  /** Heights in points (an A3's text boxes: a merged cell does not grow with its text). */
  | { kind: "setRowHeights"; sheet: string; heights: { row: number; height: number }[] }
  | { kind: "freezePanes"; sheet: string; rows: number; cols: number }
  | { kind: "protectSheet"; sheet: string }
  | { kind: "unprotectSheet"; sheet: string }
  | { kind: "setPageLayout"; sheet: string; layout: PageLayout }
  | { kind: "defineName"; name: string; refersTo: string }
  | { kind: "setListValidation"; sheet: string; range: RangeRef; list: string[] }
  | {
      kind: "addConditionalFill";
      sheet: string;
      range: RangeRef;
      /** Invariant formula relative to the range's top-left cell, e.g. "=AND($B5<>\"\",C5=\"\")". */
      formula: string;
      fill: string;
    }
  | { kind: "activate"; sheet: string; select?: RangeRef };

export type WorkbookCapabilities = {
  host: "excel" | "memory" | "xlsx";
  dataValidation: boolean;
  conditionalFormats: boolean;
  protection: boolean;
  pageLayout: boolean;
  veryHidden: boolean;
  /** The host tells the app when people change cells (Excel's onChanged); see `watch`. */
  changeEvents: boolean;
};

/**
 * Who changed the workbook: Gevinst through this port (`own`), or a person or co-author (`others`).
 */
export type WorkbookChangeSource = "own" | "others";

/** Hears that the workbook changed; see `WorkbookPort.watch`. */
export type WorkbookWatcher = (source: WorkbookChangeSource) => void;

export interface WorkbookPort {
  readonly capabilities: WorkbookCapabilities;
  /**
   * The one way an app hears that the workbook changed, so what it shows can be read again. Calls
   * `listener` once after every `apply` through this port has settled (`own`; after a failed one
   * too, since the sheets may be half written) and once per settled burst of other people's edits
   * (`others`). The host's own echo of Gevinst's writes (Excel raises `onChanged` for them) is
   * dropped by the adapter, so one write means one call. Absent where nobody else can change the
   * workbook while Gevinst holds it (the file adapters). Returns unsubscribe.
   */
  watch?(listener: WorkbookWatcher): () => void;
  /** Sheets, tables and defined names, in one round trip. */
  describe(): Promise<WorkbookOutline>;
  /**
   * The used ranges of the named sheets, in one round trip (split only for the payload limit).
   * @throws WorkbookError with reason "sheet-missing" when a sheet does not exist.
   */
  readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetGrid[]>;
  /**
   * Applies changes in order, in one round trip (split only for the payload limit).
   * @throws Error when a change targets a sheet that is not a Gevinst sheet (a bug, never data).
   */
  apply(changes: readonly WorkbookChange[]): Promise<void>;
}

/** Why a platform call failed, for the user-facing message (style guide §5.3). */
export type WorkbookErrorReason =
  | "cell-edit-mode"
  | "sheet-missing"
  | "sheet-protected"
  | "payload-too-large"
  | "api-unsupported"
  | "invalid-argument"
  | "unknown";

/**
 * A platform failure mapped to a reason. Branch on `reason`, not on `instanceof`
 * (classes may be lowered by the build).
 */
export class WorkbookError extends Error {
  readonly reason: WorkbookErrorReason;
  readonly isWorkbookError = true;
  /** What exactly went wrong, as a catalogue key and params (src/app/messages words it). */
  readonly detail?: MessageRef;
  /** The host wrote part of the changes before it failed (Excel does not roll back). */
  readonly partlyWritten: boolean;
  constructor(
    reason: WorkbookErrorReason,
    detail?: MessageRef,
    options?: { cause?: unknown; partlyWritten?: boolean },
  ) {
    // The Error's own message is for logs and stack traces only; users see the catalogue's text.
    super(detail ? `${reason}: ${detail.key} ${JSON.stringify(detail.params)}` : reason, options);
    this.name = "WorkbookError";
    this.reason = reason;
    if (detail) this.detail = detail;
    this.partlyWritten = options?.partlyWritten ?? false;
    Object.setPrototypeOf(this, WorkbookError.prototype);
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { isWorkbookError?: unknown }).isWorkbookError === true
  );
}

/** Every sheet Gevinst makes starts with this (spec §9). */
export const GEVINST_PREFIX = "Gevinst";

export function isGevinstSheet(name: string): boolean {
  return name.startsWith(GEVINST_PREFIX);
}

/** Defined names Gevinst owns start with this. */
export function isGevinstName(name: string): boolean {
  return name.startsWith("Gevinst_");
}

/** The sheet a change writes to, or null for workbook-level changes. */
function targetSheets(change: WorkbookChange): string[] {
  switch (change.kind) {
    case "addSheet":
    case "deleteSheet":
      return [change.name];
    case "renameSheet":
      return [change.from, change.to];
    case "defineName":
      return [];
    case "activate":
      return []; // selecting a cell changes nothing in the workbook
    default:
      return [change.sheet];
  }
}

/**
 * The workbook is sacred: refuse any change outside Gevinst sheets and Gevinst names. Every
 * adapter calls this before touching anything, so the rule holds on every code path.
 * @throws Error naming the offending change.
 */
export function assertOnlyGevinstChanges(changes: readonly WorkbookChange[]): void {
  for (const change of changes) {
    for (const sheet of targetSheets(change)) {
      if (!isGevinstSheet(sheet)) {
        throw new Error(
          `Gevinst skriver aldri utenfor Gevinst-ark (${change.kind} på «${sheet}»).`,
        );
      }
    }
    if (change.kind === "defineName" && !isGevinstName(change.name)) {
      throw new Error(`Gevinst definerer bare navn som starter med Gevinst_ (${change.name}).`);
    }
  }
}
