/**
 * xl/styles.xml, shared by every sheet: Gevinst only appends to it. Existing fonts, fills,
 * borders, number formats and cell formats keep their indices and their text; a style Gevinst
 * needs is appended (once) and the edited text is everything before plus the new entries.
 */
import type { CellStyle } from "../../core/workbook/workbook-port";
import { attributes, childElements, escapeXml, findElement, setAttribute } from "./xml";

const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A minimal styles part for a package made from scratch (Calibri 11, as Excel starts). */
export const BLANK_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

type Xf = Record<string, string> & { alignment?: Record<string, string>; locked?: boolean };

/** Collections in schema order: a missing one is created before the first later one present. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const CHILD: Record<Collection, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

const VERTICAL = { top: "top", center: "center", bottom: "bottom" } as const;

export class Styles {
  private readonly formats = new Map<number, string>();
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly borders: string[];
  private readonly xfs: Xf[];
  private dxfCount: number;
  private readonly dxfs: string[];
  private readonly added: Record<Collection, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly cache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();

  constructor(private readonly text: string) {
    const section = (name: string) => {
      const span = findElement(text, name);
      return span ? text.slice(span.contentStart, span.contentEnd) : "";
    };
    for (const numFmt of childElements(section("numFmts"), "numFmt")) {
      const a = attributes(numFmt);
      this.formats.set(Number(a.numFmtId), a.formatCode ?? "General");
    }
    this.fonts = childElements(section("fonts"), "font");
    this.fills = childElements(section("fills"), "fill");
    this.borders = childElements(section("borders"), "border");
    this.xfs = childElements(section("cellXfs"), "xf").map(parseXf);
    this.dxfs = childElements(section("dxfs"), "dxf");
    this.dxfCount = this.dxfs.length;
  }

  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  /** The number format code of a cell format, or null for General. */
  numberFormat(xf: number): string | null {
    const id = Number(this.xfs[xf]?.numFmtId ?? 0);
    const code = this.formats.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
    return code === "General" ? null : code;
  }

  /** Whether a cell format is locked (the default) when its sheet is protected. */
  isLocked(xf: number): boolean {
    return this.xfs[xf]?.locked !== false;
  }

  /** The index of a cell format that is `base` with `style` on top (appended once, then reused). */
  derive(base: number, style: CellStyle): number {
    const key = `${base}|${JSON.stringify(style)}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const from: Xf = {
      ...(this.xfs[base] ??
        this.xfs[0] ?? { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0" }),
    };
    const xf: Xf = {
      numFmtId: from.numFmtId ?? "0",
      fontId: from.fontId ?? "0",
      fillId: from.fillId ?? "0",
      borderId: from.borderId ?? "0",
      xfId: from.xfId ?? "0",
    };
    if (
      style.bold !== undefined ||
      style.italic !== undefined ||
      style.fontSize !== undefined ||
      style.fontColor !== undefined
    ) {
      xf.fontId = String(
        this.put("fonts", this.fonts, fontXml(this.fonts[Number(xf.fontId)] ?? "", style)),
      );
      xf.applyFont = "1";
    }
    if (style.fill !== undefined) {
      xf.fillId = String(this.put("fills", this.fills, fillXml(style.fill)));
      xf.applyFill = "1";
    }
    if (style.border !== undefined) {
      xf.borderId = String(this.put("borders", this.borders, borderXml(style.border)));
      xf.applyBorder = "1";
    }
    if (style.numberFormat !== undefined) {
      xf.numFmtId = String(this.formatId(style.numberFormat));
      xf.applyNumberFormat = "1";
    }
    const alignment = { ...(from.alignment ?? {}) };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap ? "1" : "0";
    if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
    if (style.verticalAlignment !== undefined)
      alignment.vertical = VERTICAL[style.verticalAlignment];
    if (Object.keys(alignment).length > 0) {
      xf.alignment = alignment;
      xf.applyAlignment = "1";
    }
    const locked = style.locked ?? from.locked;
    if (locked !== undefined) {
      xf.locked = locked;
      xf.applyProtection = "1";
    }
    const index = this.xfs.length;
    this.xfs.push(xf);
    this.added.cellXfs.push(xfXml(xf));
    this.cache.set(key, index);
    return index;
  }

  /** The solid fill colour ("#RRGGBB") of a differential format, or null. */
  dxfFillColor(index: number): string | null {
    const dxf = this.dxfs[index];
    const rgb = dxf
      ? /<(?:[\w.-]+:)?bgColor\b[^>]*\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"/.exec(dxf)
      : null;
    return rgb ? `#${(rgb[1] as string).toUpperCase()}` : null;
  }

  /** A differential format with a solid fill (conditional formatting). */
  dxfFill(hex: string): number {
    const cached = this.dxfCache.get(hex);
    if (cached !== undefined) return cached;
    const xml = `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb(hex)}"/></patternFill></fill></dxf>`;
    const existing = this.dxfs.indexOf(xml);
    if (existing >= 0) return existing;
    const index = this.dxfCount++;
    this.dxfs.push(xml);
    this.added.dxfs.push(xml);
    this.dxfCache.set(hex, index);
    return index;
  }

  private put(collection: Collection, list: string[], xml: string): number {
    const found = list.indexOf(xml);
    if (found >= 0) return found;
    list.push(xml);
    this.added[collection].push(xml);
    return list.length - 1;
  }

  private formatId(code: string): number {
    for (const [id, builtin] of Object.entries(BUILTIN_FORMATS))
      if (builtin === code) return Number(id);
    for (const [id, custom] of this.formats) if (custom === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** styles.xml with the appended entries; the original text when nothing was added. */
  toXml(): string {
    let xml = this.text;
    for (const collection of Object.keys(this.added) as Collection[]) {
      const items = this.added[collection];
      if (items.length === 0) continue;
      xml = appendTo(xml, collection, items);
    }
    return xml;
  }
}

function appendTo(xml: string, collection: Collection, items: string[]): string {
  const span = findElement(xml, collection);
  if (span) {
    const count = Number(attributes(span.startTag).count ?? NaN);
    const existing = childElements(
      xml.slice(span.contentStart, span.contentEnd),
      CHILD[collection],
    );
    const total =
      (Number.isFinite(count) ? Math.max(count, existing.length) : existing.length) + items.length;
    const startTag = setAttribute(
      span.selfClosing ? span.startTag.replace(/\s*\/>$/, ">") : span.startTag,
      "count",
      String(total),
    );
    const prefix = span.prefix;
    const inner = items.map((item) => withPrefix(item, prefix)).join("");
    if (span.selfClosing)
      return `${xml.slice(0, span.start)}${startTag}${inner}</${prefix}${collection}>${xml.slice(span.end)}`;
    return `${xml.slice(0, span.start)}${startTag}${xml.slice(span.contentStart, span.contentEnd)}${inner}${xml.slice(span.contentEnd)}`;
  }
  // Create the collection before the first later one that exists (schema order).
  const root = findElement(xml, "styleSheet");
  if (!root) throw new Error("styles.xml has no <styleSheet>");
  const prefix = root.prefix;
  const element = `<${prefix}${collection} count="${items.length}">${items.map((item) => withPrefix(item, prefix)).join("")}</${prefix}${collection}>`;
  for (const later of ORDER.slice(ORDER.indexOf(collection) + 1)) {
    const next = findElement(xml, later);
    if (next) return `${xml.slice(0, next.start)}${element}${xml.slice(next.start)}`;
  }
  return `${xml.slice(0, root.contentEnd)}${element}${xml.slice(root.contentEnd)}`;
}

/** Gevinst writes unprefixed elements; in a prefixed styles part they take the part's prefix. */
function withPrefix(item: string, prefix: string): string {
  if (prefix === "") return item;
  return item.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}

function parseXf(text: string): Xf {
  const start = /^<[^>]*>/.exec(text)?.[0] ?? text;
  const xf: Xf = { ...attributes(start) };
  const alignment = findElement(text, "alignment");
  if (alignment) xf.alignment = attributes(alignment.startTag);
  const protection = findElement(text, "protection");
  if (protection) {
    const locked = attributes(protection.startTag).locked;
    if (locked !== undefined) xf.locked = locked === "1" || locked === "true";
  }
  return xf;
}

function xfXml(xf: Xf): string {
  const { alignment, locked, ...attrs } = xf;
  const head = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  const children =
    (alignment
      ? `<alignment${Object.entries(alignment)
          .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
          .join("")}/>`
      : "") + (locked !== undefined ? `<protection locked="${locked ? 1 : 0}"/>` : "");
  return children ? `<xf${head}>${children}</xf>` : `<xf${head}/>`;
}

function argb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(digits)) throw new Error(`Ugyldig farge: ${hex}`);
  return `FF${digits}`;
}

/** A font: the base font's name, family and size, with the style's changes. */
function fontXml(base: string, style: CellStyle): string {
  const value = (name: string) => {
    const span = findElement(base, name);
    return span ? (attributes(span.startTag).val ?? "1") : undefined;
  };
  const on = (name: string) => {
    const v = value(name);
    return v !== undefined && v !== "0" && v !== "false";
  };
  const bold = style.bold ?? on("b");
  const italic = style.italic ?? on("i");
  const size = style.fontSize ?? Number(value("sz") ?? 11);
  const colorSpan = findElement(base, "color");
  const color =
    style.fontColor !== undefined
      ? `<color rgb="${argb(style.fontColor)}"/>`
      : colorSpan
        ? base.slice(colorSpan.start, colorSpan.end).replace(/^<[\w.-]+:/, "<")
        : "";
  const name = value("name") ?? "Calibri";
  const family = value("family");
  const scheme = value("scheme");
  return `<font>${bold ? "<b/>" : ""}${italic ? "<i/>" : ""}<sz val="${size}"/>${color}<name val="${escapeXml(name)}"/>${family ? `<family val="${family}"/>` : ""}${scheme ? `<scheme val="${scheme}"/>` : ""}</font>`;
}

function fillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(border: "thin" | "none"): string {
  if (border === "none") return "<border><left/><right/><top/><bottom/><diagonal/></border>";
  const side = (name: string) => `<${name} style="thin"><color indexed="64"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}
