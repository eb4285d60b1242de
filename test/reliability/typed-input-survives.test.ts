/**
 * Guarantee 2: nothing a person typed is lost. Two «users» on one workbook — the budget officer
 * running set-up, refresh and imports through the add-in, and line managers typing into their
 * deep-dive sheets in Excel (renaming a deep-dive, adding a measure in a spare row, changing
 * names, statuses and amounts) — in random orders (fast-check). Afterwards every typed value reads
 * back with readPortfolio, on the memory adapter and on the Office.js adapter (simulator).
 */
import fc from "fast-check";
import { importPortfolio } from "../../src/app/import-portfolio";
import { readPortfolio } from "../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import { toA1 } from "../../src/core/workbook/address";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import { MAPPING, budgetWorkbook } from "../app/sheets/sheets-fixture";
import { aBenefit, aDeepDive, aMeasure, aPortfolio } from "../support/builders";
import { excelHost, memoryHost, type Host } from "./support/hosts";
import {
  locateDeepDiveField,
  locateRowField,
  locateSpareMeasureRow,
} from "./support/sheet-locator";
import { seedOf } from "../support/memory-seed";

const NOW = new Date("2026-10-01T08:00:00Z");
const OPTIONS = { now: NOW, user: "Budsjettsjef", mapping: MAPPING };

/** DD1 with T1 and T2, DD2 with T3; every uttak benefit linked to a line of budgetWorkbook(). */
function basePortfolio(): Portfolio {
  return aPortfolio({
    deepDives: [
      aDeepDive({ id: "DD1", name: "Hjemmetjenesten", owner: "Kari" }),
      aDeepDive({ id: "DD2", name: "Barnehage", owner: "Per" }),
    ],
    measures: [
      aMeasure({ id: "T1", deepDive: "DD1", benefits: [aBenefit({ id: "T1-G1" })] }),
      aMeasure({ id: "T2", deepDive: "DD1", benefits: [aBenefit({ id: "T2-G1", annual: 5_000 })] }),
      aMeasure({ id: "T3", deepDive: "DD2", benefits: [aBenefit({ id: "T3-G1", annual: 7_000 })] }),
    ],
  });
}

type Action =
  | { kind: "setUp" }
  | { kind: "refresh" }
  /** The officer imports a new measure into an existing or a new deep-dive. */
  | { kind: "import"; intoNewDeepDive: boolean }
  | {
      kind: "typeMeasure";
      id: string;
      header: "Navn" | "Gevinstansvarlig" | "Status" | "Beskrivelse";
      word: string;
    }
  | { kind: "typeAnnual"; id: string; amount: number }
  | { kind: "typeConfidence"; id: string; confidence: number }
  | { kind: "typeDeepDive"; id: string; label: "Navn" | "Ansvarlig" | "Nå-situasjon"; word: string }
  | { kind: "addMeasureRow"; deepDive: string };

const WORDS = [
  "Omsorg nord",
  "Skole: vest/øst",
  "Kari Nordmann",
  "Ny rutine",
  "Æøå test",
  "Omsorg nord",
];
const STATUSES = [
  "foreslatt",
  "prioritert",
  "vedtatt",
  "under_realisering",
  "realisert",
  "avbrutt",
];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant<Action>({ kind: "setUp" }),
  fc.constant<Action>({ kind: "refresh" }),
  fc.boolean().map<Action>((intoNewDeepDive) => ({ kind: "import", intoNewDeepDive })),
  fc.record({
    kind: fc.constant("typeMeasure" as const),
    id: fc.constantFrom("T1", "T2", "T3"),
    header: fc.constantFrom(
      "Navn" as const,
      "Gevinstansvarlig" as const,
      "Status" as const,
      "Beskrivelse" as const,
    ),
    word: fc.constantFrom(...WORDS),
  }),
  fc.record({
    kind: fc.constant("typeAnnual" as const),
    id: fc.constantFrom("T1-G1", "T2-G1", "T3-G1"),
    amount: fc.integer({ min: 0, max: 5_000_000 }),
  }),
  fc.record({
    kind: fc.constant("typeConfidence" as const),
    id: fc.constantFrom("T1-G1", "T2-G1", "T3-G1"),
    confidence: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  }),
  fc.record({
    kind: fc.constant("typeDeepDive" as const),
    id: fc.constantFrom("DD1", "DD2"),
    label: fc.constantFrom("Navn" as const, "Ansvarlig" as const, "Nå-situasjon" as const),
    word: fc.constantFrom(...WORDS),
  }),
  fc.record({
    kind: fc.constant("addMeasureRow" as const),
    deepDive: fc.constantFrom("DD1", "DD2"),
  }),
);

type Expectation = { what: string; read: (p: Portfolio) => unknown; value: unknown };

/** Runs the actions; returns what each typed value must read back as. */
async function play(host: Host, actions: readonly Action[]): Promise<Expectation[]> {
  const expected = new Map<string, Expectation>();
  let step = 0;
  let imported = 0;
  for (const a of actions) {
    step++;
    switch (a.kind) {
      case "setUp":
        await setUpGevinstSheets(host.port, OPTIONS);
        break;
      case "refresh":
        await refreshGevinstSheets(host.port, OPTIONS);
        break;
      case "import": {
        imported++;
        const id = `N${imported}`;
        const deepDive = a.intoNewDeepDive ? `DDN${imported}` : "DD1";
        await importPortfolio(
          host.port,
          aPortfolio({
            deepDives: a.intoNewDeepDive
              ? [aDeepDive({ id: deepDive, name: `Nytt område ${imported}` })]
              : [],
            measures: [aMeasure({ id, deepDive, benefits: [aBenefit({ id: `${id}-G1` })] })],
          }),
          OPTIONS,
        );
        expected.set(`measure:${id}`, {
          what: `imported measure ${id}`,
          read: (p) => p.measures.find((m) => m.id === id)?.deepDive,
          value: deepDive,
        });
        break;
      }
      case "typeMeasure": {
        const at = await locateRowField(host, "Tiltak", 0, a.id, a.header);
        if (!at) throw new Error(`no ${a.header} cell for ${a.id}`);
        const value =
          a.header === "Status"
            ? (STATUSES[a.word.length % STATUSES.length] as string)
            : `${a.word} ${step}`;
        host.type(at.sheet, at.a1, value);
        const field = {
          Navn: "name",
          Gevinstansvarlig: "owner",
          Status: "status",
          Beskrivelse: "description",
        }[a.header];
        expected.set(`${a.id}.${field}`, {
          what: `${a.id} ${a.header} typed at ${at.sheet}!${at.a1}`,
          read: (p) =>
            (p.measures.find((m) => m.id === a.id) as Record<string, unknown> | undefined)?.[field],
          value,
        });
        break;
      }
      case "typeAnnual":
      case "typeConfidence": {
        const header = a.kind === "typeAnnual" ? "Årlig effekt (kr eller timer)" : "Konfidens";
        const value = a.kind === "typeAnnual" ? a.amount : a.confidence;
        const at = await locateRowField(host, "Gevinster", 1, a.id, header);
        if (!at) throw new Error(`no ${header} cell for ${a.id}`);
        host.type(at.sheet, at.a1, value);
        const field = a.kind === "typeAnnual" ? "annual" : "confidence";
        expected.set(`${a.id}.${field}`, {
          what: `${a.id} ${header} typed at ${at.sheet}!${at.a1}`,
          read: (p) =>
            (
              p.measures.flatMap((m) => m.benefits).find((b) => b.id === a.id) as
                Record<string, unknown> | undefined
            )?.[field],
          value,
        });
        break;
      }
      case "typeDeepDive": {
        const at = await locateDeepDiveField(host, a.id, a.label);
        if (!at) throw new Error(`no ${a.label} for ${a.id}`);
        const value = `${a.word} ${step}`;
        host.type(at.sheet, at.a1, value);
        const field = { Navn: "name", Ansvarlig: "owner", "Nå-situasjon": "currentSituation" }[
          a.label
        ];
        expected.set(`${a.id}.${field}`, {
          what: `${a.id} ${a.label} typed at ${at.sheet}!${at.a1}`,
          read: (p) =>
            (p.deepDives.find((d) => d.id === a.id) as Record<string, unknown> | undefined)?.[
              field
            ],
          value,
        });
        break;
      }
      case "addMeasureRow": {
        const spare = await locateSpareMeasureRow(host, a.deepDive);
        if (!spare) break; // no spare row left: a person would insert a row; not modelled here
        const id = `M${step}`;
        const col = (header: string) => spare.headers.indexOf(header);
        const typeAt = (header: string, value: string) =>
          host.type(spare.sheet, toA1({ row: spare.row, col: col(header) }), value);
        typeAt("Tiltak-id", id);
        typeAt("Navn", `Linjeleders tiltak ${step}`);
        typeAt("Gevinstansvarlig", "Linjeleder");
        typeAt("Status", "foreslatt");
        expected.set(`measure:${id}`, {
          what: `measure ${id} typed in a spare row of ${spare.sheet}`,
          read: (p) => p.measures.find((m) => m.id === id)?.name,
          value: `Linjeleders tiltak ${step}`,
        });
        break;
      }
    }
  }
  return [...expected.values()];
}

/** How many typed values the scenarios checked, so a test can tell it checked something. */
let checked = 0;

async function runScenario(host: Host, actions: readonly Action[]): Promise<void> {
  await importPortfolio(host.port, basePortfolio(), OPTIONS);
  const expectations = await play(host, actions);
  // One more refresh at the end: whatever happened before, it must not lose anything either.
  await refreshGevinstSheets(host.port, OPTIONS);

  const { portfolio } = await readPortfolio(host.port);
  checked += expectations.length;

  const lost = expectations
    .filter((e) => e.read(portfolio) !== e.value)
    .map(
      (e) =>
        `${e.what}: expected ${JSON.stringify(e.value)}, read ${JSON.stringify(e.read(portfolio))}`,
    );
  expect(lost).toEqual([]);
  expect(portfolio.measures.map((m) => m.id)).toEqual(expect.arrayContaining(["T1", "T2", "T3"]));
}

describe("nothing a person typed is lost", () => {
  beforeEach(() => {
    checked = 0;
  });

  it("keeps every typed value through set-up, refresh, imports and renames (memory adapter)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        await runScenario(memoryHost(seedOf(budgetWorkbook())), actions);
      }),
      { numRuns: 35 },
    );
    // Scenarios are random: make sure they typed (and checked) plenty.
    expect(checked).toBeGreaterThan(35);
  });

  it("keeps every typed value through the Office.js adapter", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
        await runScenario(excelHost(seedOf(budgetWorkbook())), actions);
      }),
      { numRuns: 10 },
    );
    expect(checked).toBeGreaterThan(10);
  });
});
