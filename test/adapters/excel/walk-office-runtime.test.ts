/**
 * The budget officer's walk — connect → set up → import → edit — through the Office.js port on the
 * simulator, with every request also built by Microsoft's Office.js runtime: after each write
 * use-case the port's `watch` says so exactly once (Excel's own onChanged echo of the write is
 * dropped), and reading as the pane does then shows the new state.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelWorkbook } from "../../../src/adapters/excel";
import { loadBudgetOfficerData } from "../../../src/app/budget-officer";
import { confirmBudgetMapping, connectBudget } from "../../../src/app/connect-budget";
import { addDeepDive, applyPortfolioEdit } from "../../../src/app/edit-portfolio";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { readPortfolioJson } from "../../../src/core/portfolio-json";
import type { WorkbookChangeSource } from "../../../src/core/workbook/workbook-port";
import { sampleBudgetSeed } from "../../../src/demo/sample-budget";
import { createExcelSimulator } from "../../support/excel-simulator";
import { messageText } from "../../../src/app/messages";

const SETTLE = 20;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const action = { now: new Date(Date.UTC(2026, 9, 1, 12)), user: "Test" };

describe.each([
  ["an Excel that marks its own events (ExcelApi 1.14)", true],
  ["an older Excel", false],
])("the walk through the Office.js runtime in %s", (_name, triggerSource) => {
  it("tells once after each write use-case, and a re-read then shows its result", async () => {
    const sim = createExcelSimulator(sampleBudgetSeed(), { officeRuntime: true });
    sim.host.events.triggerSource = triggerSource;
    const port = createExcelWorkbook(sim.run, {
      isSetSupported: () => true,
      events: sim.run as unknown as typeof Excel.run,
      settleMs: SETTLE,
      ownWriteGraceMs: 100,
    });
    if (!port.watch) throw new Error("The Office.js port has no watch.");
    const heard: WorkbookChangeSource[] = [];
    const stop = port.watch((source) => heard.push(source));
    const step = async (write: () => Promise<unknown>) => {
      heard.length = 0;
      await write();
      await wait(SETTLE * 8);
      return [...heard];
    };
    const text = readFileSync(join(__dirname, "../../../src/demo/sample-portfolio.json"), "utf8");
    const { portfolio: sample } = readPortfolioJson(text, { validate: false });
    if (!sample) throw new Error("The sample portfolio does not read.");
    const found = await connectBudget(port);
    if (found.status !== "found") throw new Error(messageText(found));
    const mapping = found.mapping;

    expect(await step(() => confirmBudgetMapping(port, mapping))).toEqual(["own"]);
    const connected = await loadBudgetOfficerData(port);
    expect(connected.budget.status).toBe("loaded");
    expect(connected.sheets).toBeNull();

    expect(await step(() => setUpGevinstSheets(port, { ...action, mapping }))).toEqual(["own"]);
    expect((await loadBudgetOfficerData(port)).sheets?.portfolio.measures).toEqual([]);

    expect(await step(() => importPortfolio(port, sample, { ...action, mapping }))).toEqual([
      "own",
    ]);
    const imported = await loadBudgetOfficerData(port);
    expect(imported.sheets?.portfolio.measures).toHaveLength(sample.measures.length);

    const edit = (p: typeof sample) => addDeepDive(p, { name: "Rus og psykiatri" }).portfolio;
    expect(await step(() => applyPortfolioEdit(port, edit, { ...action, mapping }))).toEqual([
      "own",
    ]);
    const edited = await loadBudgetOfficerData(port);
    expect(edited.sheets?.portfolio.deepDives.map((d) => d.name)).toContain("Rus og psykiatri");
    // Excel raised onChanged for every write; none of them came back as a change by others.
    expect(sim.host.events.raised.filter((e) => e.kind === "changed").length).toBeGreaterThan(3);
    stop();
  });
});
