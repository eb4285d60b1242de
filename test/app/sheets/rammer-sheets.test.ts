/**
 * «Gevinst Rammer» (spec §13, issue 24) on a Bergen-shaped økonomiplan: IronCalc's recalculation
 * of the sheet gives, per rammeområde and plan year, the report's `areas[]` to the krone — ramme
 * (live SUMIFS into the budget sheet, or the core's value with a prefix), netto (SUMIFS over
 * «Gevinst Budsjettkobling»), innsparingskrav, gap and «I balanse?» — and the totals.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { buildWorkbookReport } from "../../../src/app/build-report";
import { confirmBudgetMapping } from "../../../src/app/connect-budget";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { applyPortfolioEdit } from "../../../src/app/edit-portfolio";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { createBudgetIndex, indexOptionsOf } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import type { BudgetMapping } from "../../../src/core/budget/budget.types";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { SHEET_A3_KOMMUNE, SHEET_RAMMER } from "../../../src/core/sheets/shared/sheet-names";
import { messageText } from "../../../src/app/messages";
import { csvSheetRows } from "../../core/budget/support/real-shapes";
import { aBenefit, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { bergenMeasure } from "../../support/bergen-shape";
import { evaluateWorkbook } from "../../support/formula-engine";
import { expectSheetEqualsReport, sheetFigures } from "./rammer-sheet-reader";
import fc from "fast-check";

jest.setTimeout(60_000);

const NOW = new Date("2026-09-01T10:00:00Z");
const USER = "Økonomisjef";
const YEARS = ["2027", "2028", "2029", "2030"];

/** Bergen's datagrunnlag: two change rows on 2/12000/16, two tjenester in 17A. */
const BERGEN_PLAN =
  "\ufeffavdeling;avdeling-tekst;tjomr;tjomr-tekst;tjeneste;tjeneste-tekst;endrgr;endrgr-tekst;2027;2028;2029;2030\n" +
  "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N00;Vedtatt budsjett;1 000 000;1 000 000;1 000 000;1 000 000\n" +
  "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N11;Effektivisering;-50 000;-80 000;-100 000;-100 000\n" +
  "4;Byrådsavd. for helse og omsorg;02;Barnevern;25100;Barnevern tiltak;N00;Vedtatt budsjett;5 000 000;5 000 000;5 000 000;5 000 000\n" +
  "4;Byrådsavd. for helse og omsorg;17A;Sykehjem;25300;Sykehjem drift;N00;Vedtatt budsjett;9 000 000;9 100 000;9 200 000;9 300 000\n" +
  "4;Byrådsavd. for helse og omsorg;17A;Sykehjem;25160;Sykehjem mat;N00;Vedtatt budsjett;400 000;410 000;420 000;430 000\n";

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

async function imported(
  p: Portfolio,
): Promise<{ workbook: MemoryWorkbook; mapping: BudgetMapping }> {
  const workbook = MemoryWorkbook.fromSeed({
    sheets: [{ name: "Datagrunnlag", rows: csvSheetRows(BERGEN_PLAN) }],
  });
  const mapping = await connected(workbook);
  const grids = await workbook.readSheets(mapping.sources.map((s) => s.sheet));
  const budget = createBudgetIndex(readBudgetLines(mapping, grids).lines, indexOptionsOf(mapping));
  await confirmBudgetMapping(workbook, mapping);
  await setUpGevinstSheets(workbook, { mapping, now: NOW, user: USER });
  const result = await importPortfolio(workbook, p, { now: NOW, user: USER, mapping, budget });
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  return { workbook, mapping };
}

/** The kommune A3's block «Rammeområder: gap per planår»: name and the four gaps per row. */
function a3AreaGaps(workbook: MemoryWorkbook): unknown[][] {
  const sheet = workbook.requireSheet(SHEET_A3_KOMMUNE);
  const rows = Math.max(...[...sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
  let header = -1;
  for (let row = 0; row <= rows && header < 0; row++)
    if (sheet.get(row, 0)?.value === "Rammeområde") header = row;
  const out: unknown[][] = [];
  for (let row = header + 1; header >= 0 && row <= rows; row++) {
    const name = sheet.get(row, 0)?.value;
    if (typeof name !== "string" || name === "" || typeof sheet.get(row, 1)?.value !== "number")
      break;
    out.push([name, ...[1, 2, 3, 4].map((c) => sheet.get(row, c)?.value)]);
  }
  return out;
}

const withAreas = (extra: Partial<Portfolio>): Portfolio =>
  aPortfolio({
    budgetYear: 2027,
    savingsTarget: { "2027": 200_000, "2028": 200_000, "2029": 200_000, "2030": 200_000 },
    measures: [
      bergenMeasure(),
      // Not counted: in the pipeline, never in an area's netto.
      aMeasure({
        id: "T9",
        status: "foreslatt",
        benefits: [
          aBenefit({
            id: "T9-G1",
            links: [aLink({ ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02" })],
          }),
        ],
      }),
    ],
    ...extra,
  });

describe("«Gevinst Rammer» recalculated by IronCalc equals the report's areas", () => {
  it("groups by tjenesteområde with the ramme as a live SUMIFS into the budget", async () => {
    const p = withAreas({
      areaDimension: "tjenesteomrade",
      areas: [
        { id: "02", name: "Barnevern", savingsTarget: { "2027": 10_000, "2028": 30_000 } },
        { id: "16", name: "Administrasjon", savingsTarget: { "2027": 90_000, "2030": 50_000 } },
        { id: "99", name: "Uten linjer", savingsTarget: { "2029": 5_000 } },
      ],
    });
    const { workbook } = await imported(p);
    const report = await buildWorkbookReport(workbook);
    expect(report.areas?.map((a) => a.id)).toEqual(["02", "16", "99", "17A"]);
    // Hand-derived for 2027: 16 holds 1 000 000 − 50 000, ¾ of the benefit comes off it.
    const a16 = report.areas?.find((a) => a.id === "16")?.years["2027"];
    expect(a16).toMatchObject({ ramme: 950_000, target: 90_000 });

    evaluateWorkbook(workbook);
    const sheet = sheetFigures(workbook);
    expectSheetEqualsReport(sheet, report.areas ?? [], YEARS);
    // The kommune A3 shows each area's gap per plan year, read from «Gevinst Rammer».
    expect(a3AreaGaps(workbook)).toEqual(
      (report.areas ?? []).map((a) => [a.name, ...YEARS.map((y) => a.years[y]!.gap)]),
    );
    // 17A is in the budget only: shown, counted in the sums, and not read back as a listed area.
    expect(sheet["2027"]?.["17A"]?.ramme).toBe(9_400_000);
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.areas).toEqual(p.areas);
    const formula = workbook.requireSheet(SHEET_RAMMER);
    const rammeFormulas = [...formula.cells.values()]
      .map((c) => c.formula ?? "")
      .filter((f) => f.includes("Datagrunnlag"));
    expect(rammeFormulas.length).toBeGreaterThan(0);
  });

  it("groups by the first three digits of the tjeneste (KOSTRA funksjon), ramme as values", async () => {
    const p = withAreas({
      areaDimension: "funksjon",
      areaPrefix: 3,
      areas: [{ id: "251", name: "Barnevern og mat", savingsTarget: { "2027": 20_000 } }],
    });
    const { workbook } = await imported(p);
    const report = await buildWorkbookReport(workbook);
    expect(report.areas?.map((a) => a.id)).toEqual(["251", "120", "253"]);
    // 251 = 25100 (5 000 000) + 25160 (400 000): two lines, two tjenesteområder.
    expect(report.areas?.[0]?.years["2027"]?.ramme).toBe(5_400_000);
    evaluateWorkbook(workbook);
    expectSheetEqualsReport(sheetFigures(workbook), report.areas ?? [], YEARS);
    // «Oppdater gevinstark» without the budget in hand keeps the values it cannot compute.
    await refreshGevinstSheets(workbook, { now: NOW, user: USER });
    evaluateWorkbook(workbook);
    expectSheetEqualsReport(sheetFigures(workbook), report.areas ?? [], YEARS);
  });

  it("is left as it is by a second refresh, and keeps a krav typed into the sheet", async () => {
    const p = withAreas({
      areaDimension: "tjenesteomrade",
      areas: [{ id: "02", name: "Barnevern", savingsTarget: { "2027": 10_000 } }],
    });
    const { workbook, mapping } = await imported(p);
    const grids = await workbook.readSheets(mapping.sources.map((s) => s.sheet));
    const budget = createBudgetIndex(
      readBudgetLines(mapping, grids).lines,
      indexOptionsOf(mapping),
    );
    await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping, budget });
    const before = JSON.stringify([...workbook.requireSheet(SHEET_RAMMER).cells]);
    await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping, budget });
    expect(JSON.stringify([...workbook.requireSheet(SHEET_RAMMER).cells])).toBe(before);

    // The budget officer types 2028's krav for 02 (row under the header «Rammeområde», col D).
    const sheet = workbook.requireSheet(SHEET_RAMMER);
    let row = -1;
    for (const [at, cell] of sheet.cells)
      if (cell.value === "02" && row < 0) row = Number(at.split(",")[0]);
    // Typed into the unlocked input cell, as in Excel (the sheet stays protected).
    sheet.ensure(row, 3).value = 25_000;
    await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping, budget });
    // An edit from the pane rewrites the whole portfolio: the areas it read come back as they were.
    await applyPortfolioEdit(workbook, (read) => read, { now: NOW, user: USER, mapping, budget });
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.areas).toEqual([
      { id: "02", name: "Barnevern", savingsTarget: { "2027": 10_000, "2028": 25_000 } },
    ]);
    evaluateWorkbook(workbook);
    const report = await buildWorkbookReport(workbook);
    expect(report.areas?.[0]?.years["2028"]?.target).toBe(25_000);
    expectSheetEqualsReport(sheetFigures(workbook), report.areas ?? [], YEARS);
  });

  it("equals the report for varied measures, krav and groupings (fast-check)", async () => {
    expect.hasAssertions();
    // The Bergen lines as keys: ansvar, tjeneste, tjenesteområde.
    const keys = [
      { ansvar: "2", art: "", funksjon: "12000", tjenesteomrade: "16" },
      { ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02" },
      { ansvar: "4", art: "", funksjon: "25300", tjenesteomrade: "17A" },
      { ansvar: "4", art: "", funksjon: "25160", tjenesteomrade: "17A" },
    ];
    const groupings = [
      { areaDimension: "tjenesteomrade" as const, ids: ["02", "16", "17A"] },
      { areaDimension: "ansvar" as const, ids: ["2", "4"] },
      { areaDimension: "funksjon" as const, areaPrefix: 3, ids: ["251", "253", "120"] },
      { ids: ["17A", "02"] },
    ];
    const krav = fc.dictionary(fc.constantFrom(...YEARS), fc.integer({ min: 0, max: 500_000 }));
    const measure = fc.record({
      annual: fc.integer({ min: 0, max: 2_000_000 }),
      line: fc.nat({ max: keys.length - 1 }),
      costLine: fc.nat({ max: keys.length - 1 }),
      cost: fc.integer({ min: 0, max: 300_000 }),
      status: fc.constantFrom("prioritert", "vedtatt", "foreslatt", "avbrutt"),
      included: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...groupings),
        fc.array(measure, { minLength: 1, maxLength: 3 }),
        fc.array(krav, { minLength: 3, maxLength: 3 }),
        async (grouping, measures, targets) => {
          const { ids, ...dimension } = grouping;
          const p = aPortfolio({
            budgetYear: 2027,
            savingsTarget: { "2027": 5_000_000 },
            ...dimension,
            areas: ids.slice(0, 2).map((id, k) => ({
              id,
              name: `Område ${id}`,
              savingsTarget: targets[k] ?? {},
            })),
            measures: measures.map((m, k) =>
              aMeasure({
                id: `T${k + 1}`,
                status: m.status as Portfolio["measures"][number]["status"],
                includedInBudget: m.included,
                costs: { oneTime: { "2028": m.cost }, running: {} },
                costLink: keys[m.costLine],
                benefits: [
                  aBenefit({
                    id: `T${k + 1}-G1`,
                    annual: m.annual,
                    links: [aLink({ ...keys[m.line], share: 1 })],
                  }),
                ],
              }),
            ),
          });
          const { workbook } = await imported(p);
          const report = await buildWorkbookReport(workbook);
          evaluateWorkbook(workbook);
          expectSheetEqualsReport(sheetFigures(workbook), report.areas ?? [], YEARS);
        },
      ),
      { numRuns: 12 },
    );
  });
});
