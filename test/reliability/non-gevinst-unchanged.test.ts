/**
 * Guarantee 1: nothing outside the Gevinst sheets changes. Every use-case, on every fixture budget
 * workbook, through the memory adapter, the Office.js adapter (simulator) and the exceljs .xlsx
 * adapter (test/support/xlsx-adapter), with the shared guard (test/support/workbook-guard.ts)
 * checked after each step.
 */
import { buildWorkbookReport } from "../../src/app/build-report";
import { confirmBudgetMapping, connectBudget, loadBudget } from "../../src/app/connect-budget";
import { importPortfolio } from "../../src/app/import-portfolio";
import { readPortfolio } from "../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import { saveXlsx } from "../support/xlsx-adapter";
import { BUDGET_WORKBOOKS } from "../support/budget-workbooks";
import {
  expectNonGevinstUnchanged,
  guardDifferences,
  snapshotMemory,
  snapshotXlsx,
} from "../support/workbook-guard";
import { withUserExtras, portfolioFor } from "./support/fixture-portfolio";
import { excelHost, makeHost, memoryHost, xlsxHost, type HostKind } from "./support/hosts";
import { messageText } from "../../src/app/messages";

const NOW = new Date("2026-10-01T08:00:00Z");
const USER = "Budsjettsjef";
const HOSTS: HostKind[] = ["memory", "excel", "xlsx"];

const cases = Object.entries(BUDGET_WORKBOOKS).flatMap(([name, make]) =>
  HOSTS.map((kind) => [name, kind, make] as const),
);

describe("nothing outside the Gevinst sheets changes", () => {
  it.each(cases)(
    "holds for every use-case on «%s» through the %s adapter",
    async (_, kind, make) => {
      const fixture = make();
      const host = await makeHost(kind, withUserExtras(fixture.seed));
      const before = await host.snapshot();
      const steps: string[] = [];
      const check = async (step: string) => {
        steps.push(step);
        expect({ steps, differences: guardDifferences(before, await host.snapshot()) }).toEqual({
          steps,
          differences: [],
        });
      };

      const proposal = await connectBudget(host.port);
      await check("connect");
      if (proposal.status !== "found") throw new Error(`no budget found: ${messageText(proposal)}`);
      await confirmBudgetMapping(host.port, proposal.mapping);
      await check("confirm");
      const loaded = await loadBudget(host.port);
      await check("load");
      if (loaded.status !== "loaded") throw new Error("budget not loaded");
      const mapping = loaded.mapping;
      const options = { now: NOW, user: USER, mapping };
      await setUpGevinstSheets(host.port, options);
      await check("set up");
      await importPortfolio(host.port, portfolioFor(fixture, mapping.budgetYear), options);
      await check("import");
      await refreshGevinstSheets(host.port, options);
      await check("refresh");
      const read = await readPortfolio(host.port, { budget: loaded.index });
      await check("read");
      const report = await buildWorkbookReport(host.port);
      await check("report");

      expect(read.portfolio.measures.map((m) => m.id)).toEqual(["T1", "T2", "T3"]);
      expect(report.issues.filter((i) => i.code === "LINK_NOT_FOUND")).toEqual([]);
      expect(host.sheetNames()).toContain("Gevinst_Config");
    },
  );

  it("holds across a save and re-open of the .xlsx file", async () => {
    const fixture =
      BUDGET_WORKBOOKS[
        "ERP export with title rows, merged title, subtotals and a repeated header"
      ]!();
    const host = await xlsxHost(withUserExtras(fixture.seed));
    const before = await host.snapshot();
    const proposal = await connectBudget(host.port);
    if (proposal.status !== "found") throw new Error(messageText(proposal));
    await confirmBudgetMapping(host.port, proposal.mapping);
    const options = { now: NOW, user: USER, mapping: proposal.mapping };
    await importPortfolio(host.port, portfolioFor(fixture, proposal.mapping.budgetYear), options);

    const after = await snapshotXlsx(await saveXlsx(host.book));

    expect(Object.keys(after.sheets[0]?.cells ?? {}).length).toBeGreaterThan(500);
    expectNonGevinstUnchanged(before, after);
  });

  it("notices a change outside the Gevinst sheets (the guard itself can fail)", async () => {
    const host = memoryHost(withUserExtras(BUDGET_WORKBOOKS["amounts in 1 000 kr"]!().seed));
    const before = snapshotMemory(host.workbook);

    host.workbook.requireSheet("Notater").visibility = "visible";
    host.workbook.cell("Notater", "B2").numberFormat = "0%";
    host.type("Notater", "A1", "endret");

    expect(guardDifferences(before, snapshotMemory(host.workbook))).toEqual([
      "Notater: visibility hidden → visible",
      'Notater!A1: {"value":"Notat","formula":null,"numberFormat":null,"style":""} → {"value":"endret","formula":null,"numberFormat":null,"style":""}',
      'Notater!B2: {"value":0.25,"formula":null,"numberFormat":null,"style":""} → {"value":0.25,"formula":null,"numberFormat":"0%","style":""}',
    ]);
  });

  it("notices a changed cell, number format or name in the simulator and in an .xlsx file", async () => {
    const seed = withUserExtras(BUDGET_WORKBOOKS["amounts in 1 000 kr"]!().seed);
    const excel = excelHost(seed);
    const xlsx = await xlsxHost(seed);
    const beforeExcel = await excel.snapshot();
    const beforeXlsx = await xlsx.snapshot();

    excel.type("Notater", "A1", "=1+2");
    excel.sim.sheet("Notater").cells.get("1,1")!.numberFormat = "0%";
    excel.sim.state.names.push({ name: "Nytt", formula: "=Notater!$A$1" });
    xlsx.book.requireSheet("Notater").getCell("B2").numFmt = "0%";
    xlsx.type("Notater", "A1", "endret");

    expect(guardDifferences(beforeExcel, await excel.snapshot())).toEqual([
      'Notater!A1: {"value":"Notat","formula":null,"numberFormat":null,"style":""} → {"value":null,"formula":"=1+2","numberFormat":null,"style":""}',
      'Notater!B2: {"value":0.25,"formula":null,"numberFormat":null,"style":""} → {"value":0.25,"formula":null,"numberFormat":"0%","style":""}',
      "names: Mitt_navn=Notater!$A$2 → Mitt_navn=Notater!$A$2 Nytt=Notater!$A$1",
    ]);
    expect(guardDifferences(beforeXlsx, await xlsx.snapshot()).map((d) => d.split(":")[0])).toEqual(
      ["Notater!A1", "Notater!B2"],
    );
  });
});
