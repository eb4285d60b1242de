import { MemoryWorkbook } from "../../src/adapters/memory";
import { buildWorkbookReport } from "../../src/app/build-report";
import { DemoSession } from "../../src/demo/demo-session";
import { loadSampleWithMeasures } from "../../src/demo/load-sample";
import { sampleBudgetSeed } from "../../src/demo/sample-budget";

describe("loadSampleWithMeasures", () => {
  it("loads the sample portfolio into the sample budget with no errors and the hand-worked totals", async () => {
    const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), null);

    await loadSampleWithMeasures(session, new Date("2026-11-26T12:00:00Z"));
    const report = await buildWorkbookReport(session.port);

    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    // Counted: T1 (vedtatt), T2 and T3 (prioritert); T4 is foreslatt, T5 avbrutt.
    // 2027: T1 600 000 × 0.5 × 0.8 = 240 000 uttak − (250 000 + 60 000) cost = −70 000;
    //       T2 is time (omdisponering): no uttak, cost 150 000 + 40 000 = −190 000;
    //       T3 450 000 × 0.5 × 0.7 × 0.9 = 141 750 uttak − 100 000 = 41 750.  Sum −218 250.
    const y2027 = report.totals.years["2027"];
    expect(y2027?.budgetNet).toBeCloseTo(-218_250, 2);
    expect(report.balance["2027"]?.gap).toBeCloseTo(1_500_000 + 218_250, 2);
    // 2028: T1 480 000 − 60 000; T2 −40 000; T3 450 000 × 0.7 × 0.9 = 283 500.  Sum 663 500.
    expect(report.totals.years["2028"]?.budgetNet).toBeCloseTo(663_500, 2);
    // Freed capacity 2028: T2 1 200 h × 1 × 0.7 = 840 hours.
    expect(report.totals.years["2028"]?.freedHours).toBeCloseTo(840, 6);
  });
});

describe("DemoSession.edited (the workbench asks before replacing an edited workbook)", () => {
  it("is false for a fresh budget and after the sample, true after an edit, false after a replace", async () => {
    const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), null);
    expect(session.edited).toBe(false);
    await loadSampleWithMeasures(session, new Date("2026-11-26T12:00:00Z"));
    expect(session.edited).toBe(false);
    expect(session.gevinstSheets().length).toBeGreaterThan(3);

    const first = session.workbook.sheets[0]?.name ?? "";
    session.workbook.typeCell(first, "A1", "endret");
    expect(session.edited).toBe(true);

    session.replace(MemoryWorkbook.fromSeed(sampleBudgetSeed()));
    expect(session.edited).toBe(false);
    expect(session.gevinstSheets()).toEqual([]);
  });
});

describe("DemoSession.gevinstSheets (what the replace dialog names)", () => {
  it("names the Gevinst sheets the user sees, never the hidden config sheet", async () => {
    const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), null);
    await loadSampleWithMeasures(session, new Date("2026-11-26T12:00:00Z"));
    const hidden = session.workbook.sheets.filter((s) => s.visibility !== "visible");
    // The sample stores its budget mapping there: the case the dialog must not name.
    expect(hidden.map((s) => s.name)).toContain("Gevinst_Config");

    const named = session.gevinstSheets();

    expect(named).not.toContain("Gevinst_Config");
    expect(named).toEqual(
      session.workbook.sheets
        .filter((s) => s.visibility === "visible" && s.name.startsWith("Gevinst"))
        .map((s) => s.name),
    );
    expect(named).toEqual(expect.arrayContaining(["Gevinst Årshjul", "Gevinst A3 Kommunen"]));
  });
});
