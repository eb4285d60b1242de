import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { readGevinstSheets } from "../../../src/core/sheets/read-workbook";
import type { SheetGrid } from "../../../src/core/workbook/workbook-port";
import { MAPPING, NOW, USER, budgetWorkbook, findCell, handMadePortfolio } from "./sheets-fixture";

const SHEET = "Gevinst DD Hjemmetjenesten";

async function importedGrids() {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, handMadePortfolio(), { now: NOW, user: USER, mapping: MAPPING });
  const names = workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Gevinst"));
  return { workbook, grids: await workbook.readSheets(names, { formulas: true }) };
}

function editGrid(grids: SheetGrid[], edit: (values: SheetGrid["values"]) => void): SheetGrid[] {
  return grids.map((grid) => {
    if (grid.name !== SHEET) return grid;
    const values = grid.values.map((row) => [...row]);
    edit(values);
    return { ...grid, values };
  });
}

describe("reading the deep-dive sheets back", () => {
  it("reports text typed in a number cell at its cell and keeps the text", async () => {
    const { workbook } = await importedGrids();
    const cell = findCell(workbook, SHEET, "T1-G1", "Årlig effekt (kr eller timer)");
    workbook.typeCell(SHEET, cell, "ca 800 000");

    const { portfolio, issues } = await readPortfolio(workbook);

    const benefit = portfolio.measures[0]?.benefits[0];
    expect(benefit?.annual).toBe(0);
    expect(benefit?.invalid).toEqual({ annual: "ca 800 000" });
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "BAD_VALUE",
        sheet: SHEET,
        cell,
        measure: "T1",
        benefit: "T1-G1",
      }),
    );
    expect(issues.filter((i) => i.code === "BAD_VALUE" && i.benefit === "T1-G1")).toHaveLength(1);
  });

  it("never overwrites the text on refresh", async () => {
    const { workbook } = await importedGrids();
    const cell = findCell(workbook, SHEET, "T1-G1", "Årlig effekt (kr eller timer)");
    workbook.typeCell(SHEET, cell, "ca 800 000");

    await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping: MAPPING });

    expect(workbook.cell(SHEET, cell).value).toBe("ca 800 000");
  });

  it("reads the same measures with a blank row inserted inside a section", async () => {
    const { grids } = await importedGrids();
    const expected = readGevinstSheets(grids).portfolio.measures;
    const firstMeasureRow =
      grids.find((g) => g.name === SHEET)?.values.findIndex((row) => row[0] === "T1") ?? -1;

    const edited = editGrid(grids, (values) => values.splice(firstMeasureRow + 1, 0, []));

    expect(readGevinstSheets(edited).portfolio.measures).toEqual(expected);
  });

  it("reads the same measures with an optional column deleted and an extra column added", async () => {
    const { grids } = await importedGrids();
    const expected = readGevinstSheets(grids).portfolio.measures;
    const headerRow =
      grids.find((g) => g.name === SHEET)?.values.findIndex((row) => row[5] === "Beskrivelse") ??
      -1;

    const edited = editGrid(grids, (values) => {
      // «Beskrivelse» deleted from the measures' section (cells shift left, as in Excel) …
      for (let r = headerRow; r < values.length && values[r]?.[0] !== "Gevinster"; r++)
        values[r]?.splice(5, 1);
      // … and a column of notes added in front of every row.
      values.forEach((row, r) => row.unshift(r === headerRow ? "Merknad" : null));
    });
    const read = readGevinstSheets(edited);

    expect(read.portfolio.measures).toEqual(expected);
  });

  it("gives SHEET_DAMAGED when a section's title is gone", async () => {
    const { grids } = await importedGrids();

    const edited = editGrid(grids, (values) => {
      const row = values.find((r) => r[0] === "Indikatorer");
      if (row) row[0] = "Noe annet";
    });

    expect(readGevinstSheets(edited).issues).toContainEqual(
      expect.objectContaining({ code: "SHEET_DAMAGED", sheet: SHEET }),
    );
  });
});

describe("renaming a deep-dive", () => {
  it("renames its sheet and keeps the totals pointing at it", async () => {
    const { workbook } = await importedGrids();
    const renamed = handMadePortfolio();
    renamed.deepDives = [
      {
        ...(renamed.deepDives[0] as (typeof renamed.deepDives)[0]),
        name: "Hjemmebaserte tjenester",
      },
    ];
    renamed.measures = [];

    const result = await importPortfolio(workbook, renamed, {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    expect(result.sheetsRenamed[0]).toEqual({ from: SHEET, to: "Gevinst DD Hjemmebaserte tjenes" });
    expect(result.sheetsRenamed).toContainEqual({
      from: "Gevinst A3 K2 Hjemmetjenesten",
      to: "Gevinst A3 K2 Hjemmebaserte tje",
    });
    expect(workbook.sheet(SHEET)).toBeUndefined();
    expect(workbook.cell("Gevinst Sammendrag", "B5").formula).toContain(
      "'Gevinst DD Hjemmebaserte tjenes'!",
    );
    expect((await readPortfolio(workbook)).portfolio.measures.map((m) => m.id)).toEqual([
      "T1",
      "T2",
      "T3",
      "T4",
    ]);
  });
});
