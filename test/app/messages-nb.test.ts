/**
 * The bokmål catalogue writes, for every key, exactly the `message` the core builds for the same
 * issue: so the command line, the workbook and the pane in nb say the same thing. The issues come
 * from the real code paths (validation, the JSON reader, the sheet readers, the config sheet, the
 * budget reader, the roll, the import), each with its fault.
 */
import { importPortfolio } from "../../src/app/import-portfolio";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { connectBudget } from "../../src/app/connect-budget";
import { openBudget } from "../../src/app/open-budget";
import { CATALOGUES, renderIssue, renderMessage, type MessageKey } from "../../src/app/messages";
import { checkMapping } from "../../src/core/budget/check-mapping";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import { manualMapping } from "../../src/core/budget/manual-mapping";
import { readPortfolio } from "../../src/app/read-portfolio";
import { longTextIssues } from "../../src/cli/workbook-files";
import { badAmountIssues } from "../../src/core/budget/bad-amounts";
import { parseConfig } from "../../src/core/config/config-sheet";
import type { Issue, MessageParams } from "../../src/core/model/issue.types";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import { readPortfolioJson } from "../../src/core/portfolio-json";
import { prioritiseMeasures } from "../../src/core/prioritisation";
import { rollPortfolio } from "../../src/core/roll/roll-portfolio";
import { readGevinstSheets } from "../../src/core/sheets/read-workbook";
import { validatePortfolio } from "../../src/core/validation/validate-portfolio";
import type { SheetGrid } from "../../src/core/workbook/workbook-port";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aDeepDive,
  aLink,
  aMeasure,
  anIndicator,
  aPortfolio,
} from "../support/builders";
import { csvSheetRows, stavangerLike } from "../core/budget/support/real-shapes";
import {
  BUDGET_WORKBOOKS,
  decoyOnly,
  erpExport,
  twoSheetBudget,
} from "../support/budget-workbooks";
import {
  MAPPING,
  NOW,
  USER,
  budgetWorkbook,
  findCell,
  handMadePortfolio,
} from "./sheets/sheets-fixture";

const covered = new Set<string>();

/** Every keyed issue renders in nb as its message; returns the issues for further checks. */
function expectSameText(issues: readonly Issue[]): readonly Issue[] {
  for (const issue of issues) {
    if (issue.key === undefined) continue;
    expect({ key: issue.key, text: renderIssue(issue, "nb") }).toEqual({
      key: issue.key,
      text: issue.message,
    });
    covered.add(issue.key);
  }
  return issues;
}

/** A portfolio with one of nearly every validation fault. */
function faultyPortfolio(): Portfolio {
  const invalidBenefit = aBenefit({
    id: "G-INV",
    name: "Ulest",
    annual: 0,
    invalid: { annual: "ca 800 000" },
  });
  return aPortfolio({
    settings: {
      ...aPortfolio().settings,
      hoursPerFte: 0,
      hourlyCost: -5,
      discountRate: 1.5,
      tolerance: 3,
    },
    savingsTarget: { "2027": 100_000, "2035": 5 },
    deepDives: [
      aDeepDive({ id: "DD1", name: "Hjemmetjenesten", workshopDate: "2027-02-30" }),
      aDeepDive({ id: "DD1", name: "Kopi" }),
      aDeepDive({ id: "", name: "" }),
    ],
    measures: [
      aMeasure({
        id: "T1",
        name: "Digitalt tilsyn",
        status: "vedtatt",
        owner: "",
        deepDive: "DD9",
        costs: { oneTime: { "2027": Number.NaN, "2040": 3 }, running: { "2027": 1e16 } },
        actions: [{ id: "H1", what: "Plan", due: "i morgen", status: "ikke_startet" }],
        benefits: [
          aBenefit({
            id: "T1-G1",
            name: "Færre besøk",
            confidence: 1.2,
            phaseIn: { "2027": 1.5 },
            links: [aLink({ share: 0.5 }), aLink({ ansvar: "9999", share: 0.2 })],
            indicators: [
              anIndicator({
                id: "I1",
                direction: "sidelengs" as never,
                baseline: undefined,
                targetDate: "snart",
                measurements: [{ date: "igår", value: 1 }],
              }),
            ],
          }),
          aBenefit({ id: "T1-G2", name: "", links: [] }),
          aBenefit({
            id: "T1-G3",
            type: "kvalitet",
            annual: 5,
            budgetEffect: "uttak",
            realised: { "2027": 3 },
          }),
          aBenefit({ id: "T1-G4", type: "tid", annual: 100, budgetEffect: "ingen", links: [] }),
          invalidBenefit,
        ],
      }),
      aMeasure({ id: "T1", name: "Samme id", status: "ukjent" as never }),
      aMeasure({
        id: "T2",
        status: "vedtatt",
        benefits: [
          aBenefit({
            id: "T2-G1",
            links: [aLink({ ansvar: "4000", share: 1 })],
            indicators: [anIndicator({ id: "I2" })],
          }),
        ],
        costs: { oneTime: { "2027": 10_000 }, running: {} },
        costLink: { ansvar: "5000", art: "1", funksjon: "1" },
      }),
      aMeasure({
        id: "T4",
        status: "vedtatt",
        owner: "Kari",
        costs: { oneTime: { "2027": 1_000 }, running: {} },
        benefits: [aBenefit({ id: "T4-G1", indicators: [anIndicator({ id: "I4" })] })],
      }),
      aMeasure({
        id: "T3",
        status: "vedtatt",
        benefits: [
          aBenefit({
            id: "T3-G1",
            annual: 5_000_000,
            links: [aLink({ ansvar: "4000", share: 1 })],
            indicators: [anIndicator({ id: "I3" })],
          }),
        ],
      }),
    ],
  });
}

const budget = aBudget([
  aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1e6, 1e6, 1e6, 1e6]),
  aBudgetLine({ ansvar: "4000", art: "10300", funksjon: "254" }, [1e5, 1e5, 1e5, 1e5]),
  aBudgetLine({ ansvar: "5000", art: "1", funksjon: "1" }, [1e5, 1e5, 1e5, 1e5]),
  aBudgetLine({ ansvar: "5000", art: "1", funksjon: "1" }, [1e5, 1e5, 1e5, 1e5], 1),
]);

describe("the bokmål catalogue says what the core says", () => {
  it("for every validation issue", () => {
    const issues = expectSameText(validatePortfolio(faultyPortfolio(), budget));
    // The portfolio above is built to hit these; a code path that stops producing one fails here.
    for (const code of [
      "DUPLICATE_ID",
      "UNKNOWN_DEEP_DIVE",
      "BAD_VALUE",
      "LINK_NOT_FOUND",
      "LINK_AMBIGUOUS",
      "SHARES_NOT_ONE",
      "MISSING_BUDGET_LINK",
      "YEAR_OUTSIDE_PLAN",
      "MISSING_OWNER",
      "MISSING_BASELINE",
      "LINE_OVERDRAWN",
      "MISSING_FIELD",
    ])
      expect(issues.map((i) => i.code)).toContain(code);
    // Every issue validation makes carries a key.
    expect(issues.filter((i) => i.key === undefined)).toEqual([]);
  });

  it("for every fault the portfolio file reader reports", () => {
    const file = (body: object) => JSON.stringify(body);
    const base = { format: "gevinst-portefolje", version: 2, budgetYear: 2027 };
    const texts = [
      "{ nope",
      "",
      "[1, 2]",
      file({ format: "noe annet" }),
      file({ version: 2 }),
      file({ format: "gevinst-portefolje", version: 99 }),
      file({ format: "gevinst-portefolje", version: 2 }),
      file({
        ...base,
        deepDives: [7],
        measures: [
          "tekst",
          {
            id: "T1",
            name: "Uten status",
            annual: "mye",
            benefits: [
              { id: "G1", name: "Uten type", indicators: [{ id: "I1", name: "Uten retning" }] },
            ],
          },
        ],
      }),
    ];
    for (const text of texts) {
      const read = readPortfolioJson(text);
      expectSameText(read.issues);
      expect(read.issues.filter((i) => i.key === undefined)).toEqual([]);
      if (read.portfolio) expectSameText(validatePortfolio(read.portfolio));
    }
  });

  it("for every fault the Gevinst sheets reader reports at a cell or a section", async () => {
    const workbook = budgetWorkbook();
    const portfolio = handMadePortfolio();
    portfolio.measures.push(aMeasure({ id: "T9", deepDive: "DD7" }));
    const imported = await importPortfolio(workbook, portfolio, {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    expectSameText(imported.issues);
    const sheet = "Gevinst DD Hjemmetjenesten";
    workbook.typeCell(
      sheet,
      findCell(workbook, sheet, "T1-G1", "Årlig effekt (kr eller timer)"),
      "mye",
    );
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1", "Status"), "kanskje");
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1", "Navn"), null);
    workbook.typeCell(sheet, findCell(workbook, sheet, "I1", "Dato nullpunkt"), "snart");
    const read = await readPortfolio(workbook);
    expectSameText(read.issues);

    // A damaged layout: a section title gone, a required header gone, a benefit of another measure.
    const names = workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Gevinst"));
    const grids = await workbook.readSheets(names, { formulas: true });
    const edited: SheetGrid[] = grids
      .filter((grid) => grid.name !== "Gevinst Innstillinger")
      .map((grid) => {
        if (grid.name !== sheet) return grid;
        let headerGone = false;
        const values = grid.values.map((row) => {
          // T2's benefit row names a measure that is not on the sheet.
          const benefitOfT2 = row.includes("T2-G1") && !row.includes("Gevinst-id");
          return row.map((value) => {
            if (value === "Indikatorer") return null;
            if (value === "Ansvar" && !headerGone) {
              headerGone = true;
              return null;
            }
            return benefitOfT2 && value === "T2" ? "T8" : value;
          });
        });
        return { ...grid, values };
      });
    const damaged = readGevinstSheets(edited);
    expectSameText(damaged.issues);
    expect(damaged.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["SHEET_DAMAGED", "MISSING_FIELD"]),
    );

    // The budget year changed under the sheets.
    const other = await importPortfolio(
      workbook,
      { ...handMadePortfolio(), budgetYear: 2028 },
      {
        now: NOW,
        user: USER,
        mapping: MAPPING,
      },
    );
    expectSameText(other.issues);
  });

  it("for the config sheet, the budget's amounts, the roll and Excel's text limit", () => {
    const json = (value: unknown) => `j:${JSON.stringify(value)}`;
    expectSameText(
      parseConfig([
        ["Nøkkel", "Verdi"],
        ["schemaVersion", json(99)],
        ["budgetMapping", "j:{ikke json"],
        ["annet", "j:{ikke json"],
      ]).issues,
    );
    expectSameText(
      parseConfig([
        ["Nøkkel", "Verdi"],
        ["schemaVersion", json("x")],
      ]).issues,
    );
    expectSameText(
      parseConfig([
        ["Nøkkel", "Verdi"],
        ["schemaVersion", json(1)],
        ["budgetMapping", json({})],
      ]).issues,
    );
    expectSameText(badAmountIssues([{ sheet: "Budsjett", row: 4, col: 9, text: "12 kr" }]));
    const rolled = rollPortfolio(aPortfolio({ savingsTarget: { "2027": 1 } }));
    expect(rolled.status).toBe("rolled");
    if (rolled.status === "rolled") expectSameText(rolled.issues);
    expectSameText(
      longTextIssues({
        longTexts: [{ sheet: "Gevinst Tiltak", cell: "B3", length: 40_000 }],
      } as unknown as Parameters<typeof longTextIssues>[0]),
    );
  });

  it("for the budget search, the mapping check and the roll's refusals", async () => {
    const said = (f: { message: string; key?: string; params?: MessageParams }) => {
      expect(f.key).toBeDefined();
      expect(renderMessage(f, "nb", "")).toBe(f.message);
      if (f.key !== undefined) covered.add(f.key);
    };
    // Detection: nothing like a budget, with and without a sheet named; a sheet that is not there.
    for (const options of [{}, { sheet: "Personal" }, { sheet: "Finnes ikke" }]) {
      const result = await connectBudget(MemoryWorkbook.fromSeed(decoyOnly().seed), options);
      if (result.status === "found") throw new Error("found");
      said(result);
    }
    const empty = await connectBudget(MemoryWorkbook.fromSeed({ sheets: [] }));
    if (empty.status === "found") throw new Error("found");
    said(empty);

    // Every test budget found: each line of the explanation. Also plan years carried forward
    // (a given budget year late in the sheet), a copied sheet left out, rows sharing a key.
    const copied = twoSheetBudget().seed;
    const helse = copied.sheets[2];
    if (helse) copied.sheets.push({ ...helse, name: "Drift Helse (kopi)" });
    const budgets = [
      ...Object.values(BUDGET_WORKBOOKS).map((make) => ({ seed: make().seed, options: {} })),
      { seed: erpExport(10).seed, options: { budgetYear: 2029 } },
      { seed: copied, options: {} },
      {
        seed: {
          sheets: [{ name: "Budsjett 2016", rows: csvSheetRows(stavangerLike(150, 5).csv) }],
        },
        options: {},
      },
    ];
    for (const { seed, options } of budgets) {
      const found = await connectBudget(MemoryWorkbook.fromSeed(seed), options);
      if (found.status !== "found") continue;
      expect(found.explanationRefs).toHaveLength(found.explanation.length);
      found.explanation.forEach((message, i) => said({ message, ...found.explanationRefs[i] }));
    }

    // The mapping check: a sheet gone, a table gone, a header lost, a header moved.
    const workbook = MemoryWorkbook.fromSeed(erpExport(10).seed);
    const proposal = await connectBudget(workbook);
    if (proposal.status !== "found") throw new Error("no budget");
    const { mapping, grids } = proposal;
    const source = mapping.sources[0];
    const grid = grids[0];
    if (!source || !grid) throw new Error("no source");
    const junk = grid.values.map((row) => row.map(() => "x"));
    const checks = [
      checkMapping(mapping, []),
      checkMapping({ ...mapping, sources: [{ ...source, table: "Drift" }] }, grids),
      checkMapping(mapping, [{ ...grid, values: junk }]),
      checkMapping(mapping, [{ ...grid, values: [["Ny tittelrad"], ...grid.values] }]),
      // A column inserted before the budget: every key and plan-year column moves one right.
      checkMapping(mapping, [{ ...grid, values: grid.values.map((row) => [null, ...row]) }]),
    ];
    expect(checks[4]?.messages[0]).toMatch(/^Kolonnene på arket .* \(.*→.*\)\./);
    for (const check of checks) {
      expect(check.refs).toHaveLength(check.messages.length);
      check.messages.forEach((message, i) => said({ message, ...check.refs[i] }));
    }

    // The roll: backwards, or more than one year.
    for (const year of [2026, 2029]) {
      const refused = rollPortfolio(aPortfolio(), year);
      if (refused.status !== "refused") throw new Error("rolled");
      said(refused);
    }
  });

  it("for a hand mapping that will not do, and why each row was skipped", () => {
    const values = [
      ["Ansvar", "Art", "Funksjon", "Budsjett 2027"],
      ["1000", "10100", "120", 100],
      [null, null, null, null],
      ["Sum", null, null, 100],
      ["Se note 3", null, null, null],
      ["1000", "10100", "130", "mye"],
    ];
    const grid: SheetGrid = { name: "Ark1", origin: { row: 0, col: 0 }, values };
    const choices = [
      { keys: {}, years: [{ col: 3, year: 2027 }] },
      { keys: { ansvar: 0, art: 1 }, years: [] },
      { keys: { ansvar: 0, art: 1 }, years: [{ col: 3, year: 2027 }], budgetYear: 2028 },
      // The last row as header: nothing under it.
      { keys: { ansvar: 0, art: 1 }, years: [{ col: 3, year: 2027 }], headerRow: 5 },
    ];
    const keys = choices.map((choice) => {
      const result = manualMapping(grid, { sheet: "Ark1", headerRow: 0, ...choice });
      if (!("problem" in result)) throw new Error("mapped");
      expect(renderMessage(result.ref, "nb", "")).toBe(result.problem);
      covered.add(result.ref.key);
      return result.ref.key;
    });
    expect(keys).toEqual([
      "MAPPING_LACKS",
      "MAPPING_NO_AMOUNT_COLUMN",
      "MAPPING_LACKS",
      "MAPPING_NO_LINES",
    ]);

    const found = manualMapping(grid, {
      sheet: "Ark1",
      headerRow: 0,
      keys: { ansvar: 0, art: 1, funksjon: 2 },
      years: [{ col: 3, year: 2027 }],
    });
    if ("problem" in found) throw new Error(found.problem);
    const { skipped } = readBudgetLines(found.mapping, [grid]);
    expect(new Set(skipped.map((row) => row.kind)).size).toBeGreaterThanOrEqual(3);
    for (const row of skipped) {
      const ref = { key: "SKIPPED_ROW", params: { rowKind: row.kind } };
      expect(renderMessage(ref, "nb", "")).toBe(row.reason);
    }
    covered.add("SKIPPED_ROW");
  });

  it("for the prioritisation's closing line: closed, closed by the proposal, still open", () => {
    const target = { "2027": 100_000, "2028": 100_000, "2029": 100_000, "2030": 100_000 };
    const proposed = aMeasure({
      id: "A",
      status: "foreslatt",
      benefits: [aBenefit({ id: "GA", annual: 150_000 })],
    });
    const portfolios = [
      aPortfolio(),
      aPortfolio({ savingsTarget: target, measures: [proposed] }),
      aPortfolio({ savingsTarget: { ...target, "2029": 900_000 }, measures: [proposed] }),
    ];
    const keys = portfolios.map((portfolio) => {
      const { summary, summaryRef } = prioritiseMeasures(portfolio);
      expect(renderMessage(summaryRef, "nb", "")).toBe(summary);
      covered.add(summaryRef.key);
      return summaryRef.key;
    });
    expect(keys).toEqual(["PRIORITY_ALREADY_CLOSED", "PRIORITY_CLOSES_GAP", "PRIORITY_GAP_OPEN"]);
  });

  it("for what opening the budget repaired, with the reason inside in the same language", async () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [
        { name: "Notater", rows: [["Bare notater"]] },
        { name: "Gevinst Oversikt", rows: [["Oversikt"]] },
      ],
    });
    const opened = await openBudget(workbook);
    expect(opened.noticeRefs).toHaveLength(1);
    const ref = opened.noticeRefs[0] ?? { key: "", params: {} };
    expect(renderMessage(ref, "nb", "")).toBe(opened.notices[0]);
    covered.add(ref.key);
    expect(renderMessage(ref, "en", "")).toMatch(
      /^The connection to the budget .* did not find the budget again: No budget was found in the workbook\./,
    );
    expect(renderMessage(ref, "nn", "")).toContain("Fann ikkje noko budsjett i arbeidsboka.");
  });

  it("has been checked for every key (except those listed, which need a connected Excel budget)", () => {
    // Made by loadBudget on a connected workbook: the rename is checked in
    // test/app/connect-budget.test.ts; «no lines left» is a fixed text without params.
    const elsewhere = ["BUDGET_SHEET_RENAMED", "BUDGET_NO_LINES"];
    // Built from the nb catalogue itself (`failure`, `EditError` in src/app), so their bokmål
    // text is the catalogue's by construction.
    const fromCatalogue = [
      "READ_TOO_LARGE",
      "WORKBOOK_ERROR",
      "SHEET_TOO_LARGE",
      "NOT_CONNECTED",
      "ROLL_ALREADY_ROLLED",
      // With the year: the pane's hand mapping (src/app/hand-mapping.ts).
      "MAPPING_NO_AMOUNT_COLUMN",
      "CONFIG_UPGRADED",
      "CONNECTION_REBUILT",
      ...Object.keys(CATALOGUES.nb.messages).filter((key) => key.startsWith("EDIT_")),
    ];
    const keys = Object.keys(CATALOGUES.nb.messages) as MessageKey[];
    const unchecked = keys.filter(
      (key) => !covered.has(key) && !elsewhere.includes(key) && !fromCatalogue.includes(key),
    );
    expect(unchecked).toEqual([]);
  });
});
