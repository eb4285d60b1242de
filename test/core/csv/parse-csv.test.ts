/** CSV text to rows and cells (spec §4 «CSV»), and the bytes decoded as Excel writes them. */
import { decodeCsvBytes } from "../../../src/adapters/csv/decode-csv";
import { csvCell, csvRows, sheetNameFromFile } from "../../../src/core/csv/csv-cells";
import { guessDelimiter, parseCsv } from "../../../src/core/csv/parse-csv";

describe("parseCsv", () => {
  it.each([
    [";", "ansvar;art;beløp\n100;10100;5\n"],
    [",", "ansvar,art,beløp\n100,10100,5\n"],
    ["\t", "ansvar\tart\tbeløp\n100\t10100\t5\n"],
  ])("finds the delimiter «%s»", (delimiter, text) => {
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.rows).toEqual([
      ["ansvar", "art", "beløp"],
      ["100", "10100", "5"],
    ]);
  });

  it("prefers ; when decimal commas make , look likely", () => {
    expect(guessDelimiter("a;b;c\n1,5;2,5;3,5\n")).toBe(";");
  });

  it("reads quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF and a BOM", () => {
    const text =
      '\ufeffnavn;beløp\r\n"Lønn; faste";"1 000"\r\n"Sa ""hei""\nog gikk";-5\r\nsiste;\r\n';
    expect(parseCsv(text).rows).toEqual([
      ["navn", "beløp"],
      ["Lønn; faste", "1 000"],
      ['Sa "hei"\nog gikk', "-5"],
      ["siste", ""],
    ]);
  });

  it("keeps extra trailing fields (Stavanger has 347 such rows)", () => {
    expect(parseCsv("a;b\n1;2;;99\n").rows[1]).toEqual(["1", "2", "", "99"]);
  });
});

describe("csvCell: as Excel shows the CSV", () => {
  it.each([
    ["10100", 10100],
    ["0", 0],
    ["-470000", -470000],
    ["1 456 538", 1456538],
    [" -1 362 250 ", -1362250],
    ["810 000,00", 810000],
    ["1100142,6", 1100142.6],
    ["(1 000)", -1000],
    ["", null],
  ])("«%s» → %p", (text, value) => {
    expect(csvCell(text)).toBe(value);
  });

  it.each([
    "F460",
    "30000H",
    "02800",
    "-   ",
    "11-14VB",
    "BUD343",
    "Løn faste stillingar",
    "1234567890123456",
  ])("keeps «%s» as text", (text) => {
    expect(csvCell(text)).toBe(text);
  });

  it("drops trailing empty fields of a row", () => {
    expect(csvRows([["1", "a", "", ""]])).toEqual([[1, "a"]]);
  });

  it("names the sheet after the file, as Excel does, within 31 characters", () => {
    expect(sheetNameFromFile("/data/stavanger_2016_driftsbudsjett.csv")).toBe(
      "stavanger_2016_driftsbudsjett",
    );
    expect(sheetNameFromFile("C:\\b\\bergen_2012-2015_investeringsbudsjett.csv")).toHaveLength(31);
    expect(sheetNameFromFile("a[1]:b.csv")).toBe("a_1__b");
  });
});

describe("decodeCsvBytes", () => {
  const text = "ansvar;navn\n100;Bibliotek og kulturhus, Førde – Ærø\n";

  it("reads UTF-8 with and without BOM", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: "utf-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsvBytes(bom)).toEqual({ text, encoding: "utf-8-bom" });
  });

  it("reads Windows-1252, as Excel on a Norwegian PC saves «CSV (semikolondelt)»", () => {
    const cp1252: Record<string, number> = { ø: 0xf8, Æ: 0xc6, "–": 0x96 };
    const bytes = Uint8Array.from([...text].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: "windows-1252" });
  });
});
