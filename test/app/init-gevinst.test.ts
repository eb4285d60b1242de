/**
 * initGevinst (`gevinst init`): find or map the budget, store the mapping, add the sheets and the
 * A3 per unit in one describe(), one readSheets() and one apply() — and leave the workbook as the
 * pane's steps one button at a time (connect, confirm, set up) leave it.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { confirmBudgetMapping, connectBudget, loadBudget } from "../../src/app/connect-budget";
import { initGevinst } from "../../src/app/init-gevinst";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import { parseConfig } from "../../src/core/config/config-sheet";
import { CONFIG_SHEET } from "../../src/core/config/config.types";
import { a3UnitsCell } from "../../src/core/sheets/settings/parse-settings";
import { SHEET_SETTINGS } from "../../src/core/sheets/shared/sheet-names";
import { MAPPING, NOW, USER, budgetWorkbook } from "./sheets/sheets-fixture";

const context = { now: NOW, user: USER };

async function settingsUnits(workbook: MemoryWorkbook) {
  const [grid] = await workbook.readSheets([SHEET_SETTINGS]);
  return a3UnitsCell(grid);
}

async function storedMapping(workbook: MemoryWorkbook) {
  const [grid] = await workbook.readSheets([CONFIG_SHEET]);
  return parseConfig(grid?.values ?? []).config.budgetMapping;
}

describe("initGevinst", () => {
  it("detects, stores the mapping and adds the sheets and unit A3s in one read and one write", async () => {
    const workbook = budgetWorkbook();

    const result = await initGevinst(workbook, {
      ...context,
      a3Units: [
        { dimension: "ansvar", code: "3100" },
        { dimension: "funksjon", code: "201" },
      ],
    });

    expect(workbook.calls).toEqual({ describe: 1, read: 1, apply: 1 });
    expect(result.status).toBe("done");
    if (result.status !== "done") return;
    // MAPPING leaves the year columns out; the detector reads them from the header.
    const { sheet, headerRow, keyColumns, planColumns } = MAPPING.sources[0]!;
    expect(result.mapping).toMatchObject({
      budgetYear: 2027,
      sources: [{ sheet, headerRow, keyColumns, planColumns }],
    });
    expect(result.a3Sheets.map((a) => a.sheet)).toEqual([
      "Gevinst A3 Enhet 3100",
      "Gevinst A3 Tjeneste 201",
    ]);
    expect(workbook.sheet("Gevinst A3 Enhet 3100")?.cells.get("0,0")?.value).toBe(
      "Resultatenhet: 3100",
    );
    expect(workbook.sheet("Gevinst A3 Tjeneste 201")?.cells.get("0,0")?.value).toBe(
      "Tjenesteområde: 201",
    );
    expect(await settingsUnits(workbook)).toBe("3100, funksjon 201");
    expect(await storedMapping(workbook)).toEqual(result.mapping);
    // The next open reads the budget through the stored mapping and the names it wrote.
    const loaded = await loadBudget(workbook);
    expect(loaded.status === "loaded" && loaded.index.lines.length).toBe(6);
    expect(result.budget?.lines).toHaveLength(6);
  });

  it("hands the budget's lines back only when asked or needed for unit A3s", async () => {
    const plain = await initGevinst(budgetWorkbook(), context);
    const asked = await initGevinst(budgetWorkbook(), { ...context, withBudget: true });

    // A plain init holds no index of a large budget while the command line saves the file.
    expect(plain.status === "done" && plain.budget).toBeUndefined();
    const key = { ansvar: "3100", art: "10300", funksjon: "254" };
    expect(asked.status === "done" && asked.budget?.findLines(key)[0]?.amounts[0]).toBe(5_000_000);
  });

  it("leaves the workbook as the pane's connect, confirm and set-up leave it", async () => {
    const once = budgetWorkbook();
    const stepwise = budgetWorkbook();

    await initGevinst(once, context);
    const proposal = await connectBudget(stepwise);
    if (proposal.status !== "found") throw new Error("the fixture's budget is found");
    await confirmBudgetMapping(stepwise, proposal.mapping);
    await setUpGevinstSheets(stepwise, { mapping: proposal.mapping, ...context });

    expect(once.snapshot()).toEqual(stepwise.snapshot());
    expect([...once.names.values()]).toEqual([...stepwise.names.values()]);
    // The steps take two writes and more reads; init takes one of each.
    expect(stepwise.calls.apply).toBe(2);
    expect(once.calls).toEqual({ describe: 1, read: 1, apply: 1 });
  });

  it("maps the columns named by hand and says how it read them", async () => {
    const workbook = budgetWorkbook();

    const result = await initGevinst(workbook, {
      ...context,
      byHand: {
        headerRow: 0,
        keys: { ansvar: 0, art: 1, funksjon: 2 },
        years: [4, 5, 6, 7].map((col, i) => ({ col, year: 2027 + i })),
      },
      a3Units: [{ dimension: "ansvar", code: "4100" }],
    });

    expect(workbook.calls).toEqual({ describe: 1, read: 1, apply: 1 });
    if (result.status !== "done") throw new Error(result.status);
    expect(result.mapping.sources[0]?.manual).toEqual({
      headers: {
        0: "Ansvar",
        1: "Art",
        2: "Funksjon",
        4: "Budsjett 2027",
        5: "ØP 2028",
        6: "ØP 2029",
        7: "ØP 2030",
      },
    });
    expect(result.mapping.sources[0]?.planColumns).toEqual([4, 5, 6, 7]);
    expect(result.found).toMatchObject({ how: "hand", sheet: "Budsjett", headerRow: 0 });
    // Rows 6 and 7 share a key: seven rows, six lines.
    expect(result.found).toMatchObject({ lineCount: 6, rows: 7 });
    expect(result.found.lines.map((l) => l.key)).toContain("BUDGET_KEY_COLUMNS");
    expect(result.found.lines.map((l) => l.key)).not.toContain("BUDGET_FOUND_AT");
    expect(workbook.sheet("Gevinst A3 Enhet 4100")?.cells.get("0,0")?.value).toBe(
      "Resultatenhet: 4100",
    );
    expect(await storedMapping(workbook)).toEqual(result.mapping);
  });

  it("types the units into a settings sheet that is there already, in the same one write", async () => {
    const workbook = budgetWorkbook();
    await setUpGevinstSheets(workbook, { mapping: MAPPING, ...context });
    workbook.calls.apply = workbook.calls.read = workbook.calls.describe = 0;

    const result = await initGevinst(workbook, {
      ...context,
      a3Units: [{ dimension: "ansvar", code: "2100" }],
    });

    expect(result.status).toBe("done");
    expect(workbook.calls).toEqual({ describe: 1, read: 1, apply: 1 });
    expect(await settingsUnits(workbook)).toBe("2100");
    expect(workbook.sheet(SHEET_SETTINGS)?.isProtected).toBe(true);
    expect(workbook.sheet("Gevinst A3 Enhet 2100")?.cells.get("0,0")?.value).toBe(
      "Resultatenhet: 2100",
    );
  });

  it("runs again on a workbook it set up: the config is rewritten in place, still very hidden", async () => {
    const workbook = budgetWorkbook();
    const first = await initGevinst(workbook, context);
    workbook.calls.apply = workbook.calls.read = workbook.calls.describe = 0;

    const again = await initGevinst(workbook, {
      ...context,
      a3Units: [{ dimension: "ansvar", code: "1300" }],
    });

    expect(workbook.calls).toEqual({ describe: 1, read: 1, apply: 1 });
    expect(again.status === "done" && again.sheets.sheetsAdded).toEqual(["Gevinst A3 Enhet 1300"]);
    expect(await storedMapping(workbook)).toEqual(first.status === "done" && first.mapping);
    expect(workbook.sheets.filter((s) => s.name === CONFIG_SHEET)).toHaveLength(1);
    expect(workbook.sheet(CONFIG_SHEET)?.visibility).toBe("veryHidden");
  });

  it("refuses a unit the budget has no line for and writes nothing", async () => {
    const workbook = budgetWorkbook();

    const result = await initGevinst(workbook, {
      ...context,
      a3Units: [{ dimension: "ansvar", code: "9999" }],
    });

    expect(result).toEqual({
      status: "unit-not-in-budget",
      unit: { dimension: "ansvar", code: "9999" },
    });
    expect(workbook.calls.apply).toBe(0);
  });

  it("refuses a hand mapping without a key column, and one on a sheet that is not there", async () => {
    const workbook = budgetWorkbook();
    const byHand = { headerRow: 0, keys: {}, years: [{ col: 4, year: 2027 }] };

    const lacking = await initGevinst(workbook, { ...context, byHand });
    const elsewhere = await initGevinst(workbook, { ...context, sheet: "Drift", byHand });

    expect(lacking.status === "bad-mapping" && lacking.ref.key).toBe("MAPPING_LACKS");
    expect(elsewhere).toEqual({
      status: "bad-mapping",
      ref: { key: "SHEET_NOT_IN_WORKBOOK", params: { sheet: "Drift" } },
    });
    expect(workbook.calls.apply).toBe(0);
  });

  it("says what came nearest when no budget is found", async () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [
        {
          name: "Notater",
          rows: [
            ["Ansvar", "Tekst"],
            ["3100", "Ikke et budsjett"],
          ],
        },
      ],
    });

    const result = await initGevinst(workbook, context);

    expect(result.status === "not-found" && result.ref.key).toBe("BUDGET_NOT_DETECTED");
    expect(workbook.calls.apply).toBe(0);
  });
});
