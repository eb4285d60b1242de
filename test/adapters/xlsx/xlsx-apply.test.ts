import ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../../support/xlsx-adapter";
import { openXlsx, saveXlsx } from "../../support/xlsx-adapter";
import type { WorkbookChange } from "../../../src/core/workbook/workbook-port";
import { fileColumnWidth } from "../../../src/core/sheets/shared/page-geometry";

const SHEET = "Gevinst Test";

async function aBudgetBook(): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet("Budsjett");
  budget.addRow(["Ansvar", "Art", "Funksjon", "Budsjett 2027"]);
  budget.addRow(["3100", "10300", "254", 1000]);
  const bytes = await workbook.xlsx.writeBuffer();
  return openXlsx(Buffer.from(bytes as ArrayBuffer));
}

async function roundTrip(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return openXlsx(await saveXlsx(book));
}

const everyChange: WorkbookChange[] = [
  { kind: "addSheet", name: "Gevinst Midlertidig" },
  { kind: "addSheet", name: SHEET, position: 0 },
  { kind: "renameSheet", from: "Gevinst Midlertidig", to: "Gevinst Skjult" },
  { kind: "setVisibility", sheet: "Gevinst Skjult", visibility: "veryHidden" },
  {
    kind: "writeCells",
    sheet: SHEET,
    at: { row: 0, col: 0 },
    cells: [
      [
        { kind: "value", value: "Tiltak" },
        { kind: "value", value: 800000 },
        { kind: "formula", formula: "=B1*0.8" },
        { kind: "value", value: true },
      ],
      [
        { kind: "value", value: "=1+1" },
        { kind: "value", value: "+47 22 00 00 00" },
        { kind: "value", value: "-fradrag" },
        { kind: "value", value: "@navn" },
      ],
      [{ kind: "value", value: "\tinnrykk" }, { kind: "skip" }, { kind: "value", value: null }],
    ],
  },
  {
    kind: "formatRange",
    sheet: SHEET,
    range: { row: 0, col: 0, rows: 1, cols: 4 },
    style: {
      bold: true,
      italic: true,
      fontSize: 12,
      fontColor: "#FFFFFF",
      fill: "#1F4E79",
      wrap: true,
      horizontalAlignment: "center",
      verticalAlignment: "center",
      locked: false,
      border: "thin",
      numberFormat: "#,##0",
    },
  },
  { kind: "mergeRange", sheet: SHEET, range: { row: 4, col: 0, rows: 1, cols: 3 } },
  { kind: "setColumnWidths", sheet: SHEET, widths: [{ col: 0, width: 120 }] },
  { kind: "freezePanes", sheet: SHEET, rows: 1, cols: 2 },
  {
    kind: "setPageLayout",
    sheet: SHEET,
    layout: {
      paperSize: "A3",
      orientation: "landscape",
      fitToPagesWide: 1,
      printArea: { row: 0, col: 0, rows: 10, cols: 6 },
      printTitleRows: { first: 0, last: 1 },
      centerHorizontally: true,
      headerText: "Gevinst & plan",
    },
  },
  { kind: "defineName", name: "Gevinst_Brutto", refersTo: "'Gevinst Test'!$A$1:$D$1" },
  {
    kind: "setListValidation",
    sheet: SHEET,
    range: { row: 5, col: 1, rows: 3, cols: 1 },
    list: ["foreslatt", "prioritert"],
  },
  {
    kind: "addConditionalFill",
    sheet: SHEET,
    range: { row: 5, col: 0, rows: 3, cols: 2 },
    formula: '=AND($A6<>"",B6="")',
    fill: "#FFC7CE",
  },
  { kind: "protectSheet", sheet: SHEET },
  { kind: "activate", sheet: SHEET },
];

describe("XlsxWorkbook writing", () => {
  it("writes values and formulas that read back equal after save and load", async () => {
    const book = await aBudgetBook();

    await book.apply(everyChange);
    const loaded = await roundTrip(book);
    const [grid] = await loaded.readSheets([SHEET], { formulas: true, numberFormats: true });

    expect(grid?.values.slice(0, 3)).toEqual([
      ["Tiltak", 800000, null, true],
      ["=1+1", "+47 22 00 00 00", "-fradrag", "@navn"],
      ["\tinnrykk", null, null, null],
    ]);
    expect(grid?.formulas?.[0]).toEqual([null, null, "=B1*0.8", null]);
    expect(grid?.formulas?.[1]).toEqual([null, null, null, null]);
    expect(grid?.numberFormats?.[0]?.[1]).toBe("#,##0");
  });

  it("adds, orders, renames and hides sheets and defines names", async () => {
    const book = await aBudgetBook();

    await book.apply(everyChange);
    const outline = await (await roundTrip(book)).describe();

    expect(outline.sheets.map((s) => [s.name, s.visibility, s.isProtected])).toEqual([
      [SHEET, "visible", true],
      ["Budsjett", "visible", false],
      ["Gevinst Skjult", "veryHidden", false],
    ]);
    expect(outline.names).toEqual([
      { name: "Gevinst_Brutto", refersTo: "'Gevinst Test'!$A$1:$D$1" },
    ]);
  });

  it("carries formats, merges, widths, panes, page setup, validation and conditional fills", async () => {
    const book = await aBudgetBook();

    await book.apply(everyChange);
    const sheet = (await roundTrip(book)).requireSheet(SHEET);

    const a1 = sheet.getCell("A1");
    expect(a1.font).toMatchObject({
      bold: true,
      italic: true,
      size: 12,
      color: { argb: "FFFFFFFF" },
    });
    expect(a1.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(a1.alignment).toMatchObject({
      wrapText: true,
      horizontal: "center",
      vertical: "middle",
    });
    expect(a1.protection).toMatchObject({ locked: false });
    expect(a1.border.top).toMatchObject({ style: "thin" });
    expect(sheet.getCell("B5").isMerged).toBe(true);
    // 120 characters, stored with the padding counted in as Excel does.
    expect(sheet.getColumn(1).width).toBe(fileColumnWidth(120));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 8,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      printArea: "A1:F10",
      printTitlesRow: "1:2",
      horizontalCentered: true,
    });
    expect(sheet.headerFooter.oddHeader).toBe("&CGevinst && plan");
    const validation = (
      sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(Object.values(validation)[0]?.formulae).toEqual(['"foreslatt,prioritert"']);
    const formats = (
      sheet as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(formats[0]).toMatchObject({
      ref: "A6:B8",
      rules: [{ formulae: ['AND($A6<>"",B6="")'] }],
    });
  });

  it("refuses a change outside Gevinst sheets and changes nothing", async () => {
    const book = await aBudgetBook();
    const before = await book.readSheets(["Budsjett"], { formulas: true });

    await expect(
      book.apply([
        { kind: "addSheet", name: "Gevinst Ny" },
        {
          kind: "writeCells",
          sheet: "Budsjett",
          at: { row: 0, col: 0 },
          cells: [[{ kind: "value", value: 1 }]],
        },
      ]),
    ).rejects.toThrow(/aldri utenfor Gevinst-ark/);
    expect(await book.readSheets(["Budsjett"], { formulas: true })).toEqual(before);
    expect((await book.describe()).sheets.map((s) => s.name)).toEqual(["Budsjett"]);
  });

  it("refuses cell writes on a protected sheet until it is unprotected", async () => {
    const book = await aBudgetBook();
    const write: WorkbookChange = {
      kind: "writeCells",
      sheet: "Gevinst X",
      at: { row: 0, col: 0 },
      cells: [[{ kind: "value", value: 1 }]],
    };
    await book.apply([
      { kind: "addSheet", name: "Gevinst X" },
      { kind: "protectSheet", sheet: "Gevinst X" },
    ]);

    await expect(book.apply([write])).rejects.toMatchObject({ reason: "sheet-protected" });
    await book.apply([{ kind: "unprotectSheet", sheet: "Gevinst X" }, write]);
    expect((await book.readSheets(["Gevinst X"]))[0]?.values).toEqual([[1]]);
  });

  it("clears values but keeps formats, and deletes sheets", async () => {
    const book = await aBudgetBook();
    await book.apply(everyChange.filter((c) => c.kind !== "protectSheet"));

    await book.apply([
      { kind: "clearRange", sheet: SHEET, range: { row: 0, col: 0, rows: 2, cols: 4 } },
      { kind: "deleteSheet", name: "Gevinst Skjult" },
    ]);
    const loaded = await roundTrip(book);

    expect((await loaded.readSheets([SHEET]))[0]?.values[0]).toEqual(["\tinnrykk"]);
    expect(loaded.requireSheet(SHEET).getCell("A1").font).toMatchObject({ bold: true });
    expect((await loaded.describe()).sheets.map((s) => s.name)).toEqual([SHEET, "Budsjett"]);
  });

  it("refuses a sheet name Excel would refuse and a name that is not a cell range", async () => {
    const book = await aBudgetBook();

    await expect(book.apply([{ kind: "addSheet", name: "Gevinst a/b" }])).rejects.toMatchObject({
      reason: "invalid-argument",
    });
    await expect(
      book.apply([{ kind: "defineName", name: "Gevinst_Rente", refersTo: "0.04" }]),
    ).rejects.toMatchObject({ reason: "api-unsupported" });
  });
});
