import { MemoryWorkbook } from "../../../src/adapters/memory";
import { confirmBudgetMapping, connectBudget } from "../../../src/app/connect-budget";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { openBudget } from "../../../src/app/open-budget";
import { approveA3 } from "../../../src/app/record-approval";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { readRollSource, rollBudgetYear } from "../../../src/app/roll-budget-year";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { isGevinstSheet } from "../../../src/core/workbook/workbook-port";
import { toA1 } from "../../../src/core/workbook/address";
import { OVERVIEW_FIELDS_FIRST_ROW } from "../../../src/core/sheets/overview/render-overview";
import { settingsRows } from "../../../src/core/sheets/settings/render-settings";
import { SHEET_OVERVIEW, SHEET_SETTINGS } from "../../../src/core/sheets/shared/sheet-names";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "../sheets/sheets-fixture";
import { messageText } from "../../../src/app/messages";

/** Next year's budget: 2028–2031, the income line 2100/16000/201 is gone. */
function nextBudget(): MemoryWorkbook {
  return MemoryWorkbook.fromSeed({
    sheets: [
      {
        name: "Budsjett 2028",
        rows: [
          [
            "Ansvar",
            "Art",
            "Funksjon",
            "Regnskap 2026",
            "Budsjett 2028",
            "ØP 2029",
            "ØP 2030",
            "ØP 2031",
          ],
          ["3100", "10300", "254", 1, 5_150_000, 5_250_000, 5_350_000, 5_450_000],
          ["3100", "11500", "254", 1, 820_000, 820_000, 820_000, 820_000],
          ["1300", "12400", "120", 1, 410_000, 410_000, 410_000, 410_000],
          ["2100", "10100", "201", 1, 9_100_000, 9_100_000, 9_100_000, 9_100_000],
          ["4100", "10100", "265", 1, 5_000_000, 5_000_000, 5_000_000, 5_000_000],
        ],
      },
    ],
  });
}

async function oldWorkbook() {
  const portfolio = handMadePortfolio();
  portfolio.measures[0]!.benefits[0]!.realised = { "2027": 250_000, "2028": 500_000 };
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  return workbook;
}

async function connected(workbook: MemoryWorkbook, budgetYear: number) {
  const found = await connectBudget(workbook, { budgetYear });
  if (found.status !== "found") throw new Error("budsjettet ble ikke funnet");
  await confirmBudgetMapping(workbook, found.mapping);
  await setUpGevinstSheets(workbook, { mapping: found.mapping, now: NOW, user: USER });
  const opened = await openBudget(workbook);
  if (opened.status !== "loaded") throw new Error("budsjettet ble ikke lastet");
  return opened.index;
}

const LATER = new Date("2027-11-15T09:00:00Z");

describe("rollBudgetYear: last year's workbook onto next year's budget (spec §12)", () => {
  it("carries every measure, moves 2027 to the history and keeps 2028–2030 as they were", async () => {
    const old = await oldWorkbook();
    const before = await readPortfolio(old);
    const next = nextBudget();
    const untouched = next.snapshot((name) => !isGevinstSheet(name));
    const budget = await connected(next, 2028);

    const source = await readRollSource(old, "gevinst-2027.xlsx");
    const outcome = await rollBudgetYear(next, source, {
      now: LATER,
      user: "Budsjettrådgiver",
      budget,
    });
    const after = await readPortfolio(next);

    if (outcome.status !== "rolled") throw new Error(messageText(outcome));
    expect(after.portfolio.budgetYear).toBe(2028);
    const summary = (p: typeof after.portfolio) =>
      p.measures.map((m) => [m.id, m.status, m.owner, m.deepDive, m.benefits.map((b) => b.id)]);
    expect(summary(after.portfolio)).toEqual(summary(before.portfolio));
    expect(after.portfolio.measures[0]!.benefits[0]!.realised).toEqual({ "2028": 500_000 });
    expect(after.portfolio.measures[0]!.benefits[0]!.indicators).toEqual(
      before.portfolio.measures[0]!.benefits[0]!.indicators,
    );
    // The history sheet holds 2027 per measure, with T1's follow-up: 250 000 of 320 000 → avvik
    expect(after.portfolio.history?.map((h) => [h.year, h.measure])).toEqual([
      ["2027", "T1"],
      ["2027", "T2"],
      ["2027", "T3"],
      ["2027", "T4"],
    ]);
    expect(after.portfolio.history?.[0]).toMatchObject({
      expected: 320_000,
      realised: 250_000,
      deviation: -70_000,
      realisationStatus: "avvik",
    });
    // Every figure of 2028–2030 is what it was (the plan years only moved)
    const was = calculatePortfolio(before.portfolio);
    const is = calculatePortfolio(after.portfolio);
    for (const year of ["2028", "2029", "2030"])
      is.measures.forEach((m, i) =>
        expect(m.years[year]!.expected).toBeCloseTo(was.measures[i]!.years[year]!.expected, 2),
      );
    // The budget sheet of the new workbook is as the finance department left it
    expect(next.snapshot((name) => !isGevinstSheet(name))).toEqual(untouched);
  });

  it("reports what moved, what was archived and what needs a decision", async () => {
    const next = nextBudget();
    const budget = await connected(next, 2028);

    const outcome = await rollBudgetYear(
      next,
      await readRollSource(await oldWorkbook(), "gammel.xlsx"),
      {
        now: LATER,
        user: "Budsjettrådgiver",
        budget,
      },
    );

    if (outcome.status !== "rolled") throw new Error(messageText(outcome));
    const text = outcome.lines.join("\n").replace(/\u00a0/g, " ");
    expect(text).toContain(
      "Porteføljen er flyttet fra budsjettår 2027 til 2028 (økonomiplan 2028–2031).",
    );
    expect(text).toContain("2027 er lagt i «Gevinst Historikk» for 4 tiltak");
    expect(text).toContain(
      "T1 «Elektronisk medisineringsstøtte»: 250 000 kr av 320 000 kr forventet — avvik.",
    );
    // T3's income line 2100/16000/201 is gone from the new budget
    expect(text).toContain(
      "Tiltak T3, gevinst T3-G1: budsjettlinjen (ansvar 2100, art 16000, funksjon 201) finnes ikke i det nye budsjettet",
    );
    expect(text).toContain("Innsparingskravet for 2031 mangler (MISSING_SAVINGS_TARGET)");
    expect(outcome.issues.map((i) => i.code)).toContain("MISSING_SAVINGS_TARGET");
  });

  it("carries the kommune's texts and the unit A3s typed in the old workbook", async () => {
    const old = await oldWorkbook();
    await old.apply([
      { kind: "unprotectSheet", sheet: SHEET_OVERVIEW },
      {
        kind: "writeCells",
        sheet: SHEET_OVERVIEW,
        at: { row: OVERVIEW_FIELDS_FIRST_ROW, col: 1 },
        cells: [[{ kind: "value", value: "Flere eldre, færre ansatte." }]],
      },
      { kind: "unprotectSheet", sheet: SHEET_SETTINGS },
      {
        kind: "writeCells",
        sheet: SHEET_SETTINGS,
        at: { row: settingsRows().a3Units as number, col: 1 },
        cells: [[{ kind: "value", value: "3100" }]],
      },
    ]);
    const next = nextBudget();
    const budget = await connected(next, 2028);

    await rollBudgetYear(next, await readRollSource(old, "gammel.xlsx"), {
      now: LATER,
      user: "Budsjettrådgiver",
      budget,
    });

    const value = (sheet: string, row: number) =>
      next.snapshot((n) => n === sheet)[sheet]?.[toA1({ row, col: 1 })]?.value;
    expect(value(SHEET_OVERVIEW, OVERVIEW_FIELDS_FIRST_ROW)).toBe("Flere eldre, færre ansatte.");
    expect(value(SHEET_SETTINGS, settingsRows().a3Units as number)).toBe("3100");
    expect(next.sheets.map((s) => s.name)).toContain("Gevinst A3 Enhet 3100");
  });

  it("keeps the old log and adds a line for the move", async () => {
    const old = await oldWorkbook();
    const next = nextBudget();
    const budget = await connected(next, 2028);

    await rollBudgetYear(next, await readRollSource(old, "gammel.xlsx"), {
      now: LATER,
      user: "Budsjettrådgiver",
      budget,
    });

    const oldLog = Object.values(
      old.snapshot((n) => n === "Gevinst Logg")["Gevinst Logg"] ?? {},
    ).map((c) => c.value);
    const newLog = Object.values(
      next.snapshot((n) => n === "Gevinst Logg")["Gevinst Logg"] ?? {},
    ).map((c) => c.value);
    expect(oldLog).toContain("Importerte portefølje");
    expect(newLog).toContain("Importerte portefølje");
    expect(newLog).toContain("Nytt budsjettår: flyttet fra 2027 til 2028");
  });

  it("refuses to roll into the same year twice, and changes nothing then", async () => {
    const old = await oldWorkbook();
    const next = nextBudget();
    const budget = await connected(next, 2028);
    await rollBudgetYear(next, await readRollSource(old, "gammel.xlsx"), {
      now: LATER,
      user: "A",
      budget,
    });
    const once = next.snapshot();

    const again = await rollBudgetYear(next, await readRollSource(old, "gammel.xlsx"), {
      now: LATER,
      user: "A",
      budget,
    });
    const rolledSource = await rollBudgetYear(next, await readRollSource(next, "ny.xlsx"), {
      now: LATER,
      user: "A",
      budgetYear: 2028,
      budget,
    });

    expect(again.status).toBe("refused");
    expect(rolledSource.status).toBe("refused");
    expect(next.snapshot()).toEqual(once);
  });

  it("keeps every action, precondition, risk, indicator owner and plan, and A3 approval", async () => {
    const portfolio = handMadePortfolio();
    const t1 = portfolio.measures[0]!;
    t1.actions = [
      { id: "H1", what: "Kjøpe inn dosetter", who: "Innkjøp", due: "2027-03-01", status: "ferdig" },
      { id: "H2", what: "Opplæring i sone nord", who: "Kari", due: "2028-02-15", status: "pagar" },
      { id: "H3", what: "Evaluere", status: "ikke_startet" },
    ];
    t1.preconditions = "Avtale med leverandør";
    t1.risks = "Forsinket levering";
    const indicator = t1.benefits[0]!.indicators[0]!;
    indicator.owner = "Fagleder sone nord";
    indicator.plan = "Før: januar 2027; under: hver måned; etter: juni 2028";
    const old = budgetWorkbook();
    await importPortfolio(old, portfolio, { now: NOW, user: USER, mapping: MAPPING });
    await approveA3(old, {
      now: new Date("2027-03-10T10:00:00Z"),
      user: USER,
      approver: "Eva Berg",
      role: "okonomisjef",
      document: "K2 DD1",
      version: "K2",
    });
    const before = await readPortfolio(old);
    const next = nextBudget();
    const budget = await connected(next, 2028);

    const outcome = await rollBudgetYear(next, await readRollSource(old, "gammel.xlsx"), {
      now: LATER,
      user: "Budsjettrådgiver",
      budget,
    });
    const after = await readPortfolio(next);

    expect(outcome.status).toBe("rolled");
    const plan = (p: typeof after.portfolio) =>
      p.measures.map((m) => ({
        id: m.id,
        owner: m.owner,
        status: m.status,
        actions: m.actions,
        preconditions: m.preconditions,
        risks: m.risks,
        indicators: m.benefits.flatMap((b) => b.indicators),
      }));
    expect(before.portfolio.measures[0]).toMatchObject({
      actions: t1.actions,
      preconditions: t1.preconditions,
      risks: t1.risks,
    });
    expect(before.portfolio.measures[0]!.benefits[0]!.indicators[0]).toMatchObject({
      owner: indicator.owner,
      plan: indicator.plan,
      measurements: indicator.measurements,
    });
    expect(plan(after.portfolio)).toEqual(plan(before.portfolio));
    expect(before.portfolio.approvals).toEqual([
      { document: "K2 DD1", version: "K2", by: "Eva Berg (økonomisjef)", date: "2027-03-10" },
    ]);
    expect(after.portfolio.approvals).toEqual(before.portfolio.approvals);
  });
});
