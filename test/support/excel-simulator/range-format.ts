/**
 * The write side of `range.format`, `range.dataValidation` and `range.conditionalFormats`. These
 * are set-only here (the adapter never reads formats back through them); reading throws
 * PropertyNotLoaded as an unloaded property would. Formats count as locked-cell changes: on a
 * protected sheet they fail with AccessDenied, as Excel's default protection forbids formatting.
 */
import { propertyNotLoaded } from "./errors";
import type { SimRequestContext } from "./context";
import type { SimCellFormat } from "./state";
import { emptyCell } from "./state";
import { eachCell, type SimRange } from "./range";

abstract class SimPart {
  constructor(
    protected readonly context: SimRequestContext,
    protected readonly range: SimRange,
    private readonly typeName: string,
  ) {}

  protected notLoaded(property: string): never {
    throw propertyNotLoaded(this.typeName, property);
  }

  /** Queues a change to the format of every cell in the range. */
  protected setFormat(member: string, value: unknown, patch: Partial<SimCellFormat>): void {
    this.context.enqueue({ range: this.range._id, member, value }, () => {
      const t = this.range._assertWritable(false);
      eachCell(t, (key) => {
        const cell = t.sheet.cells.get(key) ?? emptyCell();
        cell.format = { ...cell.format, ...patch };
        t.sheet.cells.set(key, cell);
      });
    });
  }
}

class SimRangeFill extends SimPart implements Pick<Excel.RangeFill, "color"> {
  get color(): string {
    return this.notLoaded("color");
  }
  set color(color: string) {
    this.setFormat("format/fill/color", color, { fill: color });
  }
}

class SimRangeFont
  extends SimPart
  implements Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">
{
  get bold(): boolean {
    return this.notLoaded("bold");
  }
  set bold(bold: boolean) {
    this.setFormat("format/font/bold", bold, { bold });
  }
  get italic(): boolean {
    return this.notLoaded("italic");
  }
  set italic(italic: boolean) {
    this.setFormat("format/font/italic", italic, { italic });
  }
  get size(): number {
    return this.notLoaded("size");
  }
  set size(fontSize: number) {
    this.setFormat("format/font/size", fontSize, { fontSize });
  }
  get color(): string {
    return this.notLoaded("color");
  }
  set color(fontColor: string) {
    this.setFormat("format/font/color", fontColor, { fontColor });
  }
}

class SimFormatProtection extends SimPart implements Pick<Excel.FormatProtection, "locked"> {
  get locked(): boolean {
    return this.notLoaded("locked");
  }
  set locked(locked: boolean) {
    this.setFormat("format/protection/locked", locked, { locked });
  }
}

class SimRangeBorder extends SimPart {
  constructor(
    context: SimRequestContext,
    range: SimRange,
    private readonly edge: string,
  ) {
    super(context, range, "RangeBorder");
  }
  get style(): string {
    return this.notLoaded("style");
  }
  set style(style: string) {
    this.context.enqueue(
      { range: this.range._id, member: `format/borders/${this.edge}/style`, value: style },
      () => {
        const t = this.range._assertWritable(false);
        eachCell(t, (key) => {
          const cell = t.sheet.cells.get(key) ?? emptyCell();
          cell.format = { ...cell.format, borders: { ...cell.format.borders, [this.edge]: style } };
          t.sheet.cells.set(key, cell);
        });
      },
    );
  }
}

class SimRangeBorderCollection extends SimPart {
  getItem(edge: string): SimRangeBorder {
    return new SimRangeBorder(this.context, this.range, edge);
  }
}

export class SimRangeFormat
  extends SimPart
  implements
    Pick<
      Excel.RangeFormat,
      "wrapText" | "horizontalAlignment" | "verticalAlignment" | "columnWidth" | "rowHeight"
    >
{
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly protection: SimFormatProtection;
  readonly borders: SimRangeBorderCollection;

  constructor(context: SimRequestContext, range: SimRange) {
    super(context, range, "RangeFormat");
    this.fill = new SimRangeFill(context, range, "RangeFill");
    this.font = new SimRangeFont(context, range, "RangeFont");
    this.protection = new SimFormatProtection(context, range, "FormatProtection");
    this.borders = new SimRangeBorderCollection(context, range, "RangeBorderCollection");
  }

  get wrapText(): boolean {
    return this.notLoaded("wrapText");
  }
  set wrapText(wrapText: boolean) {
    this.setFormat("format/wrapText", wrapText, { wrapText });
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.notLoaded("horizontalAlignment");
  }
  set horizontalAlignment(horizontalAlignment: Excel.HorizontalAlignment) {
    this.setFormat("format/horizontalAlignment", horizontalAlignment, { horizontalAlignment });
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.notLoaded("verticalAlignment");
  }
  set verticalAlignment(verticalAlignment: Excel.VerticalAlignment) {
    this.setFormat("format/verticalAlignment", verticalAlignment, { verticalAlignment });
  }
  get columnWidth(): number {
    return this.notLoaded("columnWidth");
  }
  /** Points, for every column of the range. */
  set columnWidth(points: number) {
    this.context.enqueue(
      { range: this.range._id, member: "format/columnWidth", value: points },
      () => {
        const t = this.range._assertWritable(false);
        for (let c = 0; c < t.ref.cols; c++) t.sheet.columnWidths.set(t.ref.col + c, points);
      },
    );
  }
  get rowHeight(): number {
    return this.notLoaded("rowHeight");
  }
  /** Points, for every row of the range. */
  set rowHeight(points: number) {
    this.context.enqueue(
      { range: this.range._id, member: "format/rowHeight", value: points },
      () => {
        const t = this.range._assertWritable(false);
        for (let r = 0; r < t.ref.rows; r++) t.sheet.rowHeights.set(t.ref.row + r, points);
      },
    );
  }
}

export class SimDataValidation extends SimPart {
  constructor(context: SimRequestContext, range: SimRange) {
    super(context, range, "DataValidation");
  }
  get rule(): Excel.DataValidationRule {
    return this.notLoaded("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.context.enqueue(
      { range: this.range._id, member: "dataValidation/rule", value: rule },
      () => {
        this.context.host.requireApi("Range.dataValidation");
        const t = this.range._assertWritable(false);
        const source = rule.list?.source;
        if (typeof source !== "string")
          throw new Error("The simulator supports list rules with a text source only.");
        t.sheet.validations = t.sheet.validations.filter((v) => !sameRange(v.range, t.ref));
        t.sheet.validations.push({ range: { ...t.ref }, list: source });
      },
    );
  }
  clear(): void {
    this.context.enqueue({ range: this.range._id, member: "dataValidation/clear" }, () => {
      const t = this.range._assertWritable(false);
      t.sheet.validations = t.sheet.validations.filter((v) => !sameRange(v.range, t.ref));
    });
  }
}

type SimConditionalFormatRecord = { formula: string; fill: string | null };

class SimConditionalFormat {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string } };
  };
  constructor(context: SimRequestContext, id: number, record: () => SimConditionalFormatRecord) {
    const set = (
      member: string,
      value: string,
      apply: (r: SimConditionalFormatRecord) => void,
    ): void => context.enqueue({ cf: id, member, value }, () => apply(record()));
    this.custom = {
      rule: {
        get formula(): string {
          throw propertyNotLoaded("ConditionalRangeFormula", "formula");
        },
        set formula(formula: string) {
          set("custom/rule/formula", formula, (r) => (r.formula = formula));
        },
      },
      format: {
        fill: {
          get color(): string {
            throw propertyNotLoaded("ConditionalRangeFill", "color");
          },
          set color(color: string) {
            set("custom/format/fill/color", color, (r) => (r.fill = color));
          },
        },
      },
    };
  }
}

export class SimConditionalFormatCollection extends SimPart {
  constructor(context: SimRequestContext, range: SimRange) {
    super(context, range, "ConditionalFormatCollection");
  }
  add(type: Excel.ConditionalFormatType | "Custom"): SimConditionalFormat {
    if (type !== "Custom")
      throw new Error("The simulator supports custom conditional formats only.");
    let record: SimConditionalFormatRecord | undefined;
    const id = this.context.newId();
    this.context.enqueue(
      { range: this.range._id, member: "conditionalFormats/add", value: type, id },
      () => {
        this.context.host.requireApi("Range.conditionalFormats");
        const t = this.range._assertWritable(false);
        const entry = { range: { ...t.ref }, formula: "", fill: null };
        t.sheet.conditionalFormats.push(entry);
        record = entry;
      },
    );
    return new SimConditionalFormat(this.context, id, () => {
      if (!record) throw new Error("Conditional format used before it was added.");
      return record;
    });
  }
}

function sameRange(
  a: { row: number; col: number; rows: number; cols: number },
  b: typeof a,
): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
