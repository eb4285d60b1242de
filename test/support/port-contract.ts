/**
 * The WorkbookPort contract every adapter passes: the same seed, the same calls, the same answers.
 * `make` builds an adapter from a seed and a way to look at one cell afterwards.
 */
/* eslint-disable jest/no-export -- a shared suite: each adapter's test file calls describePortContract */
import type { CellValue, SheetGrid, WorkbookPort } from "../../src/core/workbook/workbook-port";
import { isWorkbookError } from "../../src/core/workbook/workbook-port";
import type { WorkbookSeed } from "../../src/adapters/memory/workbook-seed";

export type CellView = { value: CellValue; formula: string | null; numberFormat: string | null };

export type PortUnderTest = {
  port: WorkbookPort;
  /** One cell as stored: value null when empty, formula null for a constant, numberFormat null for General. */
  cell(sheet: string, a1: string): CellView;
};

/** The value at a 0-based cell of a grid, whether rows are padded or ragged. */
export function gridValue(grid: SheetGrid | undefined, row: number, col: number): CellValue {
  if (!grid) throw new Error("no grid");
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

const seed = (): WorkbookSeed => ({
  sheets: [
    {
      name: "Budsjett",
      rows: [
        ["Budsjett 2027"],
        [],
        ["Ansvar", "Art", "Beløp"],
        ["3100", "10300", 1000],
        ["3100", "10400", { formula: "=C4*2", value: 2000 }],
      ],
      tables: [{ name: "Tabell1", range: "A3:C5" }],
    },
    { name: "Notater", rows: [[], [], [null, "midt i arket"]] },
    {
      name: "Gevinst Tiltak",
      rows: [
        ["Tiltak", "Beløp"],
        ["Nytt system", 500],
      ],
    },
    { name: "Gevinst_Config", rows: [["versjon", 1]], visibility: "veryHidden" },
    { name: "Gevinst Låst", rows: [["fast"]], protected: true },
  ],
  names: [{ name: "Gevinst_Brutto", refersTo: "'Gevinst Tiltak'!$B$2" }],
});

export function describePortContract(
  label: string,
  make: (seed: WorkbookSeed) => Promise<PortUnderTest>,
): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    let port: WorkbookPort;
    let cell: PortUnderTest["cell"];
    beforeEach(async () => {
      ({ port, cell } = await make(seed()));
    });

    it("describes sheets in order with visibility and protection, tables and names", async () => {
      const outline = await port.describe();

      expect(outline.sheets.map((s) => [s.name, s.position, s.visibility, s.isProtected])).toEqual([
        ["Budsjett", 0, "visible", false],
        ["Notater", 1, "visible", false],
        ["Gevinst Tiltak", 2, "visible", false],
        ["Gevinst_Config", 3, "veryHidden", false],
        ["Gevinst Låst", 4, "visible", true],
      ]);
      expect(outline.tables).toEqual([
        {
          name: "Tabell1",
          sheet: "Budsjett",
          range: { row: 2, col: 0, rows: 3, cols: 3 },
          hasHeaders: true,
        },
      ]);
      expect(outline.names).toEqual([
        { name: "Gevinst_Brutto", refersTo: "'Gevinst Tiltak'!$B$2" },
      ]);
    });

    it("reads used ranges with their origin, values and formulas", async () => {
      const [budget, notes] = await port.readSheets(["Budsjett", "Notater"], { formulas: true });

      expect(budget?.origin).toEqual({ row: 0, col: 0 });
      expect(gridValue(budget, 0, 0)).toBe("Budsjett 2027");
      expect(gridValue(budget, 0, 2)).toBeNull();
      expect(gridValue(budget, 3, 0)).toBe("3100");
      expect(gridValue(budget, 3, 2)).toBe(1000);
      expect(gridValue(budget, 4, 2)).toBe(2000);
      expect(budget?.formulas?.[4]?.[2]).toBe("=C4*2");
      expect(budget?.formulas?.[3]?.[2] ?? null).toBeNull();
      expect(notes?.origin).toEqual({ row: 2, col: 1 });
      expect(notes?.values).toEqual([["midt i arket"]]);
    });

    it("fails with reason sheet-missing when a sheet does not exist", async () => {
      const error: unknown = await port
        .readSheets(["Budsjett", "Finnes ikke"])
        .catch((e: unknown) => e);

      expect(isWorkbookError(error) && error.reason).toBe("sheet-missing");
    });

    it("writes values and formulas, skipping cells marked skip", async () => {
      await port.apply([
        {
          kind: "writeCells",
          sheet: "Gevinst Tiltak",
          at: { row: 1, col: 0 },
          cells: [
            [
              { kind: "skip" },
              { kind: "value", value: 750 },
              { kind: "formula", formula: "=B2*2" },
            ],
            [
              { kind: "value", value: "Ny rad" },
              { kind: "value", value: true },
            ],
          ],
        },
      ]);

      expect(cell("Gevinst Tiltak", "A2").value).toBe("Nytt system");
      expect(cell("Gevinst Tiltak", "B2")).toMatchObject({ value: 750, formula: null });
      expect(cell("Gevinst Tiltak", "C2").formula).toBe("=B2*2");
      expect(cell("Gevinst Tiltak", "A3").value).toBe("Ny rad");
      expect(cell("Gevinst Tiltak", "B3").value).toBe(true);
    });

    it("keeps formula-like text and number-like text as text", async () => {
      const texts = ["=SUM(A1:A2)", "+47 123", "-ikke en formel", "@navn", "'sitat", "123", "TRUE"];

      await port.apply([
        {
          kind: "writeCells",
          sheet: "Gevinst Tiltak",
          at: { row: 5, col: 0 },
          cells: [texts.map((value) => ({ kind: "value" as const, value }))],
        },
      ]);

      const written = ["A", "B", "C", "D", "E", "F", "G"].map((col) =>
        cell("Gevinst Tiltak", `${col}6`),
      );
      expect(written.map((c) => c.value)).toEqual(texts);
      expect(written.map((c) => c.formula)).toEqual(texts.map(() => null));
    });

    it("empties a cell written with the value null", async () => {
      await port.apply([
        {
          kind: "writeCells",
          sheet: "Gevinst Tiltak",
          at: { row: 1, col: 1 },
          cells: [[{ kind: "value", value: null }]],
        },
      ]);

      expect(cell("Gevinst Tiltak", "B2").value).toBeNull();
    });

    it("adds, renames, hides and deletes sheets", async () => {
      await port.apply([
        { kind: "addSheet", name: "Gevinst Ny" },
        { kind: "addSheet", name: "Gevinst Midlertidig" },
        { kind: "renameSheet", from: "Gevinst Ny", to: "Gevinst Omdøpt" },
        { kind: "setVisibility", sheet: "Gevinst Omdøpt", visibility: "hidden" },
        { kind: "deleteSheet", name: "Gevinst Midlertidig" },
      ]);

      const outline = await port.describe();
      const names = outline.sheets.map((s) => s.name);
      expect(names).toContain("Gevinst Omdøpt");
      expect(names).not.toContain("Gevinst Ny");
      expect(names).not.toContain("Gevinst Midlertidig");
      expect(outline.sheets.find((s) => s.name === "Gevinst Omdøpt")?.visibility).toBe("hidden");
    });

    it("defines a name and redefines it", async () => {
      await port.apply([
        { kind: "defineName", name: "Gevinst_Gap", refersTo: "'Gevinst Tiltak'!$B$2" },
        { kind: "defineName", name: "Gevinst_Brutto", refersTo: "'Gevinst Tiltak'!$B$3" },
      ]);

      const { names } = await port.describe();
      expect(names).toEqual(
        expect.arrayContaining([
          { name: "Gevinst_Gap", refersTo: "'Gevinst Tiltak'!$B$2" },
          { name: "Gevinst_Brutto", refersTo: "'Gevinst Tiltak'!$B$3" },
        ]),
      );
      expect(names).toHaveLength(2);
    });

    it("refuses a change outside Gevinst sheets and changes nothing", async () => {
      const apply = port.apply([
        {
          kind: "writeCells",
          sheet: "Gevinst Tiltak",
          at: { row: 0, col: 0 },
          cells: [[{ kind: "value", value: "x" }]],
        },
        {
          kind: "writeCells",
          sheet: "Budsjett",
          at: { row: 0, col: 0 },
          cells: [[{ kind: "value", value: "x" }]],
        },
      ]);

      await expect(apply).rejects.toThrow("Gevinst skriver aldri utenfor Gevinst-ark");
      expect(cell("Gevinst Tiltak", "A1").value).toBe("Tiltak");
      expect(cell("Budsjett", "A1").value).toBe("Budsjett 2027");
    });

    it("refuses to write to a protected sheet until it is unprotected", async () => {
      const write = {
        kind: "writeCells" as const,
        sheet: "Gevinst Låst",
        at: { row: 0, col: 0 },
        cells: [[{ kind: "value" as const, value: "ny" }]],
      };

      const refused: unknown = await port.apply([write]).catch((e: unknown) => e);
      await port.apply([
        { kind: "unprotectSheet", sheet: "Gevinst Låst" },
        write,
        { kind: "protectSheet", sheet: "Gevinst Låst" },
      ]);

      expect(isWorkbookError(refused) && refused.reason).toBe("sheet-protected");
      expect(cell("Gevinst Låst", "A1").value).toBe("ny");
      expect(
        (await port.describe()).sheets.find((s) => s.name === "Gevinst Låst")?.isProtected,
      ).toBe(true);
    });

    it("round-trips number formats", async () => {
      await port.apply([
        {
          kind: "formatRange",
          sheet: "Gevinst Tiltak",
          range: { row: 1, col: 1, rows: 1, cols: 1 },
          style: { numberFormat: "# ##0", bold: true },
        },
      ]);

      const [grid] = await port.readSheets(["Gevinst Tiltak"], { numberFormats: true });
      expect(cell("Gevinst Tiltak", "B2").numberFormat).toBe("# ##0");
      expect(grid?.numberFormats?.[1]?.[1]).toBe("# ##0");
    });
  });
}
