/**
 * Closing the year (spec §14): the final realised figure of year B arrives after the move to the
 * next budget year (årsregnskapet in February). Typed into «Gevinst Historikk» in plain Excel, a
 * refresh gives it its deviation and status there and a log line, and changes nothing of the new
 * plan years. Realised per period and the prognosis of year B leave with the year.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { confirmBudgetMapping, connectBudget } from "../../../src/app/connect-budget";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { openBudget } from "../../../src/app/open-budget";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { readRollSource, rollBudgetYear } from "../../../src/app/roll-budget-year";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { buildReport } from "../../../src/core/report/build-report";
import { SHEET_HISTORY } from "../../../src/core/sheets/history/history-sheet";
import { toA1 } from "../../../src/core/workbook/address";
import { messageText } from "../../../src/app/messages";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets-fixture";

const text = (issue: Parameters<typeof messageText>[0]) => messageText(issue, "nb");

function nextBudget(): MemoryWorkbook {
  return MemoryWorkbook.fromSeed({
    sheets: [
      {
        name: "Budsjett 2028",
        rows: [
          ["Ansvar", "Art", "Funksjon", "Budsjett 2028", "ØP 2029", "ØP 2030", "ØP 2031"],
          ["3100", "10300", "254", 5_150_000, 5_250_000, 5_350_000, 5_450_000],
          ["3100", "11500", "254", 820_000, 820_000, 820_000, 820_000],
          ["1300", "12400", "120", 410_000, 410_000, 410_000, 410_000],
          ["2100", "16000", "201", -900_000, -900_000, -900_000, -900_000],
          ["2100", "10100", "201", 9_100_000, 9_100_000, 9_100_000, 9_100_000],
          ["4100", "10100", "265", 5_000_000, 5_000_000, 5_000_000, 5_000_000],
        ],
      },
    ],
  });
}

async function rolled() {
  const portfolio = handMadePortfolio();
  // T1-G1 expects 320 000 in 2027: periods T1 + T2 so far, a prognosis, and 2028 planned.
  portfolio.measures[0]!.benefits[0]!.realisedPeriods = {
    "2027": { T1: 60_000, T2: 90_000 },
    "2028": { T1: 10_000 },
  };
  portfolio.measures[0]!.forecast = { "2027": 280_000, "2028": 600_000 };
  portfolio.measures[0]!.deviationNote = "Senere oppstart";
  const old = budgetWorkbook();
  await importPortfolio(old, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  const next = nextBudget();
  const found = await connectBudget(next, { budgetYear: 2028 });
  if (found.status !== "found") throw new Error("budsjettet ble ikke funnet");
  await confirmBudgetMapping(next, found.mapping);
  await setUpGevinstSheets(next, { mapping: found.mapping, now: NOW, user: USER });
  const opened = await openBudget(next);
  if (opened.status !== "loaded") throw new Error("budsjettet ble ikke lastet");
  const outcome = await rollBudgetYear(next, await readRollSource(old, "gammel.xlsx"), {
    now: NOW,
    user: USER,
    budget: opened.index,
  });
  if (outcome.status !== "rolled") throw new Error("flyttingen ble avvist");
  return next;
}

/** The history row of a measure and year: its cells by header. */
function historyRow(workbook: MemoryWorkbook, year: number, measure: string) {
  const sheet = workbook.requireSheet(SHEET_HISTORY);
  let headerRow = -1;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c === 0 && cell.value === "År" && headerRow < 0) headerRow = r;
  }
  const headers = [...Array(13).keys()].map((c) => String(sheet.get(headerRow, c)?.value ?? ""));
  for (let r = headerRow + 1; r < headerRow + 50; r++) {
    if (sheet.get(r, 0)?.value === year && sheet.get(r, 1)?.value === measure)
      return {
        row: r,
        col: (header: string) => headers.indexOf(header),
        value: (header: string) => sheet.get(r, headers.indexOf(header))?.value,
      };
  }
  throw new Error(`ingen historikkrad ${year} ${measure}`);
}

describe("closing the year after the move (spec §14)", () => {
  it("archives year B's realised periods and leaves its periods and prognosis behind", async () => {
    const next = await rolled();
    const { portfolio, issues } = await readPortfolio(next);
    const t1 = portfolio.measures.find((m) => m.id === "T1")!;
    expect(historyRow(next, 2027, "T1").value("Realisert")).toBe(150_000);
    expect(t1.benefits[0]!.realisedPeriods).toEqual({ "2028": { T1: 10_000 } });
    expect(t1.forecast).toEqual({ "2028": 600_000 });
    expect(t1.deviationNote).toBe("Senere oppstart");
    expect(issues.filter((i) => i.code === "YEAR_OUTSIDE_PLAN")).toEqual([]);
  });

  it("takes the final realised typed into «Gevinst Historikk» into its deviation, status and the log, and nothing else", async () => {
    const next = await rolled();
    const before = await readPortfolio(next);
    const reportBefore = buildReport(before.portfolio, { text });
    const others = (workbook: MemoryWorkbook) =>
      workbook.snapshot((name) => name !== SHEET_HISTORY && name !== "Gevinst Logg");
    const othersBefore = others(next);
    const row = historyRow(next, 2027, "T1");
    // The årsregnskap: 300 000 of the 320 000 expected → 93.75 % → i rute
    next.typeCell(SHEET_HISTORY, toA1({ row: row.row, col: row.col("Realisert") }), 300_000);

    await refreshGevinstSheets(next, { now: new Date("2028-02-20T10:00:00Z"), user: "Økonomi" });

    const after = historyRow(next, 2027, "T1");
    expect(after.value("Realisert")).toBe(300_000);
    expect(after.value("Avvik kr")).toBeCloseTo(-20_000, 2);
    expect(after.value("Realisering")).toBe("I rute");
    const log = Object.values(next.snapshot((n) => n === "Gevinst Logg")["Gevinst Logg"] ?? {});
    expect(log.map((c) => c.value)).toContain("Økonomi");
    // Nothing of the new plan years changed: the other sheets and the report's figures.
    expect(others(next)).toEqual(othersBefore);
    const read = await readPortfolio(next);
    expect(
      read.portfolio.history?.find((h) => h.year === "2027" && h.measure === "T1"),
    ).toMatchObject({ realised: 300_000, deviation: -20_000, realisationStatus: "i_rute" });
    const reportAfter = buildReport(read.portfolio, { text });
    expect(reportAfter.measures).toEqual(reportBefore.measures);
    expect(reportAfter.totals).toEqual(reportBefore.totals);
    expect(reportAfter.balance).toEqual(reportBefore.balance);
  });
});
