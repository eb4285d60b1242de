/**
 * The parts of `Excel.Worksheet` the adapter sets: protection, freeze panes and page layout. They
 * follow their worksheet (a null worksheet makes them fail with ItemNotFound).
 */
import { rangeFromA1, type RangeRef } from "../../../src/core/workbook/address";
import { officeError } from "./errors";
import { SimClientObject, type SimRequestContext } from "./context";
import type { SimSheet } from "./state";
import type { SimWorksheet } from "./worksheet";

/** Parses "A1" or "A1:C3" (Excel's A1 references), rejecting anything else with InvalidArgument. */
export function parseAddress(address: string): RangeRef {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  try {
    return rangeFromA1(bare.replace(/\$/g, ""));
  } catch {
    throw officeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      "Worksheet.getRange",
    );
  }
}

abstract class SimSheetPart extends SimClientObject {
  constructor(
    context: SimRequestContext,
    protected readonly worksheet: SimWorksheet,
    typeName: string,
  ) {
    super(context, typeName);
  }
  protected override currentTarget(): unknown {
    return this.worksheet._sheet();
  }
}

export class SimWorksheetProtection
  extends SimSheetPart
  implements Pick<Excel.WorksheetProtection, "protected">
{
  protected readonly loadable = ["protected"] as const;
  constructor(context: SimRequestContext, worksheet: SimWorksheet) {
    super(context, worksheet, "WorksheetProtection");
  }
  protected readState(): unknown {
    return this.worksheet._sheet().isProtected;
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    // Excel refuses to protect a sheet that is already protected ("Fails if the worksheet has
    // already been protected"); the error code is not documented — GeneralException is our guess.
    this.queue("protect", { options, password }, () => {
      const sheet = this.worksheet._sheet();
      if (sheet.isProtected)
        throw officeError(
          "GeneralException",
          "The worksheet is already protected.",
          "WorksheetProtection.protect",
        );
      sheet.isProtected = true;
      if (password) sheet.password = password;
    });
  }
  /**
   * As in Excel, a sheet protected with a password stays protected without the right one: Excel
   * answers BadPassword («The password you supplied is incorrect», Excel's error-code list).
   */
  unprotect(password?: string): void {
    this.queue("unprotect", { password }, () => {
      const sheet = this.worksheet._sheet();
      if (sheet.isProtected && sheet.password && password !== sheet.password)
        throw officeError(
          "BadPassword",
          "The password you supplied is incorrect.",
          "WorksheetProtection.unprotect",
        );
      sheet.isProtected = false;
      delete sheet.password;
    });
  }
}

export class SimFreezePanes extends SimSheetPart {
  protected readonly loadable = [] as const;
  constructor(context: SimRequestContext, worksheet: SimWorksheet) {
    super(context, worksheet, "WorksheetFreezePanes");
  }
  protected readState(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this.queue(
      "freezeRows",
      count,
      () => (this.worksheet._sheet().freeze = { rows: count, cols: 0 }),
    );
  }
  freezeColumns(count = 1): void {
    this.queue(
      "freezeColumns",
      count,
      () => (this.worksheet._sheet().freeze = { rows: 0, cols: count }),
    );
  }
  /** Freezes the rows and columns of the given top-left range. */
  freezeAt(frozenRange: string): void {
    this.queue("freezeAt", frozenRange, () => {
      const ref = parseAddress(frozenRange);
      this.worksheet._sheet().freeze = { rows: ref.row + ref.rows, cols: ref.col + ref.cols };
    });
  }
  unfreeze(): void {
    this.queue("unfreeze", null, () => (this.worksheet._sheet().freeze = { rows: 0, cols: 0 }));
  }
}

export class SimPageLayout
  extends SimSheetPart
  implements Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom" | "centerHorizontally">
{
  protected readonly loadable = ["orientation", "paperSize", "zoom", "centerHorizontally"] as const;
  readonly headersFooters: { defaultForAllPages: { centerHeader: string } };

  constructor(context: SimRequestContext, worksheet: SimWorksheet) {
    super(context, worksheet, "PageLayout");
    const set = (member: string, value: unknown, apply: () => void): void =>
      this.change(member, value, apply);
    const sheetOf = (): SimSheet => worksheet._sheet();
    this.headersFooters = {
      defaultForAllPages: {
        get centerHeader(): string {
          throw new Error("centerHeader is write-only in the simulator");
        },
        set centerHeader(text: string) {
          set(
            "headersFooters/defaultForAllPages/centerHeader",
            text,
            () => (sheetOf().pageLayout.centerHeader = text),
          );
        },
      },
    };
  }

  private change(member: string, value: unknown, apply: () => void): void {
    this.queue(member, value, () => {
      this.context.host.requireApi("Worksheet.pageLayout");
      apply();
    });
  }

  protected readState(property: string): unknown {
    const layout = this.worksheet._sheet().pageLayout;
    return layout[property as keyof typeof layout];
  }
  get orientation(): Excel.PageOrientation {
    return this.loadedValue("orientation");
  }
  set orientation(orientation: Excel.PageOrientation) {
    this.change(
      "orientation",
      orientation,
      () => (this.worksheet._sheet().pageLayout.orientation = orientation),
    );
  }
  get paperSize(): Excel.PaperType {
    return this.loadedValue("paperSize");
  }
  set paperSize(paperSize: Excel.PaperType) {
    this.change(
      "paperSize",
      paperSize,
      () => (this.worksheet._sheet().pageLayout.paperSize = paperSize),
    );
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loadedValue("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.change("zoom", zoom, () => (this.worksheet._sheet().pageLayout.zoom = { ...zoom }));
  }
  get centerHorizontally(): boolean {
    return this.loadedValue("centerHorizontally");
  }
  set centerHorizontally(center: boolean) {
    this.change(
      "centerHorizontally",
      center,
      () => (this.worksheet._sheet().pageLayout.centerHorizontally = center),
    );
  }
  setPrintArea(printArea: string): void {
    this.change("setPrintArea", printArea, () => {
      parseAddress(printArea);
      this.worksheet._sheet().pageLayout.printArea = printArea;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.change("setPrintTitleRows", rows, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) {
        throw officeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          "PageLayout.setPrintTitleRows",
        );
      }
      this.worksheet._sheet().pageLayout.printTitleRows = rows;
    });
  }
}

/**
 * What Excel prints for a header or footer section: `&` starts a code (&P page, &N pages, &D date,
 * &T time, &A sheet, &F file, &B/&I/&U/&S/&E/&X/&Y styles, &"font", &12 size, &Kcolour), `&&` is one
 * `&`; an `&` before anything else is dropped. «R&D» prints as «R» and today's date.
 */
export function printedHeader(codes: string, sheetName = "Ark"): string {
  const fields: Record<string, string> = {
    P: "1",
    N: "1",
    D: "04.12.2026",
    T: "12:00",
    A: sheetName,
    F: "Budsjett.xlsx",
    Z: "",
    G: "",
  };
  return codes.replace(/&(&|"[^"]*"|\d+|K[0-9A-Fa-f]{6}|[A-Za-z]|)/g, (_, code: string) => {
    if (code === "&") return "&";
    return fields[code.toUpperCase()] ?? "";
  });
}
