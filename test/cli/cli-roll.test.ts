import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { aBudgetWorkbook, nonGevinstCells, toBuffer } from "./fixtures/budget-workbooks";
import { aPortfolio } from "./fixtures/portfolio";
import { ensureCliBuilt, ROOT, runGevinst } from "./support/run-cli";

let dir: string;
const file = (name: string) => path.join(dir, name);

jest.setTimeout(60_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

/** Next year's budget as the finance department sends it: 2028–2031, accounts for 2026. */
function nextYearBudget(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Budsjett");
  sheet.getCell("A1").value = "Driftsbudsjett 2028–2031, Eksempel kommune";
  sheet.getRow(3).values = [
    "Ansvar",
    "Art",
    "Funksjon",
    "Regnskap 2026",
    "Budsjett 2028",
    "ØP 2029",
    "ØP 2030",
    "ØP 2031",
  ];
  const lines: (string | number)[][] = [
    ["1300", "12400", "120", 85000, 95000, 95000, 95000, 95000],
    ["3100", "10300", "254", 9900000, 10300000, 10500000, 10700000, 10900000],
    [3200, 10300, 253, 7400000, 7700000, 7800000, 7900000, 8000000],
  ];
  lines.forEach((line, i) => (sheet.getRow(4 + i).values = line));
  workbook.addWorksheet("Notater").getCell("A1").value = "Budsjettrundskriv 2028";
  return workbook;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-roll-"));
  writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook("range")));
  writeFileSync(file("neste.xlsx"), await toBuffer(nextYearBudget()));
  writeFileSync(file("p.json"), JSON.stringify(aPortfolio(), null, 2));
});

describe("gevinst roll", () => {
  it("moves the portfolio to the new budget, archives 2027 and says what needs a decision", async () => {
    const imported = await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    const before = readFileSync(file("neste.xlsx"));

    const run = await runGevinst(["roll", "a.xlsx", "neste.xlsx", "-o", "b.xlsx"], dir);
    const exported = await runGevinst(["export", "b.xlsx", "-o", "b.json"], dir);

    expect(imported.code).toBe(0);
    // Every linked line is in the new budget; the missing 2031 target is a warning: exit 0
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Porteføljen er flyttet fra budsjettår 2027 til 2028");
    expect(run.stdout).toContain("Arkivert:");
    expect(run.stdout).toContain("Må avgjøres:");
    expect(run.stdout).toContain("MISSING_SAVINGS_TARGET");
    const rolled = JSON.parse(readFileSync(file("b.json"), "utf8")) as {
      budgetYear: number;
      measures: { id: string; owner?: string; status: string }[];
      history: { year: string; measure: string }[];
    };
    const original = aPortfolio() as { measures: { id: string; owner?: string; status: string }[] };
    expect(exported.code).not.toBe(2);
    expect(rolled.budgetYear).toBe(2028);
    expect(rolled.measures.map((m) => [m.id, m.owner, m.status])).toEqual(
      original.measures.map((m) => [m.id, m.owner, m.status]),
    );
    expect(rolled.history.map((h) => `${h.year} ${h.measure}`)).toEqual(
      original.measures.map((m) => `2027 ${m.id}`),
    );
    // The inputs are untouched and the new budget's own cells are as they were
    expect(readFileSync(file("neste.xlsx")).equals(before)).toBe(true);
    expect(await nonGevinstCells(readFileSync(file("b.xlsx")))).toEqual(
      await nonGevinstCells(before),
    );
  });

  it("refuses to roll the same portfolio into the same year twice, and writes nothing", async () => {
    await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    await runGevinst(["roll", "a.xlsx", "neste.xlsx", "-o", "b.xlsx"], dir);

    const again = await runGevinst(
      ["roll", "b.xlsx", "neste.xlsx", "-o", "c.xlsx", "--year", "2028"],
      dir,
    );

    expect(again.code).toBe(2);
    expect(again.stderr).toContain("gjelder allerede budsjettår 2028");
    expect(existsSync(file("c.xlsx"))).toBe(false);
  });

  it("keeps actions, preconditions, risks and indicator owner and plan through the .xlsx files", async () => {
    const portfolio = aPortfolio() as {
      measures: (Record<string, unknown> & {
        benefits: { indicators: Record<string, unknown>[] }[];
      })[];
    };
    const measure = portfolio.measures[0]!;
    measure.actions = [
      { id: "H1", what: "Kjøpe inn dosetter", who: "Innkjøp", due: "2027-03-01", status: "ferdig" },
      { id: "H2", what: "Opplæring", who: "Kari", due: "2028-02-15", status: "pagar" },
      { id: "H3", what: "Evaluere", status: "ikke_startet" },
    ];
    measure.preconditions = "Avtale med leverandør";
    measure.risks = "Forsinket levering";
    Object.assign(measure.benefits[0]!.indicators[0]!, {
      owner: "Fagleder sone nord",
      plan: "Før: januar 2027; under: hver måned; etter: juni 2028",
    });
    writeFileSync(file("p.json"), JSON.stringify(portfolio, null, 2));

    const imported = await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    const run = await runGevinst(["roll", "a.xlsx", "neste.xlsx", "-o", "b.xlsx"], dir);
    await runGevinst(["export", "a.xlsx", "-o", "a.json"], dir);
    const exported = await runGevinst(["export", "b.xlsx", "-o", "b.json"], dir);

    expect([imported.code, run.code, exported.code]).toEqual([0, 0, 0]);
    type Out = { measures: (typeof measure)[] };
    const plan = (p: Out) =>
      p.measures.map((m) => ({
        id: m.id,
        actions: m.actions,
        preconditions: m.preconditions,
        risks: m.risks,
        indicators: m.benefits.map((b) => b.indicators),
      }));
    const before = JSON.parse(readFileSync(file("a.json"), "utf8")) as Out;
    const after = JSON.parse(readFileSync(file("b.json"), "utf8")) as Out;
    expect(before.measures[0]).toMatchObject({
      actions: measure.actions,
      preconditions: measure.preconditions,
      risks: measure.risks,
    });
    expect(before.measures[0]!.benefits[0]!.indicators[0]).toMatchObject({
      owner: "Fagleder sone nord",
      measurements: [{ date: "2027-06-30", value: 380 }],
    });
    expect(plan(after)).toEqual(plan(before));
  });

  it("says what to do with a workbook without Gevinst sheets", async () => {
    const run = await runGevinst(["roll", "budsjett.xlsx", "neste.xlsx", "-o", "b.xlsx"], dir);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("har ingen Gevinst-ark å flytte");
  });
});

const REAL = path.resolve(ROOT, "../shared/data/real-budgets");
const SOGNDAL = path.join(REAL, "sogndal_2013_driftsbudsjett.csv");
const real = existsSync(SOGNDAL) ? describe : describe.skip;
if (!existsSync(SOGNDAL)) console.log(`Hopper over Sogndal-testen: ${SOGNDAL} finnes ikke.`);

real("gevinst roll on the real Sogndal budget (budsjett 2012 → 2013)", () => {
  it("keeps ids, owners, statuses, indicators and measurements, and archives 2012", async () => {
    writeFileSync(file("sogndal.csv"), readFileSync(SOGNDAL));
    writeFileSync(
      file("p.json"),
      readFileSync(path.join(__dirname, "fixtures", "sogndal-portfolio.json")),
    );

    const init = await runGevinst(["init", "sogndal.csv", "--year", "2012", "-o", "a.xlsx"], dir);
    const imported = await runGevinst(["import", "a.xlsx", "p.json", "-o", "b.xlsx"], dir);
    const run = await runGevinst(
      ["roll", "b.xlsx", "sogndal.csv", "--year", "2013", "-o", "c.xlsx"],
      dir,
    );
    const exported = await runGevinst(["export", "c.xlsx", "-o", "c.json"], dir);
    const again = await runGevinst(
      ["roll", "c.xlsx", "sogndal.csv", "--year", "2013", "-o", "d.xlsx"],
      dir,
    );

    expect([init.code, imported.code, run.code]).toEqual([0, 0, 0]);
    expect(run.stdout).toContain("4 898 budsjettlinjer");
    // T1-G1 2012: 200 000 × 0.5 × 0.9 = 90 000 expected; 70 000 realised → 78 % → avvik
    expect(run.stdout.replace(/\u00a0/g, " ")).toContain(
      "T1 «Sjølvbetjent bibliotek»: 70 000 kr av 90 000 kr forventet — avvik.",
    );
    const before = JSON.parse(readFileSync(file("p.json"), "utf8")) as {
      measures: { benefits: { indicators: unknown[] }[] }[];
    };
    const after = JSON.parse(readFileSync(file("c.json"), "utf8")) as {
      budgetYear: number;
      measures: {
        id: string;
        owner: string;
        status: string;
        benefits: { indicators: unknown[] }[];
      }[];
      history: { year: string; measure: string; realised: number }[];
    };
    expect(exported.code).toBe(0);
    expect(after.budgetYear).toBe(2013);
    expect(after.measures.map((m) => [m.id, m.owner, m.status])).toEqual([
      ["T1", "Biblioteksjef", "under_realisering"],
    ]);
    expect(after.measures[0]?.benefits[0]?.indicators).toEqual(
      before.measures[0]?.benefits[0]?.indicators,
    );
    expect(after.history).toMatchObject([{ year: "2012", measure: "T1", realised: 70_000 }]);
    expect(again.code).toBe(2);
    expect(existsSync(file("d.xlsx"))).toBe(false);
  }, 300_000);
});
