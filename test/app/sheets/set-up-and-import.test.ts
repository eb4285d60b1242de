import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { FIXED_SHEETS } from "../../../src/core/sheets/shared/sheet-names";
import { isGevinstSheet } from "../../../src/core/workbook/workbook-port";
import { MAPPING, NOW, USER, budgetWorkbook, findCell, handMadePortfolio } from "./sheets-fixture";

const notGevinst = (name: string) => !isGevinstSheet(name);

describe("setUpGevinstSheets", () => {
  it("adds every fixed Gevinst sheet and the spec §9 names in one apply", async () => {
    const workbook = budgetWorkbook();

    const result = await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });

    expect(result.sheetsAdded).toEqual(expect.arrayContaining([...FIXED_SHEETS]));
    expect(workbook.calls.apply).toBe(1);
    expect(workbook.calls.read).toBeLessThanOrEqual(1);
    expect([...workbook.names.values()].map((n) => n.name).sort()).toEqual([
      "Gevinst_Brutto",
      "Gevinst_Forventet",
      "Gevinst_Gap",
      "Gevinst_Innsparingskrav",
      "Gevinst_Kostnad",
      "Gevinst_Netto",
      "Gevinst_Uttak",
    ]);
    expect(workbook.names.get("gevinst_netto")?.refersTo).toBe("'Gevinst Sammendrag'!$B$11:$E$11");
  });

  it("changes nothing when it runs a second time", async () => {
    const workbook = budgetWorkbook();
    await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });
    const before = workbook.snapshot();

    const again = await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });

    expect(again.cellsWritten).toBe(0);
    expect(workbook.calls.apply).toBe(1);
    expect(workbook.snapshot()).toEqual(before);
  });

  it("leaves every sheet that is not a Gevinst sheet exactly as it was", async () => {
    const workbook = budgetWorkbook();
    const before = workbook.snapshot(notGevinst);

    await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    expect(workbook.snapshot(notGevinst)).toEqual(before);
  });

  it("protects every Gevinst sheet and leaves input cells unlocked", async () => {
    const workbook = budgetWorkbook();

    await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });

    const settings = workbook.requireSheet("Gevinst Innstillinger");
    expect(settings.isProtected).toBe(true);
    expect(workbook.cell("Gevinst Innstillinger", "B5").style.locked).toBe(false);
    expect(workbook.cell("Gevinst Innstillinger", "B5").value).toBe(1695);
  });
});

describe("importPortfolio", () => {
  it("makes a sheet per deep-dive, with an Excel-safe name for «Barnehage: bemanning/vikar»", async () => {
    const workbook = budgetWorkbook();

    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    const names = workbook.sheets.map((s) => s.name);
    expect(names).toContain("Gevinst DD Hjemmetjenesten");
    // 37 characters cut to Excel's 31, with : and / made safe.
    expect(names).toContain("Gevinst DD Barnehage- bemanning");
  });

  it("reads back the portfolio it wrote", async () => {
    const workbook = budgetWorkbook();
    const portfolio = handMadePortfolio();

    await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
    const read = await readPortfolio(workbook);

    expect(read.portfolio.measures).toEqual(portfolio.measures);
    expect(read.portfolio.deepDives).toEqual(portfolio.deepDives);
    expect(read.portfolio.savingsTarget).toEqual(portfolio.savingsTarget);
    expect(read.portfolio.settings.hourlyCost).toBe(600);
    expect(read.portfolio.budgetYear).toBe(2027);
  });

  it("writes text that starts with = as text", async () => {
    const workbook = budgetWorkbook();

    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    const cell = workbook.cell("Gevinst DD Hjemmetjenesten", "B7");
    expect(cell.value).toBe("=Færre besøk");
    expect(cell.formula).toBeNull();
  });

  it("updates by id and duplicates nothing when the same portfolio is imported again", async () => {
    const workbook = budgetWorkbook();
    const portfolio = handMadePortfolio();
    await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
    const changed = handMadePortfolio();
    changed.measures = [
      { ...(changed.measures[0] as (typeof changed.measures)[0]), name: "Nytt navn" },
    ];
    changed.deepDives = [];

    await importPortfolio(workbook, changed, { now: NOW, user: USER, mapping: MAPPING });
    const read = await readPortfolio(workbook);

    expect(read.portfolio.measures.map((m) => m.id)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(read.portfolio.measures[0]?.name).toBe("Nytt navn");
    expect(read.portfolio.measures.slice(1)).toEqual(portfolio.measures.slice(1));
  });

  it("keeps what a line manager typed for measures not in the imported portfolio", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    const sheet = "Gevinst DD Hjemmetjenesten";
    const t2Status = findCell(workbook, sheet, "T2", "Status");
    workbook.requireSheet(sheet).isProtected = false;
    workbook.typeCell(sheet, t2Status, "Prioritert");
    const only = handMadePortfolio();
    only.measures = only.measures.filter((m) => m.id === "T1");

    await importPortfolio(workbook, only, { now: NOW, user: USER, mapping: MAPPING });

    expect(workbook.cell(sheet, t2Status).value).toBe("Prioritert");
  });

  it("appends one log line per action that changed something", async () => {
    const workbook = budgetWorkbook();

    await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });
    await setUpGevinstSheets(workbook, { mapping: MAPPING, now: NOW, user: USER });
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    expect(workbook.cell("Gevinst Logg", "B4").value).toBe(USER);
    expect(workbook.cell("Gevinst Logg", "C4").value).toBe("Opprettet gevinstark");
    expect(workbook.cell("Gevinst Logg", "C5").value).toBe("Importerte portefølje");
    expect(workbook.cell("Gevinst Logg", "C6").value).toBeNull();
  });
});

describe("refreshGevinstSheets", () => {
  it("writes no cell when the sheets are already up to date", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    const before = workbook.snapshot();

    const result = await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping: MAPPING });

    expect(result.cellsWritten).toBe(0);
    expect(workbook.snapshot()).toEqual(before);
  });
});
