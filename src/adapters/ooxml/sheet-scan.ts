/**
 * Streams a worksheet part and hands over its cells one by one, without building the XML tree or
 * holding the whole part: the budget sheet of a large workbook is read this way.
 */
import { fromUtf8 } from "./bytes";
import { attributes, decodeCellText, unescapeXml } from "./xml";
import { columnIndex } from "../../core/workbook/address";

export type ScannedCell = {
  row: number;
  col: number;
  /** Cell type attribute: s, str, inlineStr, b, e, d, n (default). */
  type: string;
  /** Style (cell format) index. */
  xf: number;
  /** The <v> text, or inline string text, unescaped. */
  raw: string | null;
  /** The formula element: its text and attributes, when present. */
  formula: { text: string; t?: string; si?: string; ref?: string } | null;
};

const TOKEN =
  /<(?:[\w.-]+:)?row\b([^>]*)>|<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)|<\/(?:[\w.-]+:)?sheetData>/g;

/** The text of <t> runs in an inline or shared string, phonetic runs left out. */
function stringItemText(xml: string): string {
  const plain = xml.includes("<rPh")
    ? xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "")
    : xml;
  let text = "";
  for (const match of plain.matchAll(
    /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g,
  ))
    text += match[1] ?? "";
  return decodeCellText(unescapeXml(text));
}

function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) } : null;
}

const PROTECTED = /<(?:[\w.-]+:)?sheetProtection\b[^>]*\bsheet="(1|true)"/;

/** What follows the cells: whether the sheet is protected (read while streaming past it). */
export type ScanTail = { isProtected: boolean; tail: string };

/**
 * Calls `onCell` for every cell in sheetData, in order. Returns the sheet's protection and, when
 * `keepTail` is set, the XML after </sheetData> (small: merges, validations, page setup).
 */
export async function scanSheet(
  chunks: AsyncIterable<Uint8Array>,
  onCell: (cell: ScannedCell) => void,
  options: {
    keepHead?: boolean;
    keepTail?: boolean;
    skipCells?: boolean;
    /** Called for every <row> with its 0-based index and attributes (row heights). */
    onRow?: (row: number, attrs: string) => void;
  } = {},
): Promise<ScanTail & { head: string }> {
  const decoder = new TextDecoder("utf-8");
  let buffer = "";
  let row = -1;
  let col = -1;
  let inData = true;
  let head = "";
  let tail = "";
  let headDone = false;
  let isProtected = false;
  const consume = (final: boolean) => {
    if (!inData) {
      tail += buffer;
      buffer = "";
      return;
    }
    if (!headDone) {
      const at = buffer.search(/<(?:[\w.-]+:)?sheetData\b/);
      if (at < 0) {
        if (!final) return;
        head += buffer;
        buffer = "";
        return;
      }
      if (options.keepHead) head = buffer.slice(0, at);
      headDone = true;
      buffer = buffer.slice(at);
    }
    if (options.skipCells) {
      // Only what follows the cells is wanted (protection): look for the end of sheetData.
      const end = buffer.search(/<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\b[^>]*\/>/);
      if (end < 0) {
        buffer = buffer.slice(-32);
        return;
      }
      inData = false;
      tail = buffer.slice(end);
      buffer = "";
      return;
    }
    TOKEN.lastIndex = 0;
    let consumed = 0;
    for (let m = TOKEN.exec(buffer); m; m = TOKEN.exec(buffer)) {
      consumed = TOKEN.lastIndex;
      if (m[1] !== undefined) {
        const r = /\br="(\d+)"/.exec(m[1]);
        row = r ? Number(r[1]) - 1 : row + 1;
        col = -1;
        options.onRow?.(row, m[1]);
      } else if (m[2] !== undefined) {
        const attrs = m[2];
        const r = /\br="([A-Z]{1,3}\d+)"/.exec(attrs);
        const at = r ? cellRef(r[1] as string) : null;
        if (at) {
          row = at.row;
          col = at.col;
        } else col += 1;
        const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
        const xf = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
        const body = m[3];
        let raw: string | null = null;
        let formula: ScannedCell["formula"] = null;
        if (body) {
          if (type === "inlineStr") {
            const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(body);
            raw = is ? stringItemText(is[1] as string) : null;
          }
          const v = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/.exec(body);
          if (v && raw === null) raw = v[1] === undefined ? "" : decodeCellText(unescapeXml(v[1]));
          const f = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/.exec(body);
          if (f) {
            const a = attributes(f[1] ?? "");
            formula = {
              text: unescapeXml(f[2] ?? ""),
              ...(a.t ? { t: a.t } : {}),
              ...(a.si ? { si: a.si } : {}),
              ...(a.ref ? { ref: a.ref } : {}),
            };
          }
        }
        onCell({ row, col, type, xf, raw, formula });
      } else {
        inData = false;
        tail = buffer.slice(consumed);
        buffer = "";
        return;
      }
    }
    buffer = buffer.slice(consumed);
    if (final && buffer.length > 0 && inData) tail = buffer;
  };
  for await (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    consume(false);
    // Past the cells only what is needed is kept (protection), unless asked for all of it.
    if (!inData && !options.keepTail && tail.length > 65536) {
      isProtected ||= PROTECTED.test(tail);
      tail = tail.slice(-1024);
    }
  }
  buffer += decoder.decode();
  consume(true);
  isProtected ||= PROTECTED.test(tail);
  return { isProtected, tail, head };
}

/** The whole text of a small part. */
export async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  let length = 0;
  for (const p of parts) length += p.length;
  const all = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return fromUtf8(all);
}

/** Every shared string, in order (xl/sharedStrings.xml streamed). */
export async function scanSharedStrings(chunks: AsyncIterable<Uint8Array>): Promise<string[]> {
  const decoder = new TextDecoder("utf-8");
  const strings: string[] = [];
  const item = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  let buffer = "";
  const consume = () => {
    item.lastIndex = 0;
    let consumed = 0;
    for (let m = item.exec(buffer); m; m = item.exec(buffer)) {
      consumed = item.lastIndex;
      strings.push(m[1] === undefined ? "" : stringItemText(m[1]));
    }
    buffer = buffer.slice(consumed);
  };
  for await (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    consume();
  }
  buffer += decoder.decode();
  consume();
  return strings;
}
