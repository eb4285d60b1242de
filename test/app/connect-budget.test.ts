import { MemoryWorkbook } from "../../src/adapters/memory";
import type { WorkbookSeed } from "../../src/adapters/memory/workbook-seed";
import { confirmBudgetMapping, connectBudget, loadBudget } from "../../src/app/connect-budget";
import { CONFIG_SHEET } from "../../src/core/config/config.types";
import type { Issue } from "../../src/core/model/issue.types";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";
import { WorkbookError, isGevinstSheet } from "../../src/core/workbook/workbook-port";
import { BUDGET_WORKBOOKS, decoyOnly, erpExport } from "../support/budget-workbooks";
import { messageText } from "../../src/app/messages";
import { textOf } from "../support/text-of";
import type { MessageRef } from "../../src/core/model/issue.types";

const notGevinst = (name: string): boolean => !isGevinstSheet(name);

async function connectAndConfirm(workbook: MemoryWorkbook) {
  const result = await connectBudget(workbook);
  if (result.status !== "found") throw new Error(messageText(result));
  await confirmBudgetMapping(workbook, result.mapping);
  return result;
}

describe("connectBudget, confirmBudgetMapping and loadBudget on the memory adapter", () => {
  it.each(Object.entries(BUDGET_WORKBOOKS))(
    "leaves every cell outside the Gevinst sheets unchanged for %s",
    async (_name, make) => {
      const workbook = MemoryWorkbook.fromSeed(make().seed);
      const before = workbook.snapshot(notGevinst);

      await connectAndConfirm(workbook);
      await loadBudget(workbook);

      expect(workbook.snapshot(notGevinst)).toEqual(before);
      expect(workbook.sheets.filter((s) => isGevinstSheet(s.name)).map((s) => s.name)).toEqual([
        CONFIG_SHEET,
      ]);
    },
  );

  it("connects with one describe and one read, and writes nothing", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport().seed);

    const result = await connectBudget(workbook);

    expect(result.status).toBe("found");
    expect(workbook.calls).toEqual({ describe: 1, read: 1, apply: 0 });
  });

  it("stores the mapping in a very hidden config sheet with one apply", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport().seed);
    const result = await connectBudget(workbook);
    if (result.status !== "found") throw new Error(messageText(result));

    await confirmBudgetMapping(workbook, result.mapping);

    expect(workbook.calls.apply).toBe(1);
    expect(workbook.sheet(CONFIG_SHEET)?.visibility).toBe("veryHidden");
    expect(workbook.cell(CONFIG_SHEET, "A3").value).toBe("budgetMapping");
    expect(workbook.names.get("gevinst_budsjett_1")?.refersTo).toBe("'Budsjett 2027'!$A$4");
  });

  it("loads the confirmed budget in one read and indexes its lines", async () => {
    const { seed, lines } = erpExport(30);
    const workbook = MemoryWorkbook.fromSeed(seed);
    await connectAndConfirm(workbook);
    const reads = workbook.calls.read;

    const loaded = await loadBudget(workbook);

    if (loaded.status !== "loaded") throw new Error(messageText(loaded));
    expect(workbook.calls.read - reads).toBe(1);
    expect(loaded.lines).toHaveLength(30);
    expect(loaded.check).toMatchObject({ ok: true, remap: false });
    const first = lines[0];
    if (!first) throw new Error("no lines");
    expect(loaded.index.findLines(first)[0]?.amounts).toEqual(first.amounts);
  });

  it("says the budget is not connected before any mapping is confirmed", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport().seed);

    const loaded = await loadBudget(workbook);

    expect(loaded).toEqual({
      status: "not-connected",
      key: "NOT_CONNECTED",
      params: {},
      issues: [],
    });
  });

  it("notices a header that moved down a row, reads it there and asks to confirm again", async () => {
    const { seed } = erpExport(20);
    const first = MemoryWorkbook.fromSeed(seed);
    await connectAndConfirm(first);
    const [config] = await first.readSheets([CONFIG_SHEET]);
    const budget = seed.sheets[0];
    if (!budget || !config) throw new Error("seed");
    const moved: WorkbookSeed = {
      sheets: [
        { ...budget, rows: [["Ny tittelrad"], ...budget.rows] },
        { name: CONFIG_SHEET, rows: config.values, visibility: "veryHidden" },
      ],
      names: [...first.names.values()],
    };
    const workbook = MemoryWorkbook.fromSeed(moved);

    const loaded = await loadBudget(workbook);

    if (loaded.status !== "loaded") throw new Error(messageText(loaded));
    expect(loaded.check.remap).toBe(true);
    expect(textOf(loaded.check.refs[0])).toContain("har flyttet seg fra rad 4 til rad 5");
    expect(loaded.lines).toHaveLength(20);
  });

  it("follows a renamed budget sheet through its Gevinst name", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport(10).seed);
    await connectAndConfirm(workbook);
    // What Excel does on a rename: the sheet and every name that points at it change.
    const sheet = workbook.sheet("Budsjett 2027");
    if (!sheet) throw new Error("sheet");
    sheet.name = "Budsjett";
    workbook.names.set("gevinst_budsjett_1", {
      name: "Gevinst_Budsjett_1",
      refersTo: "Budsjett!$A$4",
    });

    const loaded = await loadBudget(workbook);

    if (loaded.status !== "loaded") throw new Error(messageText(loaded));
    expect(loaded.lines).toHaveLength(10);
    expect(textOf(loaded.issues[0])).toContain("«Budsjett 2027» heter nå «Budsjett»");
    // The catalogue says the same in bokmål, and the sheet names in every language.
    const issue = loaded.issues[0] as Issue;
    expect(issue.key).toBe("BUDGET_SHEET_RENAMED");
    expect(messageText(issue, "en")).toContain("«Budsjett 2027» is now called «Budsjett»");
  });

  it("reports a vanished budget sheet as an issue", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport(10).seed);
    await connectAndConfirm(workbook);
    workbook.sheets.splice(0, 1);
    workbook.names.clear();

    const loaded = await loadBudget(workbook);

    if (loaded.status !== "loaded") throw new Error(messageText(loaded));
    expect(loaded.lines).toEqual([]);
    expect(loaded.issues.map((i) => i.code)).toContain("BUDGET_NOT_FOUND");
    expect(loaded.check.remap).toBe(true);
  });

  it("says in Norwegian when there is no budget", async () => {
    const result = await connectBudget(MemoryWorkbook.fromSeed(decoyOnly().seed));

    expect(result.status).toBe("not-found");
    expect(textOf(result as MessageRef)).toEqual(expect.stringMatching(/^Fant ikke noe budsjett/));
  });

  it("turns a read the host refuses into a Norwegian message", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport().seed);
    const port: WorkbookPort = {
      capabilities: workbook.capabilities,
      describe: () => workbook.describe(),
      readSheets: () => Promise.reject(new WorkbookError("payload-too-large")),
      apply: (changes) => workbook.apply(changes),
    };

    const result = await connectBudget(port);

    expect(result.status).toBe("error");
    expect(textOf(result as MessageRef)).toEqual(
      expect.stringContaining("Budsjettet er for stort"),
    );
  });

  it("keeps other settings in the config sheet when the mapping is confirmed again", async () => {
    const workbook = MemoryWorkbook.fromSeed(erpExport(10).seed);
    const result = await connectAndConfirm(workbook);
    await workbook.apply([
      {
        kind: "writeCells",
        sheet: CONFIG_SHEET,
        at: { row: 3, col: 0 },
        cells: [
          [
            { kind: "value", value: "sheetNames" },
            { kind: "value", value: 'j:{"summary":"Gevinst Sammendrag"}' },
          ],
        ],
      },
    ]);

    await confirmBudgetMapping(workbook, result.mapping);
    const loaded = await loadBudget(workbook);

    if (loaded.status !== "loaded") throw new Error(messageText(loaded));
    expect(loaded.config.entries).toEqual({ sheetNames: { summary: "Gevinst Sammendrag" } });
  });
});
