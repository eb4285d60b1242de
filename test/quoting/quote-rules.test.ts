/**
 * quoteSheetName against Excel's rules (MS-XLSB 2.5.166 for names: not TRUE/FALSE, not an A1
 * reference, not *beginning with* an R1C1 reference; Excel applies the same to sheet names in
 * formulas), and the places outside the formula builders that write a sheet name: the package
 * writer's print areas and print titles, and the cell named in a reader's message.
 */
import fc from "fast-check";
import { MemorySink, OoxmlWorkbook, memorySource } from "../../src/adapters/ooxml";
import { nodeCodec } from "../../src/adapters/ooxml/node-io";
import { missingField, readNumber, type Reader } from "../../src/core/sheets/shared/cell-readers";
import { quoteSheetName } from "../../src/core/workbook/address";
import { formulaNormalForm } from "../../src/core/workbook/formula-text";
import { packageRefs } from "./package-xml";
import { budgetSheetName } from "./names";
import { scanFormula } from "./sheet-refs";
import { textOf } from "../support/text-of";

describe("quoteSheetName", () => {
  it.each([
    // A name that starts with an R1C1 row or column is read as that reference and more formula.
    "R2027Drift",
    "r1c1x",
    "R1_1",
    "C5Kostnader",
    "RC3x",
    "R1C",
    "R01",
    "R1048576",
    "C16384",
    "RC16384",
    // A1 references within the sheet, R1C1 and booleans (as before).
    "R2027",
    "INV2027",
    "Cx12",
    "XFD1048576",
    "A01",
    "R",
    "C",
    "rc",
    "false",
    // Not a name: digit or dot first, or a character outside letters, digits, _ and .
    "2027budsjett",
    ".budsjett",
    "Drift & investering",
    "R&D",
    "Budsjett-2027",
    "Ark€",
  ])("quotes %s", (name) => expect(quoteSheetName(name)).toBe(`'${name}'`));

  it.each([
    // Just past a reference: a row 0, a row or column beyond the sheet, letters after R/C/RC.
    "R0",
    "R0C0",
    "RC0",
    "R1048577",
    "R1048577x",
    "C16385x",
    "XFE1",
    "A1048577",
    "A0",
    "ABCD1",
    "Rådhus",
    "RCx",
    "TRUEx",
    // Letters of any alphabet, digits after the first, _ and .
    "Økonomiplan",
    "Æøå",
    "Budsjett.2027",
    "Budsjett2027",
    "_Ark",
  ])("leaves %s bare", (name) => expect(quoteSheetName(name)).toBe(name));

  it("doubles inner quotes", () => {
    expect(quoteSheetName("Kari's & Ola's")).toBe("'Kari''s & Ola''s'");
  });

  it("gives text formulaNormalForm keeps, and the sheet-reference scanner reads back", () => {
    fc.assert(
      fc.property(budgetSheetName, (name) => {
        const formula = `=SUM(${quoteSheetName(name)}!$A$1:$A$3)`;
        expect(scanFormula(formula).refs).toEqual([{ raw: quoteSheetName(name), name }]);
        expect(formulaNormalForm(formula)).toBe(formula.toUpperCase());
      }),
      { numRuns: 200 },
    );
  });
});

describe("the package writer's print areas and print titles", () => {
  // Gevinst writes only its own sheets: «Gevinst_Økonomi» is bare in Excel, «Gevinst Tiltak» quoted.
  it.each(["Gevinst_Økonomi", "Gevinst.2027", "Gevinst Tiltak", "Gevinst DD Kari's & Ola's"])(
    "name %s as Excel does",
    async (name) => {
      const book = OoxmlWorkbook.create(nodeCodec);
      await book.apply([
        { kind: "addSheet", name },
        {
          kind: "setPageLayout",
          sheet: name,
          layout: {
            paperSize: "A3",
            orientation: "landscape",
            printArea: { row: 0, col: 0, rows: 10, cols: 4 },
            printTitleRows: { first: 0, last: 1 },
          },
        },
      ]);
      const sink = new MemorySink();
      await book.save(sink);
      const { places } = await packageRefs(Buffer.from(sink.bytes()));
      const quoted = quoteSheetName(name);
      expect(places).toEqual(
        expect.arrayContaining([
          { where: `definedName _xlnm.Print_Area (${name})`, text: `${quoted}!$A$1:$D$10` },
          { where: `definedName _xlnm.Print_Titles (${name})`, text: `${quoted}!$1:$2` },
        ]),
      );
      // And it reads back.
      const again = await OoxmlWorkbook.open(memorySource(sink.bytes()), nodeCodec);
      expect((await again.describe()).sheets.map((s) => s.name)).toContain(name);
    },
  );
});

describe("a reader's message", () => {
  it.each([
    ["Økonomiplan", "Økonomiplan!B5"],
    ["Gevinst Tiltak", "'Gevinst Tiltak'!B5"],
    ["Kari's ark", "'Kari''s ark'!B5"],
  ])("names the cell on %s as a formula would: %s", (sheet, where) => {
    const reader: Reader = { issues: [] };
    readNumber(reader, {}, "annual", "tekst", { sheet, row: 4, col: 1 });
    missingField(reader, { sheet, row: 4, col: 1 }, "Navn");
    expect(reader.issues.map((i) => i.params?.where)).toEqual([where, where]);
    expect(textOf(reader.issues[0])).toContain(`Cellen ${where} inneholder`);
  });
});
