/**
 * The gevinstkart (spec §16) shows what the deep-dive sheet holds, evaluated by IronCalc: after
 * any sequence of measures and benefits added, renamed or removed through the use-cases, a
 * figure or a name typed on the deep-dive sheet in plain Excel, and a refresh, each map lists
 * the deep-dive's measures but avbrutt, each benefit with its name, type, owner, indicators and
 * forventet per plan year equal to the core's, and the deep-dive's total. A map once made stays.
 */
import fc from "fast-check";
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import { applyPortfolioEdit } from "../../../src/app/edit-portfolio";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import type { Benefit, Measure, Portfolio } from "../../../src/core/model/portfolio.types";
import {
  BENEFIT_MAP_ROWS,
  fitBlocks,
  mappedMeasures,
  moreText,
  TOTAL_LABEL,
} from "../../../src/core/sheets/benefit-map/render-benefit-map";
import { labelOf } from "../../../src/core/sheets/shared/labels";
import { toA1 } from "../../../src/core/workbook/address";
import { aBenefit, aDeepDive, aMeasure, aPortfolio, anIndicator } from "../../support/builders";
import { evaluateWorkbook } from "../../support/formula-engine";
import { MAPPING, NOW, USER, budgetWorkbook } from "./sheets-fixture";

const OPTIONS = { now: NOW, user: USER, mapping: MAPPING };
const MAPS = { DD1: "Gevinst Kart Hjemmetjenesten", DD2: "Gevinst Kart Barnehage" } as const;
const DD_SHEETS = { DD1: "Gevinst DD Hjemmetjenesten", DD2: "Gevinst DD Barnehage" } as const;
const NAMES = [
  "Færre besøk",
  "Digitalt tilsyn om natten i sone nord og sone sør, med oppfølging av pårørende",
  'Kortere «ventetid» og "sitat"',
  "Ruteplanlegging",
  "Bedre kvalitet for brukeren",
];

function benefit(measure: string, n: number, type: Benefit["type"], name: string): Benefit {
  return aBenefit({
    id: `${measure}-G${n}`,
    name,
    type,
    annual: type === "tid" ? 500 + n * 10 : 40_000 * n + 1_234.5,
    confidence: 0.8,
    budgetEffect: type === "tid" ? "omdisponering" : type === "kvalitet" ? "ingen" : "uttak",
    owner: n % 2 === 0 ? "Sone nord" : "Barnehage øst",
    links: type === "kostnad" ? [{ ansvar: "3100", art: "10300", funksjon: "254", share: 1 }] : [],
    indicators:
      n === 1
        ? [anIndicator({ id: `I-${measure}-${n}`, name: "Besøk per uke" })]
        : n === 2
          ? [
              anIndicator({ id: `I-${measure}-${n}a`, name: "Ventetid i dager" }),
              anIndicator({ id: `I-${measure}-${n}b`, name: "Brukertilfredshet" }),
            ]
          : [],
  });
}

function start(): Portfolio {
  return aPortfolio({
    deepDives: [
      aDeepDive({
        id: "DD1",
        name: "Hjemmetjenesten",
        desiredSituation: "Tjenester som henger sammen.",
      }),
      aDeepDive({ id: "DD2", name: "Barnehage" }),
    ],
    measures: [
      aMeasure({
        id: "T1",
        deepDive: "DD1",
        preconditions: "Avtale med leverandør før 1. mars.",
        benefits: [
          benefit("T1", 1, "kostnad", "Færre besøk"),
          benefit("T1", 2, "tid", "Spart tid"),
        ],
      }),
      aMeasure({
        id: "T2",
        deepDive: "DD2",
        status: "vedtatt",
        benefits: [benefit("T2", 1, "inntekt", "Mer foreldrebetaling")],
      }),
    ],
  });
}

type Step =
  | { kind: "addMeasure"; deepDive: "DD1" | "DD2"; benefits: Benefit["type"][]; name: number }
  | { kind: "renameMeasure"; pick: number; name: number }
  | { kind: "removeMeasure"; pick: number }
  | { kind: "dropMeasure"; pick: number }
  | { kind: "addBenefit"; pick: number; type: Benefit["type"]; name: number }
  | { kind: "renameBenefit"; pick: number; name: number }
  | { kind: "removeBenefit"; pick: number }
  | { kind: "typeAnnual"; pick: number; value: number }
  | { kind: "typeMeasureName"; pick: number; name: number }
  | { kind: "typeBenefitName"; pick: number; name: number }
  | { kind: "refresh" };

const type = fc.constantFrom<Benefit["type"]>("kostnad", "inntekt", "tid", "kvalitet");
const name = fc.nat(NAMES.length - 1);
const pick = fc.nat(20);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("addMeasure" as const),
    deepDive: fc.constantFrom("DD1" as const, "DD2" as const),
    benefits: fc.array(type, { maxLength: 3 }),
    name,
  }),
  fc.record({ kind: fc.constant("renameMeasure" as const), pick, name }),
  fc.record({ kind: fc.constant("removeMeasure" as const), pick }),
  fc.record({ kind: fc.constant("dropMeasure" as const), pick }),
  fc.record({ kind: fc.constant("addBenefit" as const), pick, type, name }),
  fc.record({ kind: fc.constant("renameBenefit" as const), pick, name }),
  fc.record({ kind: fc.constant("removeBenefit" as const), pick }),
  fc.record({
    kind: fc.constant("typeAnnual" as const),
    pick,
    value: fc.integer({ min: 0, max: 900_000 }),
  }),
  fc.record({ kind: fc.constant("typeMeasureName" as const), pick, name }),
  fc.record({ kind: fc.constant("typeBenefitName" as const), pick, name }),
  fc.constant<Step>({ kind: "refresh" }),
);

let counter = 0;

function pickOf<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

function benefitsOf(portfolio: Portfolio): { measure: Measure; benefit: Benefit }[] {
  return portfolio.measures.flatMap((measure) =>
    measure.benefits.map((b) => ({ measure, benefit: b })),
  );
}

/** The row on a deep-dive sheet where columns A and B hold `a` and `b` (the first such row). */
function rowWith(workbook: MemoryWorkbook, sheet: string, a: string, b?: string): number {
  const s = workbook.requireSheet(sheet);
  let found = -1;
  for (const [key, cell] of s.cells) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    if (col !== 0 || cell.value !== a) continue;
    if (b !== undefined && s.get(row, 1)?.value !== b) continue;
    if (found < 0 || row < found) found = row;
  }
  return found;
}

async function run(workbook: MemoryWorkbook, s: Step): Promise<void> {
  const edit = (change: (p: Portfolio) => Portfolio) =>
    applyPortfolioEdit(workbook, change, OPTIONS);
  const { portfolio } = await readPortfolio(workbook);
  const measure = pickOf(portfolio.measures, "pick" in s ? s.pick : 0);
  const pair = pickOf(benefitsOf(portfolio), "pick" in s ? s.pick : 0);
  const withMeasure = (id: string, f: (m: Measure) => Measure | null) => (p: Portfolio) => ({
    ...p,
    measures: p.measures.flatMap((m) => (m.id === id ? (f(m) ? [f(m) as Measure] : []) : [m])),
  });
  switch (s.kind) {
    case "addMeasure": {
      const id = `N${++counter}`;
      await edit((p) => ({
        ...p,
        measures: [
          ...p.measures,
          aMeasure({
            id,
            name: NAMES[s.name] as string,
            deepDive: s.deepDive,
            benefits: s.benefits.map((t, i) =>
              benefit(id, i + 1, t, NAMES[(s.name + i) % NAMES.length] as string),
            ),
          }),
        ],
      }));
      return;
    }
    case "renameMeasure":
      if (measure)
        await edit(
          withMeasure(measure.id, (m) => ({ ...m, name: `${NAMES[s.name]} ${counter++}` })),
        );
      return;
    case "removeMeasure":
      if (measure) await edit(withMeasure(measure.id, () => null));
      return;
    case "dropMeasure":
      if (measure) await edit(withMeasure(measure.id, (m) => ({ ...m, status: "avbrutt" })));
      return;
    case "addBenefit":
      if (measure)
        await edit(
          withMeasure(measure.id, (m) => ({
            ...m,
            benefits: [
              ...m.benefits,
              benefit(m.id, 10 + ++counter, s.type, NAMES[s.name] as string),
            ],
          })),
        );
      return;
    case "renameBenefit":
      if (pair)
        await edit(
          withMeasure(pair.measure.id, (m) => ({
            ...m,
            benefits: m.benefits.map((b) =>
              b.id === pair.benefit.id ? { ...b, name: NAMES[s.name] as string } : b,
            ),
          })),
        );
      return;
    case "removeBenefit":
      if (pair)
        await edit(
          withMeasure(pair.measure.id, (m) => ({
            ...m,
            benefits: m.benefits.filter((b) => b.id !== pair.benefit.id),
          })),
        );
      return;
    case "typeAnnual": {
      // In plain Excel: a new «Årlig effekt» on the benefit's row of its deep-dive sheet.
      if (!pair) return;
      const sheet = DD_SHEETS[pair.measure.deepDive as "DD1" | "DD2"];
      const row = rowWith(workbook, sheet, pair.measure.id, pair.benefit.id);
      workbook.typeCell(sheet, toA1({ row, col: 4 }), s.value);
      return;
    }
    case "typeMeasureName": {
      if (!measure) return;
      const sheet = DD_SHEETS[measure.deepDive as "DD1" | "DD2"];
      const row = rowWith(workbook, sheet, measure.id);
      workbook.typeCell(sheet, toA1({ row, col: 1 }), `${NAMES[s.name]} (skrevet)`);
      return;
    }
    case "typeBenefitName": {
      // In plain Excel: a new «Navn» on the benefit's row.
      if (!pair) return;
      const sheet = DD_SHEETS[pair.measure.deepDive as "DD1" | "DD2"];
      const row = rowWith(workbook, sheet, pair.measure.id, pair.benefit.id);
      workbook.typeCell(sheet, toA1({ row, col: 2 }), `${NAMES[s.name]} (endret)`);
      return;
    }
    case "refresh":
      await refreshGevinstSheets(workbook, OPTIONS);
  }
}

type Shown = {
  measure: string;
  benefit: string;
  type: string;
  owner: string;
  indicators: string;
  expected: number[];
};

/** What the map shows in its table, row by row, down to its total row. */
function shownRows(
  workbook: MemoryWorkbook,
  sheet: string,
): { rows: Shown[]; total: number[]; more: string | null } {
  const s = workbook.requireSheet(sheet);
  const header = rowWith(workbook, sheet, "Tiltak");
  const rows: Shown[] = [];
  let measure = "";
  let more: string | null = null;
  for (let row = header + 1; row < header + 100; row++) {
    const text = (col: number) => String(s.get(row, col)?.value ?? "");
    const num = (col: number) => Number(s.get(row, col)?.value ?? NaN);
    if (text(0) === TOTAL_LABEL) return { rows, total: [4, 5, 6, 7, 8].map(num), more };
    if (text(0).startsWith("… og ")) {
      more = text(0);
      continue;
    }
    if (text(0) === "Ingen tiltak ennå.") continue;
    if (text(0) !== "") measure = text(0);
    if (text(2) === "Ingen gevinster ennå") continue;
    rows.push({
      measure,
      benefit: text(2),
      type: text(3),
      owner: text(10),
      indicators: text(9),
      expected: [4, 5, 6, 7, 8].map(num),
    });
  }
  throw new Error(`${sheet}: no total row`);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The map's rows as the core sees the portfolio read back from the sheets. */
function expectedRows(portfolio: Portfolio, deepDive: string): { rows: Shown[]; total: number[] } {
  const result = calculatePortfolio(portfolio);
  const byBenefit = new Map(
    result.measures.flatMap((m) => m.benefits.map((b) => [`${m.id}|${b.id}`, b])),
  );
  const measures = portfolio.measures.filter((m) => m.deepDive === deepDive);
  const rows = fitBlocks(
    mappedMeasures(measures),
    portfolio.deepDives.find((d) => d.id === deepDive) ?? { id: deepDive, name: "" },
  ).blocks.flatMap(({ measure, benefits }) =>
    benefits.map((b) => {
      const figures = result.years.map(
        (y) => byBenefit.get(`${measure.id}|${b.id}`)?.years[y]?.expected ?? NaN,
      );
      return {
        measure: `${measure.id} ${measure.name}`,
        benefit: b.name,
        type: labelOf(b.type),
        owner: b.owner ?? "",
        indicators: b.indicators.map((i) => i.name).join("; "),
        expected: [...figures, figures.reduce((a, v) => a + v, 0)].map(round),
      };
    }),
  );
  const total = result.years.map((y) =>
    result.measures
      .filter((m) => measures.some((x) => x.id === m.id) && m.status !== "avbrutt")
      .reduce((sum, m) => sum + (m.years[y]?.expected ?? 0), 0),
  );
  return { rows, total: [...total, total.reduce((a, v) => a + v, 0)].map(round) };
}

describe("«Gevinst Kart» after measures and benefits are added, renamed or removed", () => {
  it("shows the deep-dive's measures and benefits, their names and forventet as the core", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const workbook = budgetWorkbook();
        await importPortfolio(workbook, start(), OPTIONS);
        for (const s of steps) await run(workbook, s);
        evaluateWorkbook(workbook);
        const { portfolio } = await readPortfolio(workbook);
        for (const dd of ["DD1", "DD2"] as const) {
          const shown = shownRows(workbook, MAPS[dd]);
          const want = expectedRows(portfolio, dd);
          expect({
            dd,
            rows: shown.rows.map((r) => ({ ...r, expected: r.expected.map(round) })),
            total: shown.total.map(round),
          }).toEqual({
            dd,
            ...want,
          });
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);

  it("keeps a map whose measures are all removed, and says so", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, start(), OPTIONS);
    await applyPortfolioEdit(
      workbook,
      (p) => ({ ...p, measures: p.measures.filter((m) => m.deepDive !== "DD2") }),
      OPTIONS,
    );
    // rowWith requires the sheet: the map is still there, and says it has nothing.
    expect(rowWith(workbook, MAPS.DD2, "Ingen tiltak ennå.")).toBeGreaterThan(0);
  });

  it("lists at most one page of benefits and counts the rest", async () => {
    const portfolio = start();
    portfolio.measures = Array.from({ length: 9 }, (_, i) =>
      aMeasure({
        id: `M${i + 1}`,
        deepDive: "DD1",
        benefits: [1, 2, 3].map((n) => benefit(`M${i + 1}`, n, "kostnad", `Gevinst ${n}`)),
      }),
    );
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, portfolio, OPTIONS);
    evaluateWorkbook(workbook);
    const shown = shownRows(workbook, MAPS.DD1);
    // 16 rows: five measures of three, and one of the sixth; three measures and two benefits left.
    expect(shown.rows).toHaveLength(BENEFIT_MAP_ROWS);
    expect(shown.more).toBe(moreText(3, 2, DD_SHEETS.DD1));
    expect(shown.more).toBe(
      "… og 3 tiltak og 2 gevinster til: se arket «Gevinst DD Hjemmetjenesten».",
    );
    // The total is the deep-dive's, every measure counted.
    expect(round(shown.total[4] ?? NaN)).toBe(
      round(expectedRows(portfolio, "DD1").total[4] ?? NaN),
    );
  });
});
