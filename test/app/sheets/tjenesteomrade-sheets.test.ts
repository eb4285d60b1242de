/**
 * Tjenesteområde on the Gevinst sheets (spec §13, issue 24): where the budget has the dimension
 * (Bergen's økonomiplan layout: avdeling, tjomr, tjeneste), the deep-dive sheets and
 * «Gevinst Budsjettkobling» get a «Tjenesteområde» key column, the keys go through the sheets
 * and back, and IronCalc's recalculation equals the core; without it the layout is as before.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { buildWorkbookReport } from "../../../src/app/build-report";
import { confirmBudgetMapping } from "../../../src/app/connect-budget";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { createBudgetIndex, indexOptionsOf } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import type { BudgetMapping } from "../../../src/core/budget/budget.types";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import {
  SHEET_BUDGET_LINKS,
  SHEET_OTHER_MEASURES,
} from "../../../src/core/sheets/shared/sheet-names";
import { csvSheetRows } from "../../core/budget/support/real-shapes";
import { aBenefit, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { evaluateWorkbook } from "../../support/formula-engine";
import { compareWithCore } from "./engine-compare";
import { messageText } from "../../../src/app/messages";

jest.setTimeout(60_000);

const NOW = new Date("2026-09-01T10:00:00Z");
const USER = "Økonomisjef";
const YEARS = ["2013", "2014", "2015", "2016"];

const BERGEN_PLAN =
  "\ufeffavdeling;avdeling-tekst;tjomr;tjomr-tekst;tjeneste;tjeneste-tekst;endrgr;endrgr-tekst;2013;2014;2015;2016\n" +
  "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N00;Vedtatt budsjett 2012;1 000 000;1 000 000;1 000 000;1 000 000\n" +
  "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N11;Effektivisering;-50 000;-80 000;-100 000;-100 000\n" +
  "4;Byrådsavd. for helse og omsorg;02;Barnevern;25100;Barnevern tiltak;N00;Vedtatt budsjett 2012;5 000 000;5 000 000;5 000 000;5 000 000\n" +
  "4;Byrådsavd. for helse og omsorg;17A;Sykehjem;25300;Sykehjem drift;N00;Vedtatt budsjett 2012;9 000 000;9 100 000;9 200 000;9 300 000\n";

const seed = (): WorkbookSeed => ({
  sheets: [{ name: "Datagrunnlag", rows: csvSheetRows(BERGEN_PLAN) }],
});

/** 100 000 kr a year from 2013: ¾ off 2/12000/16, ¼ off 4/25100/02; 50 000 once on 4/25300/17A. */
const portfolio = (): Portfolio =>
  aPortfolio({
    budgetYear: 2013,
    measures: [
      aMeasure({
        id: "T1",
        costLink: { ansvar: "4", art: "", funksjon: "25300", tjenesteomrade: "17A" },
        costs: { oneTime: { "2013": 50_000 }, running: {} },
        benefits: [
          aBenefit({
            id: "T1-G1",
            phaseIn: Object.fromEntries(YEARS.map((y) => [y, 1])),
            links: [
              aLink({ ansvar: "2", art: "", funksjon: "12000", tjenesteomrade: "16", share: 0.75 }),
              aLink({ ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02", share: 0.25 }),
            ],
          }),
        ],
      }),
    ],
  });

async function connected(workbook: MemoryWorkbook): Promise<BudgetMapping> {
  const outline = await workbook.describe();
  const grids = await workbook.readSheets(
    outline.sheets.map((s) => s.name),
    { formulas: true },
  );
  const result = detectBudget({ grids, tables: outline.tables, sheets: outline.sheets });
  if (result.status !== "found") throw new Error(messageText(result));
  return result.mapping;
}

async function imported(workbook: MemoryWorkbook, mapping: BudgetMapping, p: Portfolio) {
  const grids = await workbook.readSheets(mapping.sources.map((s) => s.sheet));
  const budget = createBudgetIndex(readBudgetLines(mapping, grids).lines, indexOptionsOf(mapping));
  await confirmBudgetMapping(workbook, mapping);
  await setUpGevinstSheets(workbook, { mapping, now: NOW, user: USER });
  const result = await importPortfolio(workbook, p, { now: NOW, user: USER, mapping, budget });
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
}

/** The row (0-based) and column of the first cell holding `text` on a sheet. */
function find(workbook: MemoryWorkbook, sheet: string, text: string): [number, number] | null {
  for (const [at, cell] of workbook.requireSheet(sheet).cells)
    if (cell.value === text) {
      const [row, col] = at.split(",").map(Number) as [number, number];
      return [row, col];
    }
  return null;
}

const headersOf = (workbook: MemoryWorkbook, sheet: string): unknown[] =>
  [...workbook.requireSheet(sheet).cells.values()].map((c) => c.value);

describe("tjenesteområde on the Gevinst sheets", () => {
  it("gets a key column on the deep-dive and budget-link sheets, and IronCalc agrees with the report", async () => {
    const workbook = MemoryWorkbook.fromSeed(seed());
    const mapping = await connected(workbook);
    expect(mapping.sources[0]?.keyColumns.tjenesteomrade).toBe(2);

    await imported(workbook, mapping, portfolio());

    expect(workbook.sheets.map((s) => s.name)).toContain(SHEET_OTHER_MEASURES);
    expect(headersOf(workbook, SHEET_OTHER_MEASURES)).toEqual(
      expect.arrayContaining(["Tjenesteområde", "Kostnad tjenesteområde"]),
    );
    const header = find(workbook, SHEET_BUDGET_LINKS, "Tjenesteområde");
    expect(header).not.toBeNull();
    const links = workbook.requireSheet(SHEET_BUDGET_LINKS);
    const [headerRow, col] = header!;
    const areas = [1, 2, 3].map((i) => links.get(headerRow + i, col)?.value);
    // Lines sorted by ansvar, art, funksjon: 2/12000/16, 4/25100/02, 4/25300/17A.
    expect(areas).toEqual(["16", "02", "17A"]);

    const { portfolio: read } = await readPortfolio(workbook);
    expect(read.measures[0]?.costLink?.tjenesteomrade).toBe("17A");
    expect(read.measures[0]?.benefits[0]?.links.map((l) => l.tjenesteomrade)).toEqual(["16", "02"]);

    const report = await buildWorkbookReport(workbook);
    const byArea = Object.fromEntries(
      report.budgetAdjustments.map((a) => [a.key.tjenesteomrade, a.years["2013"]]),
    );
    // 2/12000/16 holds 1 000 000 − 50 000 (two change rows); ¾ of 100 000 is taken off it.
    expect(byArea["16"]).toMatchObject({ original: 950_000, adjustment: -75_000 });
    expect(byArea["02"]).toMatchObject({ original: 5_000_000, adjustment: -25_000 });
    expect(byArea["17A"]).toMatchObject({ original: 9_000_000, adjustment: 50_000 });
    evaluateWorkbook(workbook);
    const { mismatches, compared } = await compareWithCore(workbook, mapping);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(20);
    // The recalculated budget-link sheet: 2014 original of 2/12000/16 is 1 000 000 − 80 000.
    const original2014 = find(workbook, SHEET_BUDGET_LINKS, "Opprinnelig 2014");
    expect(links.get(headerRow + 1, original2014![1])?.value).toBe(920_000);
  });

  it("links without a tjenesteområde still find Bergen's lines, and the sheets show the line's", async () => {
    const workbook = MemoryWorkbook.fromSeed(seed());
    const mapping = await connected(workbook);
    const p = portfolio();
    for (const link of p.measures[0]!.benefits[0]!.links) delete link.tjenesteomrade;

    await imported(workbook, mapping, p);

    const { portfolio: read } = await readPortfolio(workbook);
    expect(read.measures[0]?.benefits[0]?.links.map((l) => l.tjenesteomrade)).toEqual(["16", "02"]);
    const report = await buildWorkbookReport(workbook);
    expect(report.budgetAdjustments.map((a) => a.key.tjenesteomrade).sort()).toEqual([
      "02",
      "16",
      "17A",
    ]);
    evaluateWorkbook(workbook);
    expect((await compareWithCore(workbook, mapping)).mismatches).toEqual([]);
  });

  it("keeps today's layout where the budget has no tjenesteområde", async () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [
        {
          name: "Budsjett",
          rows: [
            ["Ansvar", "Art", "Funksjon", "Budsjett 2027"],
            [3100, 10300, 254, 1_000_000],
          ],
        },
      ],
    });
    const mapping = await connected(workbook);

    await imported(
      workbook,
      mapping,
      aPortfolio({ measures: [aMeasure({ benefits: [aBenefit({ links: [aLink()] })] })] }),
    );

    for (const sheet of workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Gevinst")))
      expect(
        headersOf(workbook, sheet).filter((v) => String(v).includes("Tjenesteområde")),
      ).toEqual([]);
  });
});
