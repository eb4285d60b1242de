/**
 * The package adapter on its own: a Gevinst sheet saved by Excel (shared strings, its own cell
 * formats) keeps what a line manager typed through a rewrite; styles are only appended; the zip
 * writer goes to zip64 when the entry count needs it.
 */
import JSZip from "jszip";
import { MemorySink, OoxmlWorkbook, memorySource } from "../../../src/adapters/ooxml";
import { nodeCodec } from "../../../src/adapters/ooxml/node-io";
import { ZipReader } from "../../../src/adapters/ooxml/zip-reader";
import { ZipWriter } from "../../../src/adapters/ooxml/zip-writer";
import { CORPUS, buildCase } from "../../support/ooxml-corpus/corpus";

async function save(book: OoxmlWorkbook): Promise<Uint8Array> {
  const sink = new MemorySink();
  await book.save(sink);
  return sink.bytes();
}

/** The corpus's first package with a Gevinst sheet as Excel saves one: shared strings, styles, a merge. */
async function withExcelSavedGevinstSheet(): Promise<Buffer> {
  const base = CORPUS[0];
  if (!base) throw new Error("empty corpus");
  const zip = await JSZip.loadAsync(await buildCase(base));
  const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  zip.file(
    "xl/sharedStrings.xml",
    strings.replace("</sst>", "<si><t>Skrevet av linjeleder</t></si></sst>"),
  );
  zip.file(
    "xl/worksheets/sheet3.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="2" max="2" width="30" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Tiltak</t></is></c></row><row r="2"><c r="A2" t="s"><v>10</v></c><c r="B2" s="3"><v>1234</v></c><c r="C2"><f>B2*2</f><v>2468</v></c></row></sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D2:D9"><formula1>"ja,nei"</formula1></dataValidation></dataValidations></worksheet>`,
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`,
    ),
  );
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file(
    "xl/workbook.xml",
    wb.replace("</sheets>", `<sheet name="Gevinst Tiltak" sheetId="9" r:id="rId99"/></sheets>`),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("the OOXML package adapter", () => {
  it("keeps typed input, its cell formats, merges, lists and panes when it rewrites a Gevinst sheet", async () => {
    const book = await OoxmlWorkbook.open(
      memorySource(await withExcelSavedGevinstSheet()),
      nodeCodec,
    );
    await book.apply([
      { kind: "unprotectSheet", sheet: "Gevinst Tiltak" },
      {
        kind: "writeCells",
        sheet: "Gevinst Tiltak",
        at: { row: 2, col: 0 },
        cells: [[{ kind: "value", value: "Ny rad" }]],
      },
      {
        kind: "formatRange",
        sheet: "Gevinst Tiltak",
        range: { row: 2, col: 0, rows: 1, cols: 1 },
        style: { fill: "#FFF2CC", bold: true },
      },
      { kind: "protectSheet", sheet: "Gevinst Tiltak" },
    ]);
    const again = await OoxmlWorkbook.open(memorySource(await save(book)), nodeCodec);
    const [grid] = await again.readSheets(["Gevinst Tiltak"], {
      formulas: true,
      numberFormats: true,
    });
    const xml =
      (await (
        await ZipReader.open(memorySource(await save(again)), nodeCodec)
      ).text("xl/worksheets/sheet3.xml")) ?? "";

    expect(grid?.values).toEqual([
      ["Tiltak", null, null],
      ["Skrevet av linjeleder", 1234, 2468],
      ["Ny rad", null, null],
    ]);
    expect(grid?.formulas?.[1]?.[2]).toBe("=B2*2");
    expect(grid?.numberFormats?.[1]?.[1]).toBe("#,##0");
    expect(
      (await again.describe()).sheets.find((s) => s.name === "Gevinst Tiltak")?.isProtected,
    ).toBe(true);
    expect(xml).toContain(`<c r="B2" s="3">`);
    expect(xml).toContain(`<mergeCell ref="A1:C1"/>`);
    expect(xml).toContain(`sqref="D2:D9"><formula1>&quot;ja,nei&quot;</formula1>`);
    expect(xml).toContain(`ySplit="1"`);
    expect(xml).toContain(`<col min="2" max="2" width="30" customWidth="1"/>`);
  });

  it("appends cell formats to styles.xml and never renumbers the existing ones", async () => {
    const base = CORPUS[0];
    if (!base) throw new Error("empty corpus");
    const input = await buildCase(base);
    const before =
      (await (await ZipReader.open(memorySource(input), nodeCodec)).text("xl/styles.xml")) ?? "";
    const book = await OoxmlWorkbook.open(memorySource(input), nodeCodec);
    await book.apply([
      { kind: "addSheet", name: "Gevinst Ny" },
      {
        kind: "writeCells",
        sheet: "Gevinst Ny",
        at: { row: 0, col: 0 },
        cells: [
          [
            { kind: "value", value: 1 },
            { kind: "value", value: 2 },
          ],
        ],
      },
      {
        kind: "formatRange",
        sheet: "Gevinst Ny",
        range: { row: 0, col: 0, rows: 1, cols: 2 },
        style: { numberFormat: "# ##0", fill: "#1F4E79", fontColor: "#FFFFFF", border: "thin" },
      },
      {
        kind: "addConditionalFill",
        sheet: "Gevinst Ny",
        range: { row: 0, col: 0, rows: 1, cols: 2 },
        formula: "=A1>1",
        fill: "#FFC7CE",
      },
    ]);
    const after =
      (await (
        await ZipReader.open(memorySource(await save(book)), nodeCodec)
      ).text("xl/styles.xml")) ?? "";

    const xfs = (xml: string) => /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(xml);
    const [, countBefore, innerBefore] = xfs(before) ?? [];
    const [, countAfter, innerAfter] = xfs(after) ?? [];
    expect(innerAfter?.startsWith(innerBefore ?? "-")).toBe(true);
    expect(Number(countAfter)).toBe(Number(countBefore) + 1);
    expect(after).toMatch(/<numFmt numFmtId="165" formatCode="# ##0"\/>/);
    expect(after).toMatch(/<dxfs count="2">/);
  });

  it("writes and reads zip64 when there are more than 65 535 entries", async () => {
    const sink = new MemorySink();
    const writer = new ZipWriter(sink, nodeCodec);
    for (let i = 0; i < 70_000; i++)
      await writer.add(`d/${i}.txt`, new TextEncoder().encode(`del ${i}`));
    await writer.finish();

    const reader = await ZipReader.open(memorySource(sink.bytes()), nodeCodec);
    expect(reader.entries).toHaveLength(70_000);
    expect(await reader.text("d/69999.txt")).toBe("del 69999");
  }, 60_000);
});
