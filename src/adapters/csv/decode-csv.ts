/**
 * CSV bytes to text (spec §4 «CSV»): UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * «Unicode-tekst»), else Windows-1252 (what Excel writes as «CSV (semikolondelt)» on a Norwegian
 * PC). Uses TextDecoder, which both node and browsers have, for UTF-8 and UTF-16.
 */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "windows-1252";

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: a Windows «ANSI» file, where æ, ø, å are single bytes.
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Windows-1252's 0x80–0x9F (– — € ‘ ’ “ ” …); undefined bytes stay as they are. */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Windows-1252 by hand: node built without full ICU decodes «windows-1252» as Latin-1, which
 * turns the dash Excel writes (0x96) into a control character.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

/** Norwegian name of an encoding, for what the CLI prints. */
export function encodingLabel(encoding: CsvEncoding): string {
  switch (encoding) {
    case "utf-8":
      return "UTF-8";
    case "utf-8-bom":
      return "UTF-8 med BOM";
    case "utf-16le":
      return "UTF-16";
    case "windows-1252":
      return "Windows-1252";
  }
}
