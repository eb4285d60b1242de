/** Small XML text helpers for the parts Gevinst edits in place (never a DOM: the text stays as written). */

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Characters XML 1.0 cannot hold are written as OOXML's _xHHHH_ escapes. */
export function escapeCellText(text: string): string {
  return escapeXml(
    text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(
      // eslint-disable-next-line no-control-regex
      /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    ),
  );
}

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
    }
  });
}

/** OOXML's _xHHHH_ escapes in cell text back to characters. */
export function decodeCellText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The attributes of one start tag's text (`<sheet name="A" sheetId="1"/>`), unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[match[1] as string] = unescapeXml(match[2] ?? match[3] ?? "");
  return out;
}

/** Sets (or adds) one attribute in a start tag's text, keeping the others as written. */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/**
 * Finds an element by local name (any prefix) in XML text: where it starts and ends, its start
 * tag, and where its content starts and ends (equal for an empty element).
 */
export type ElementSpan = {
  start: number;
  end: number;
  startTag: string;
  contentStart: number;
  contentEnd: number;
  prefix: string;
  selfClosing: boolean;
};

export function findElement(xml: string, localName: string, from = 0): ElementSpan | undefined {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${localName}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return undefined;
  const prefix = match[1] ?? "";
  const startTag = match[0];
  const start = match.index;
  const contentStart = start + startTag.length;
  if (startTag.endsWith("/>"))
    return {
      start,
      end: contentStart,
      startTag,
      contentStart,
      contentEnd: contentStart,
      prefix,
      selfClosing: true,
    };
  const closeTag = `</${prefix}${localName}>`;
  // Elements Gevinst edits do not nest in themselves, so the first closing tag ends it.
  const contentEnd = xml.indexOf(closeTag, contentStart);
  if (contentEnd < 0) throw new Error(`Uavsluttet <${localName}> i XML.`);
  return {
    start,
    end: contentEnd + closeTag.length,
    startTag,
    contentStart,
    contentEnd,
    prefix,
    selfClosing: false,
  };
}

/** The child elements (by local name) of an element's content, as their full text. */
export function childElements(content: string, localName: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const span = findElement(content, localName, from);
    if (!span) return out;
    out.push(content.slice(span.start, span.end));
    from = span.end;
  }
}
