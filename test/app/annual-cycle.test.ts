/**
 * The pane's «A3-ark dette kvartalet»: the A3 sheets a real workbook has (spec §11), per quarter.
 * The names come from the planner itself, so the test follows the sheets that really exist.
 */
import { a3SheetsFor } from "../../src/app/annual-cycle";
import { importPortfolio } from "../../src/app/import-portfolio";
import { confirmBudgetMapping } from "../../src/app/connect-budget";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { createBudgetIndex } from "../../src/core/budget/budget-index";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import { settingsRows } from "../../src/core/sheets/settings/render-settings";
import { toA1 } from "../../src/core/workbook/address";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets/sheets-fixture";

describe("a3SheetsFor", () => {
  it("lists each quarter's A3 sheets as the workbook has them, and only A3 sheets", async () => {
    const workbook = budgetWorkbook();
    await confirmBudgetMapping(workbook, MAPPING);
    const budget = createBudgetIndex(
      readBudgetLines(MAPPING, await workbook.readSheets(["Budsjett"])).lines,
    );
    // DD1 has T1 prioritert and T2 vedtatt (K2, K3, K4); DD2 has T3 foreslatt (K2, K3).
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    workbook.typeCell(
      "Gevinst Innstillinger",
      toA1({ row: settingsRows().a3Units as number, col: 1 }),
      "3100, funksjon 254",
    );
    await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping: MAPPING, budget });
    const names = workbook.sheets.map((s) => s.name);

    expect(a3SheetsFor(1, names)).toEqual(["Gevinst A3 Kommunen"]);
    expect(a3SheetsFor(2, names)).toEqual([
      "Gevinst A3 K2 Hjemmetjenesten",
      "Gevinst A3 K2 Barnehage- bemann",
    ]);
    expect(a3SheetsFor(3, names)).toEqual([
      "Gevinst A3 K3 Hjemmetjenesten",
      "Gevinst A3 K3 Barnehage- bemann",
      "Gevinst A3 Kommunen",
    ]);
    expect(a3SheetsFor(4, names)).toEqual([
      "Gevinst A3 Kommunen",
      "Gevinst A3 K4 Hjemmetjenesten",
      "Gevinst A3 Enhet 3100",
      "Gevinst A3 Tjeneste 254",
    ]);
    // Every sheet listed exists, and every A3 sheet is listed in some quarter.
    const listed = new Set(([1, 2, 3, 4] as const).flatMap((q) => a3SheetsFor(q, names)));
    expect([...listed].every((n) => names.includes(n))).toBe(true);
    expect(names.filter((n) => n.startsWith("Gevinst A3 ")).every((n) => listed.has(n))).toBe(true);
  });

  it("lists nothing for a workbook without Gevinst sheets", () => {
    expect(([1, 2, 3, 4] as const).map((q) => a3SheetsFor(q, ["Budsjett"]))).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});
