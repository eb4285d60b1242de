/**
 * «Oppdater gevinstark» after someone typed a new name into a deep-dive's «Navn» cell on its
 * sheet: the sheet takes the new name (made safe by Excel's sheet-name rules), keeps every input,
 * and the formulas on the other Gevinst sheets follow it.
 */
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import { SHEET_REGISTER, SHEET_SUMMARY } from "../../../src/core/sheets/shared/sheet-names";
import { toA1 } from "../../../src/core/workbook/address";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets-fixture";

const SHEET = "Gevinst DD Hjemmetjenesten";
const OPTIONS = { now: NOW, user: USER, mapping: MAPPING };

async function imported(): Promise<MemoryWorkbook> {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, handMadePortfolio(), OPTIONS);
  return workbook;
}

/** The A1 address of the input cell beside the label «Navn» in column A. */
function nameCell(workbook: MemoryWorkbook, sheet: string): string {
  for (const [key, cell] of workbook.requireSheet(sheet).cells) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    if (col === 0 && cell.value === "Navn") return toA1({ row, col: 1 });
  }
  throw new Error(`no «Navn» on ${sheet}`);
}

/** Every formula on the sheet. */
function formulas(workbook: MemoryWorkbook, sheet: string): string[] {
  return [...workbook.requireSheet(sheet).cells.values()].flatMap((c) =>
    c.formula ? [c.formula] : [],
  );
}

describe("refreshing after a deep-dive's name was typed on its sheet", () => {
  // «Gevinst DD Omsorg/natt [sone 2] og helg»: «/» becomes «-», «[ ]» spaces (collapsed), and the
  // name is cut to Excel's 31 characters.
  const NEW_NAME = "Omsorg/natt [sone 2] og helg";
  const NEW_SHEET = "Gevinst DD Omsorg-natt sone 2 o";

  it("renames the sheet to the new name made safe, keeps every input and moves the formulas", async () => {
    const workbook = await imported();
    workbook.typeCell(SHEET, nameCell(workbook, SHEET), NEW_NAME);
    const typed = await readPortfolio(workbook);

    const result = await refreshGevinstSheets(workbook, OPTIONS);
    const after = await readPortfolio(workbook);

    // The deep-dive's A3 sheets follow its data sheet.
    expect(result.sheetsRenamed).toEqual([
      { from: SHEET, to: NEW_SHEET },
      ...["K2", "K3", "K4"].map((q) => ({
        from: `Gevinst A3 ${q} Hjemmetjenesten`,
        to: `Gevinst A3 ${q} Omsorg-natt sone`,
      })),
      // And its gevinstkart (spec §16).
      { from: "Gevinst Kart Hjemmetjenesten", to: "Gevinst Kart Omsorg-natt sone 2" },
    ]);
    expect(workbook.sheet(SHEET)).toBeUndefined();
    expect(workbook.cell(NEW_SHEET, nameCell(workbook, NEW_SHEET)).value).toBe(NEW_NAME);
    expect(workbook.cell(NEW_SHEET, "A1").value).toBe(`Dypdykk: ${NEW_NAME}`);
    expect(after.portfolio).toEqual(typed.portfolio);
    expect(after.portfolio.deepDives.find((d) => d.id === "DD1")?.name).toBe(NEW_NAME);
    expect(after.portfolio.measures.map((m) => m.id)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(workbook.cell(SHEET_SUMMARY, "B5").formula).toContain(`'${NEW_SHEET}'!`);
    expect(formulas(workbook, SHEET_REGISTER).some((f) => f.includes(`'${NEW_SHEET}'!`))).toBe(
      true,
    );
    for (const sheet of workbook.sheets.filter((s) => s.name.startsWith("Gevinst")))
      expect(formulas(workbook, sheet.name).filter((f) => f.includes(SHEET))).toEqual([]);
  });

  it("renames nothing on a second refresh", async () => {
    const workbook = await imported();
    workbook.typeCell(SHEET, nameCell(workbook, SHEET), NEW_NAME);
    await refreshGevinstSheets(workbook, OPTIONS);

    const again = await refreshGevinstSheets(workbook, OPTIONS);

    expect(again.sheetsRenamed).toEqual([]);
    expect(again.cellsWritten).toBe(0);
  });

  it("keeps a sheet tab the user renamed while the deep-dive's name stayed the same", async () => {
    const workbook = await imported();
    await workbook.apply([{ kind: "renameSheet", from: SHEET, to: "Gevinst DD Hjemme" }]);

    const result = await refreshGevinstSheets(workbook, OPTIONS);

    expect(result.sheetsRenamed).toEqual([]);
    expect(workbook.sheet("Gevinst DD Hjemme")).toBeTruthy();
  });
});
