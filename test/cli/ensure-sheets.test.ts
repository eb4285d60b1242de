/**
 * `ensureSheets`, the first step of `gevinst import`, opens the budget as the add-in does: an old
 * config is upgraded and a lost one rebuilt, and the command line prints what was done.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook, type WorkbookSeed } from "../../src/adapters/memory";
import { ensureSheets } from "../../src/cli/use-cases";
import { parseConfig } from "../../src/core/config/config-sheet";
import { CONFIG_SHEET } from "../../src/core/config/config.types";
import { SHEET_SETTINGS } from "../../src/core/sheets/shared/sheet-names";
import type { CellValue } from "../../src/core/workbook/workbook-port";
import { budgetWorkbook, MAPPING } from "../app/sheets/sheets-fixture";

async function budgetRows(): Promise<CellValue[][]> {
  const [grid] = await budgetWorkbook().readSheets(["Budsjett"]);
  return grid?.values ?? [];
}

function prototypeConfig(): CellValue[][] {
  const path = join(__dirname, "..", "fixtures", "config", "v0-prototype.json");
  return (JSON.parse(readFileSync(path, "utf8")) as { rows: CellValue[][] }).rows;
}

async function aWorkbook(extra: WorkbookSeed["sheets"]): Promise<MemoryWorkbook> {
  return MemoryWorkbook.fromSeed({
    sheets: [{ name: "Budsjett", rows: await budgetRows() }, ...extra],
  });
}

async function savedConfig(workbook: MemoryWorkbook) {
  const [grid] = await workbook.readSheets([CONFIG_SHEET]);
  return parseConfig(grid?.values ?? []);
}

describe("ensureSheets", () => {
  it("upgrades a config written by an older Gevinst and prints that it did", async () => {
    const workbook = await aWorkbook([
      { name: "Gevinst Oversikt", rows: [["Oversikt"]] },
      { name: CONFIG_SHEET, rows: prototypeConfig(), visibility: "veryHidden" },
    ]);

    const setup = await ensureSheets(workbook, {});
    const saved = await savedConfig(workbook);

    expect(setup.description).toEqual([
      "Innstillingene i Gevinst_Config var lagret av en eldre versjon av Gevinst (versjon 0) og er oppgradert.",
    ]);
    expect(saved.migratedFrom).toBeUndefined();
    expect(saved.config.budgetMapping).toEqual(MAPPING);
  });

  it("rebuilds a deleted config from the budget sheet in a workbook Gevinst had set up", async () => {
    const workbook = await aWorkbook([{ name: "Gevinst Oversikt", rows: [["Oversikt"]] }]);

    const setup = await ensureSheets(workbook, {});
    const saved = await savedConfig(workbook);

    expect(setup.description).toEqual([
      "Koblingen til budsjettet i Gevinst_Config manglet eller var skadet. Gevinst fant budsjettet på arket «Budsjett» på nytt (budsjettår 2027); kontroller koblingen under «Koble til budsjett».",
    ]);
    expect(saved.config.budgetMapping?.sources[0]?.sheet).toBe("Budsjett");
    expect(saved.config.budgetMapping?.budgetYear).toBe(2027);
  });

  it("initialises a workbook that was never connected and describes the budget it found", async () => {
    const workbook = await aWorkbook([]);

    const setup = await ensureSheets(workbook, {});

    expect(setup.description[0]).toBe("Budsjettet:");
    expect(setup.description.join("\n")).not.toMatch(/manglet eller var skadet|eldre versjon/);
    expect(workbook.sheet(SHEET_SETTINGS)).toBeTruthy();
  });

  it("hands the connected budget on, so import can store each linked line's budget row", async () => {
    const fresh = await aWorkbook([]);
    const connected = await aWorkbook([]);
    await ensureSheets(connected, {});

    const first = await ensureSheets(fresh, {});
    const again = await ensureSheets(connected, {});

    const key = { ansvar: "3100", art: "10300", funksjon: "254" };
    expect(first.budget?.findLines(key)[0]?.amounts[0]).toBe(5_000_000);
    expect(again.budget?.findLines(key)[0]?.amounts[0]).toBe(5_000_000);
  });
});
