/**
 * CSV bytes to text (spec §4 «CSV»): UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * «Unicode-tekst»), else Windows-1252 (what Excel writes as «CSV (semikolondelt)» on a Norwegian
 * PC). Uses TextDecoder, which both node and browsers have.
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
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
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
