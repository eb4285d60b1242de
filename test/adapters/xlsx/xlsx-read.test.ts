import ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../../support/xlsx-adapter";
import { openXlsx, saveXlsx } from "../../support/xlsx-adapter";

/** A workbook with every kind of cell the reader must understand, saved and loaded again. */
async function aWorkbookWithEveryCellKind(): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Budsjett");
  sheet.getCell("B2").value = "Ansvar";
  sheet.getCell("C2").value = 1250.5;
  sheet.getCell("D2").value = true;
  sheet.getCell("B3").value = new Date(Date.UTC(2027, 0, 15));
  sheet.getCell("C3").value = {
    richText: [{ text: "Hjemme" }, { text: "tjenesten", font: { bold: true } }],
  };
  sheet.getCell("D3").value = { formula: "C2*2", result: 2501 };
  sheet.getCell("B4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("C4").value = { text: "Lenke", hyperlink: "https://example.org" };
  sheet.fillFormula("B6:B8", "C2+1", [1251.5, 1, 1]);
  sheet.getCell("C6").value = "Sammenslått";
  sheet.mergeCells("C6:D7");
  sheet.getCell("C2").numFmt = "#,##0";
  const hidden = workbook.addWorksheet("Skjult", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  workbook.addWorksheet("Gevinst_Config", { state: "veryHidden" });
  sheet.addTable({
    name: "Budsjett2027",
    ref: "F2",
    headerRow: true,
    columns: [{ name: "Ansvar" }, { name: "Beløp" }],
    rows: [
      ["3100", 1000],
      ["3200", 2000],
    ],
  });
  workbook.definedNames.add("Budsjett!$C$2:$D$2", "Budsjett_Sum");
  const bytes = await workbook.xlsx.writeBuffer();
  return openXlsx(Buffer.from(bytes as ArrayBuffer));
}

describe("XlsxWorkbook reading", () => {
  it("reads the used range from its first filled cell, not from A1", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"]);

    expect(grid?.origin).toEqual({ row: 1, col: 1 });
    expect(grid?.values[0]?.slice(0, 3)).toEqual(["Ansvar", 1250.5, true]);
  });

  it("reads dates as Excel serial numbers and rich text as plain text", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"]);

    // 15 January 2027 is day 46 402 counted from 1899-12-30.
    expect(grid?.values[1]?.[0]).toBe(46402);
    expect(grid?.values[1]?.[1]).toBe("Hjemmetjenesten");
    expect(grid?.values[2]?.[1]).toBe("Lenke");
  });

  it("reads a formula's cached result as its value and its text with a leading =", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"], { formulas: true });

    expect(grid?.values[1]?.[2]).toBe(2501);
    expect(grid?.formulas?.[1]?.[2]).toBe("=C2*2");
    expect(grid?.formulas?.[0]?.[0]).toBeNull();
  });

  it("reads an error value as its text", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"], { formulas: true });

    expect(grid?.values[2]?.[0]).toBe("#DIV/0!");
    expect(grid?.formulas?.[2]?.[0]).toBe("=1/0");
  });

  it("translates shared formulas to each cell", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"], { formulas: true });

    expect(grid?.formulas?.slice(4, 7).map((row) => row[0])).toEqual(["=C2+1", "=C3+1", "=C4+1"]);
  });

  it("reads a merged area as its value in the top-left cell only", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"]);

    expect(grid?.values[4]?.slice(1, 3)).toEqual(["Sammenslått", null]);
    expect(grid?.values[5]?.slice(1, 3)).toEqual([null, null]);
  });

  it("reads number formats when asked", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Budsjett"], { numberFormats: true });

    expect(grid?.numberFormats?.[0]?.[1]).toBe("#,##0");
  });

  it("describes sheets with their visibility, tables with their ranges, and defined names", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const outline = await book.describe();

    expect(outline.sheets.map((s) => [s.name, s.visibility, s.position])).toEqual([
      ["Budsjett", "visible", 0],
      ["Skjult", "hidden", 1],
      ["Gevinst_Config", "veryHidden", 2],
    ]);
    expect(outline.tables).toEqual([
      {
        name: "Budsjett2027",
        sheet: "Budsjett",
        range: { row: 1, col: 5, rows: 3, cols: 2 },
        hasHeaders: true,
      },
    ]);
    expect(outline.names).toEqual([{ name: "Budsjett_Sum", refersTo: "Budsjett!$C$2:$D$2" }]);
  });

  it("reports a missing sheet with the sheet-missing reason", async () => {
    const book = await aWorkbookWithEveryCellKind();

    await expect(book.readSheets(["Finnes ikke"])).rejects.toMatchObject({
      reason: "sheet-missing",
    });
  });

  it("reads an empty sheet as an empty grid", async () => {
    const book = await aWorkbookWithEveryCellKind();

    const [grid] = await book.readSheets(["Gevinst_Config"], { formulas: true });

    expect(grid).toEqual({
      name: "Gevinst_Config",
      origin: { row: 0, col: 0 },
      values: [],
      formulas: [],
    });
  });

  it("says it is the xlsx host without change events", async () => {
    const book = await aWorkbookWithEveryCellKind();

    expect(book.capabilities).toMatchObject({ host: "xlsx", changeEvents: false });
    await expect(saveXlsx(book)).resolves.toBeInstanceOf(Buffer);
  });
});
