/**
 * The print setup is the same whichever adapter writes it: the same set-up and import, run on
 * the memory adapter (the demo), through the Office.js adapter on the simulator (the add-in in
 * Excel) and through the package writer (the command line), leave every Gevinst sheet with the
 * same paper, orientation, fit, print area, title rows, centring, page header, row heights and
 * column widths (in points, as Excel draws them).
 */
import { createExcelWorkbook } from "../../src/adapters/excel";
import { charactersToPoints } from "../../src/adapters/excel/write";
import { MemorySink, OoxmlWorkbook, memorySource } from "../../src/adapters/ooxml";
import { nodeCodec } from "../../src/adapters/ooxml/node-io";
import { ZipReader } from "../../src/adapters/ooxml/zip-reader";
import { importPortfolio } from "../../src/app/import-portfolio";
import { columnWidthOfFile } from "../../src/core/sheets/shared/page-geometry";
import { fromA1, rangeToA1 } from "../../src/core/workbook/address";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";
import { writeXlsx } from "../../src/demo/xlsx-io";
import { MAPPING, NOW, USER, budgetWorkbook } from "../app/sheets/sheets-fixture";
import { createExcelSimulator } from "../support/excel-simulator";
import { seedOf } from "../support/memory-seed";
import { printPortfolio } from "./print-workbook";

/** What a printed page of a sheet depends on, in one comparable shape. */
type PrintSetup = {
  paper: string;
  orientation: string;
  fit: string;
  printArea: string;
  titleRows: string;
  centred: boolean;
  header: string;
  rowHeights: string;
  columnPoints: string;
};

const run = (port: WorkbookPort) =>
  importPortfolio(port, printPortfolio(), { now: NOW, user: USER, mapping: MAPPING });

const list = (entries: Iterable<[number, number]>) =>
  [...entries]
    .sort((a, b) => a[0] - b[0])
    .map(([i, v]) => `${i}:${Math.round(v * 100) / 100}`)
    .join(" ");

async function fromMemory(): Promise<Map<string, PrintSetup>> {
  const workbook = budgetWorkbook();
  await run(workbook);
  const out = new Map<string, PrintSetup>();
  for (const sheet of workbook.sheets) {
    const layout = sheet.pageLayout;
    if (!layout) continue;
    out.set(sheet.name, {
      paper: layout.paperSize,
      orientation: layout.orientation,
      fit: `${layout.fitToPagesWide ?? "-"}x${layout.fitToPagesTall ?? "-"}`,
      printArea: layout.printArea ? rangeToA1(layout.printArea) : "",
      titleRows: layout.printTitleRows
        ? `${layout.printTitleRows.first + 1}:${layout.printTitleRows.last + 1}`
        : "",
      centred: layout.centerHorizontally ?? false,
      header: layout.headerText ?? "",
      rowHeights: list(sheet.rowHeights),
      columnPoints: list([...sheet.columnWidths].map(([c, w]) => [c, charactersToPoints(w)])),
    });
  }
  return out;
}

async function fromOfficeJs(): Promise<Map<string, PrintSetup>> {
  const sim = createExcelSimulator(seedOf(budgetWorkbook()));
  await run(createExcelWorkbook(sim.run, { isSetSupported: () => true }));
  const out = new Map<string, PrintSetup>();
  for (const name of sim.sheetNames()) {
    const sheet = sim.sheet(name);
    const page = sheet.pageLayout;
    if (!page.printArea) continue;
    const bare = (a1: string) => a1.replace(/\$/g, "").replace(/^.*!/, "");
    out.set(name, {
      paper: page.paperSize,
      orientation: page.orientation.toLowerCase(),
      fit: `${page.zoom.horizontalFitToPages ?? "-"}x${page.zoom.verticalFitToPages ?? "-"}`,
      printArea: bare(page.printArea),
      titleRows: page.printTitleRows ? bare(page.printTitleRows) : "",
      centred: page.centerHorizontally,
      header: page.centerHeader.replace(/&&/g, "&"),
      rowHeights: list(sheet.rowHeights),
      columnPoints: list(sheet.columnWidths),
    });
  }
  return out;
}

async function fromPackage(): Promise<Map<string, PrintSetup>> {
  const budget = await writeXlsx(budgetWorkbook());
  const book = await OoxmlWorkbook.open(memorySource(new Uint8Array(budget)), nodeCodec);
  await run(book);
  const sink = new MemorySink();
  await book.save(sink);
  const zip = await ZipReader.open(memorySource(sink.bytes()), nodeCodec);
  const text = async (name: string) => {
    const found = await zip.text(name);
    if (found === undefined) throw new Error(`mangler ${name}`);
    return found;
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const names = [
    ...workbook.matchAll(/<definedName name="(_xlnm\.[^"]+)" localSheetId="(\d+)">([^<]*)</g),
  ];
  const out = new Map<string, PrintSetup>();
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
  for (const [index, tag] of sheets.entries()) {
    const name = (attr(tag, "name") ?? "").replace(/&amp;/g, "&").replace(/&apos;/g, "'");
    const target =
      new RegExp(`Id="${attr(tag, "r:id")}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const xml = await text(`xl/${target.replace(/^\/?xl\//, "")}`);
    const setup = /<pageSetup [^>]*>/.exec(xml)?.[0];
    const area = names.find((n) => n[1] === "_xlnm.Print_Area" && Number(n[2]) === index)?.[3];
    if (!setup || !area) continue;
    const titles = names.find((n) => n[1] === "_xlnm.Print_Titles" && Number(n[2]) === index)?.[3];
    const fits = /fitToPage="1"/.test(xml);
    const bare = (a1: string) => a1.replace(/\$/g, "").replace(/^.*!/, "");
    const header = /<oddHeader>([^<]*)<\/oddHeader>/.exec(xml)?.[1] ?? "";
    out.set(name, {
      paper: attr(setup, "paperSize") === "8" ? "A3" : "A4",
      orientation: attr(setup, "orientation") ?? "",
      fit: fits ? `${attr(setup, "fitToWidth")}x${attr(setup, "fitToHeight")}` : "-x-",
      printArea: bare(area),
      titleRows: titles ? bare(titles) : "",
      centred: /<printOptions [^>]*horizontalCentered="1"/.test(xml),
      header: header.replace(/&amp;/g, "&").replace(/^&C/, "").replace(/&&/g, "&"),
      rowHeights: list(
        [...xml.matchAll(/<row r="(\d+)"[^>]* ht="([\d.]+)"/g)].map((m) => [
          Number(m[1]) - 1,
          Number(m[2]),
        ]),
      ),
      columnPoints: list(
        [...xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => [
          Number(m[1]) - 1,
          charactersToPoints(columnWidthOfFile(Number(m[2]))),
        ]),
      ),
    });
  }
  return out;
}

describe("the print setup of every Gevinst sheet, through each adapter", () => {
  let memory: Map<string, PrintSetup>;
  let officeJs: Map<string, PrintSetup>;
  let ooxml: Map<string, PrintSetup>;

  beforeAll(async () => {
    [memory, officeJs, ooxml] = await Promise.all([fromMemory(), fromOfficeJs(), fromPackage()]);
  }, 120_000);

  it("covers the A3s and the data sheets", () => {
    const names = [...memory.keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        "Gevinst A3 Kommunen",
        "Gevinst A3 K3 Hjemmetjenesten",
        "Gevinst Tiltak",
      ]),
    );
    expect(memory.get("Gevinst A3 Kommunen")).toMatchObject({
      paper: "A3",
      fit: "1x1",
      header: "",
    });
    // The deep-dive sheet is too wide for one A4 page at a readable size.
    expect(memory.get("Gevinst DD Hjemmetjenesten")?.fit).not.toBe("1x0");
    expect(fromA1(memory.get("Gevinst A3 Kommunen")?.printArea.split(":")[1] ?? "A1").col).toBe(10);
  });

  it("is the same through the Office.js adapter as in memory", () => {
    expect([...officeJs.keys()].sort()).toEqual([...memory.keys()].sort());
    for (const [name, setup] of memory)
      expect({ name, ...officeJs.get(name) }).toEqual({ name, ...setup });
  });

  it("is the same in the package the command line writes as in memory", () => {
    expect([...ooxml.keys()].sort()).toEqual([...memory.keys()].sort());
    for (const [name, setup] of memory)
      expect({ name, ...ooxml.get(name) }).toEqual({ name, ...setup });
  });
});
