/**
 * Tjenesteområde as a key dimension (spec §13, issue 24): found from its header words, the only
 * key of a rammebudsjett, beside avdeling and tjeneste in Bergen's økonomiplan layout, usable in
 * a hand mapping, and carried in keys — a key without it is what it always was.
 */
import fc from "fast-check";

import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { createBudgetIndex, indexOptionsOf } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import {
  KEY_DIMENSIONS,
  type BudgetDetectionResult,
  type BudgetLine,
  type BudgetMapping,
  type KeyDimension,
} from "../../../src/core/budget/budget.types";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import { classifyHeader, needsCodes } from "../../../src/core/budget/header-words";
import {
  columnsOptionText,
  manualMapping,
  parseColumnsOption,
} from "../../../src/core/budget/manual-mapping";
import { compareKeys, describeKey, keyId, normaliseKey } from "../../../src/core/calculation";
import { completeAreaKeys } from "../../../src/core/calculation/complete-keys";
import { validateMapping } from "../../../src/core/config/mapping-schema";
import { aBenefit, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { columnLetters } from "../../../src/core/workbook/address";
import { csvSheetRows } from "./support/real-shapes";
import { messageText } from "../../../src/app/messages";

async function gridsOf(seed: WorkbookSeed) {
  const workbook = MemoryWorkbook.fromSeed(seed);
  const outline = await workbook.describe();
  const grids = await workbook.readSheets(
    outline.sheets.map((s) => s.name),
    { formulas: true },
  );
  return { grids, outline };
}

async function detect(seed: WorkbookSeed): Promise<BudgetDetectionResult> {
  const { grids, outline } = await gridsOf(seed);
  return detectBudget({ grids, tables: outline.tables, sheets: outline.sheets });
}

function found(result: BudgetDetectionResult) {
  if (result.status !== "found") throw new Error(messageText(result));
  return result;
}

async function indexOf(seed: WorkbookSeed, mapping: BudgetMapping) {
  const { grids } = await gridsOf(seed);
  return createBudgetIndex(readBudgetLines(mapping, grids).lines, indexOptionsOf(mapping));
}

/** A rammebudsjett: one line per tjenesteområde, netto driftsramme per plan year. */
const RAMMER: WorkbookSeed = {
  sheets: [
    {
      name: "Rammer",
      rows: [
        ["Økonomiplan 2027–2030, netto driftsrammer"],
        [],
        ["Tjenesteområde", "Tjenesteområde navn", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"],
        ["01", "Oppvekst", 412_000_000, 410_500_000, 409_000_000, 408_000_000],
        ["02", "Barnevern", 61_000_000, 60_000_000, 59_500_000, 59_000_000],
        ["17A", "Sykehjem", 230_000_000, 228_000_000, 227_000_000, 226_000_000],
        ["Sum", null, 703_000_000, 698_500_000, 695_500_000, 693_000_000],
      ],
    },
  ],
};

/** Bergen's «Datagrunnlag for driftsbudsjett og økonomiplan 2013–2016», in its shape. */
const BERGEN_PLAN =
  "\ufeffavdeling;avdeling-tekst;tjomr;tjomr-tekst;tjeneste;tjeneste-tekst;endrgr;endrgr-tekst;2013;2014;2015;2016\n" +
  "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N00;Vedtatt budsjett 2012;1 000 000;1 000 000;1 000 000;1 000 000\n" +
  "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N11;Effektivisering;-50 000;-80 000;-100 000;-100 000\n" +
  "4;Byrådsavd. for helse og omsorg;02;Barnevern;25100;Barnevern tiltak;N00;Vedtatt budsjett 2012;5 000 000;5 000 000;5 000 000;5 000 000\n" +
  "4;Byrådsavd. for helse og omsorg;17A;Sykehjem;25300;Sykehjem drift;N00;Vedtatt budsjett 2012;9 000 000;9 100 000;9 200 000;9 300 000\n";

const bergenSeed: WorkbookSeed = {
  sheets: [{ name: "Datagrunnlag 2013-2016", rows: csvSheetRows(BERGEN_PLAN) }],
};

describe("tjenesteområde header words (spec §13)", () => {
  it.each([
    ["Tjenesteområde", "key"],
    ["tjenesteomraade", "key"],
    ["tjomr", "key"],
    ["Tj.omr nr", "key"],
    ["Rammeområde", "key"],
    ["Sektor", "key"],
    ["virksomhetsomraade", "key"],
    ["Tenesteområde", "key"],
    ["Tjeneste område", "key"],
    ["tjomraade", "key"],
    ["tjenesteomraade-tekst", "name"],
    ["tjomr-tekst", "name"],
    ["Tjenesteområde navn", "name"],
  ])("«%s» is tjenesteområde's %s column", (header, kind) => {
    expect(classifyHeader(header)).toEqual({ kind, dimension: "tjenesteomrade" });
  });

  it("leaves tjeneste as funksjon, and asks for codes only under «sektor» and «virksomhetsområde»", () => {
    expect(classifyHeader("tjeneste")).toEqual({ kind: "key", dimension: "funksjon" });
    expect(classifyHeader("tjeneste_nr")).toEqual({ kind: "key", dimension: "funksjon" });
    expect(classifyHeader("tjeneste-tekst")).toEqual({ kind: "name", dimension: "funksjon" });
    expect(classifyHeader("tjxomr")).toBeNull();
    expect(classifyHeader("Sektorplan")).toBeNull();
    expect(["Sektor", "virksomhetsomraade"].map(needsCodes)).toEqual([true, true]);
    expect(["tjomr", "Tjenesteområde", "Rammeområde"].map(needsCodes)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("a rammebudsjett by tjenesteområde: one key is enough (spec §13)", () => {
  it("is found with tjenesteområde as its only key, its names, and all four plan years", async () => {
    const detection = found(await detect(RAMMER));

    const source = detection.mapping.sources[0];
    expect(source?.keyColumns).toEqual({ tjenesteomrade: 0 });
    expect(source?.nameColumns).toEqual({ tjenesteomrade: 1 });
    expect(detection.mapping.budgetYear).toBe(2027);
    expect(detection.lineCount).toBe(3);
    expect(detection.explanation.map((r) => messageText(r)).join("\n")).toContain(
      "tjenesteområde i A («Tjenesteområde»)",
    );
    const index = await indexOf(RAMMER, detection.mapping);
    const [barnevern] = index.findLines({
      ansvar: "",
      art: "",
      funksjon: "",
      tjenesteomrade: "02",
    });
    expect(barnevern?.key).toEqual({
      ansvar: "",
      art: "",
      funksjon: "",
      prosjekt: "",
      tjenesteomrade: "02",
    });
    expect(barnevern?.names).toEqual({ tjenesteomrade: "Barnevern" });
    expect(barnevern?.amounts).toEqual([61_000_000, 60_000_000, 59_500_000, 59_000_000]);
    // Σ of the three rammer, as the «Sum» row (left out as a subtotal) says.
    expect(index.planTotal()).toEqual([703_000_000, 698_500_000, 695_500_000, 693_000_000]);
    expect(index.totalsBy("tjenesteomrade").map((t) => [t.code, t.name])).toEqual([
      ["01", "Oppvekst"],
      ["02", "Barnevern"],
      ["17A", "Sykehjem"],
    ]);
    // A key that leaves the only key out names every line: the caller's LINK_AMBIGUOUS.
    expect(index.findLines({ ansvar: "", art: "", funksjon: "" })).toHaveLength(3);
    expect(index.findLines({ ansvar: "", art: "", funksjon: "", tjenesteomrade: "03" })).toEqual(
      [],
    );
  });

  it("is found by funksjon alone too (a rammebudsjett by KOSTRA funksjon)", async () => {
    const seed: WorkbookSeed = {
      sheets: [
        {
          name: "Rammer",
          rows: [
            ["Funksjon", "Budsjett 2027"],
            [201, 1_500_000],
            [254, 2_250_000],
          ],
        },
      ],
    };

    const detection = found(await detect(seed));

    expect(detection.mapping.sources[0]?.keyColumns).toEqual({ funksjon: 0 });
    const index = await indexOf(seed, detection.mapping);
    expect(index.findLines({ ansvar: "", art: "", funksjon: "254" })[0]?.amounts).toEqual([
      2_250_000, 2_250_000, 2_250_000, 2_250_000,
    ]);
  });

  it("takes «Sektor» as tjenesteområde when it holds codes, and not when it holds names", async () => {
    const sheet = (codes: string[]): WorkbookSeed => ({
      sheets: [
        {
          name: "Drift",
          rows: [
            ["Sektor", "Ansvar", "Art", "Budsjett 2027"],
            [codes[0] ?? "", 3100, 10100, 1000],
            [codes[1] ?? "", 3200, 10100, 2000],
          ],
        },
      ],
    });

    const withCodes = found(await detect(sheet(["S1", "S2"])));
    const withNames = found(await detect(sheet(["Helse og omsorg", "Oppvekst"])));

    expect(withCodes.mapping.sources[0]?.keyColumns).toEqual({
      tjenesteomrade: 0,
      ansvar: 1,
      art: 2,
    });
    expect(withNames.mapping.sources[0]?.keyColumns).toEqual({ ansvar: 1, art: 2 });
  });
});

describe("Bergen's økonomiplan layout: avdeling as ansvar, tjomr, tjeneste, change rows", () => {
  it("keys each line by avdeling, tjeneste and tjomr, summing the change rows of a key", async () => {
    const detection = found(await detect(bergenSeed));

    expect(detection.mapping.sources[0]?.keyColumns).toEqual({
      ansvar: 0,
      tjenesteomrade: 2,
      funksjon: 4,
    });
    expect(detection.mapping.sources[0]?.nameColumns).toMatchObject({
      ansvar: 1,
      tjenesteomrade: 3,
      funksjon: 5,
    });
    // Four rows, the two change rows of 2/16/12000 one line.
    expect(detection.lineCount).toBe(3);
    expect(detection.mergedRows).toBe(1);
    const index = await indexOf(bergenSeed, detection.mapping);
    expect(index.hasTjenesteomrade).toBe(true);
    const key = { ansvar: "2", art: "", funksjon: "12000", tjenesteomrade: "16" };
    const [line] = index.findLines(key);
    // N00 1 000 000 + N11 −50 000 / −80 000 / −100 000 / −100 000.
    expect(line?.amounts).toEqual([950_000, 920_000, 900_000, 900_000]);
    expect(line?.rowCount).toBe(2);
    expect(line?.names.tjenesteomrade).toBe("Administrasjon");
    // Without its tjenesteområde the rest of the key still names the one line; a wrong one none.
    expect(index.findLines({ ansvar: "2", art: "", funksjon: "12000" })).toEqual([line]);
    expect(index.findLines({ ...key, tjenesteomrade: "02" })).toEqual([]);
    expect(index.search("17a", "tjenesteomrade").map((h) => h.label)).toEqual(["17A Sykehjem"]);
  });

  it("stores the tjenesteområde column in the config and reads it back", () => {
    const mapping: BudgetMapping = {
      budgetYear: 2013,
      sources: [
        {
          sheet: "Data",
          headerRow: 0,
          firstRow: 1,
          lastRow: 4,
          keyColumns: { ansvar: 0, tjenesteomrade: 2, funksjon: 4 },
          nameColumns: { tjenesteomrade: 3 },
          planColumns: [8, 9, 10, 11],
          yearColumns: [],
          unit: 1,
        },
      ],
    };

    expect(validateMapping(JSON.parse(JSON.stringify(mapping)))).toEqual({ mapping });
  });
});

describe("a hand mapping with tjenesteområde (--columns tjenesteomrade=C)", () => {
  it("maps a rammebudsjett whose headers say nothing, by tjenesteområde alone", async () => {
    const seed: WorkbookSeed = {
      sheets: [
        {
          name: "Ark1",
          rows: [
            ["Område", "Tekst", "Ramme"],
            ["02", "Barnevern", 61_000_000],
            ["17A", "Sykehjem", 230_000_000],
          ],
        },
      ],
    };
    const { grids } = await gridsOf(seed);
    const parsed = parseColumnsOption("tjomr=A,2027=C");
    if ("problem" in parsed) throw new Error(parsed.problem.key);

    const result = manualMapping(grids[0]!, { sheet: "Ark1", headerRow: 0, ...parsed });

    if ("problem" in result) throw new Error(result.problem.key);
    expect(parsed.keys).toEqual({ tjenesteomrade: 0 });
    expect(result.lineCount).toBe(2);
    expect(columnsOptionText(result.mapping.sources[0]!)).toBe("tjenesteomrade=A,2027=C");
    const index = await indexOf(seed, result.mapping);
    expect(
      index.findLines({ ansvar: "", art: "", funksjon: "", tjenesteomrade: "17A" })[0]?.amounts,
    ).toEqual([230_000_000, 230_000_000, 230_000_000, 230_000_000]);
  });

  it("gives back, as --columns text, every choice of key columns it parses", () => {
    const choice = fc.record({
      keys: fc.subarray([...KEY_DIMENSIONS], { minLength: 1 }),
      cols: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { minLength: 6, maxLength: 6 }),
      year: fc.integer({ min: 2000, max: 2099 }),
    });
    fc.assert(
      fc.property(choice, ({ keys, cols, year }) => {
        const keyColumns: Partial<Record<KeyDimension, number>> = {};
        keys.forEach((d, i) => (keyColumns[d] = cols[i] as number));
        const yearCol = cols[5] as number;
        const text = columnsOptionText({
          sheet: "Ark1",
          headerRow: 0,
          firstRow: 1,
          lastRow: 1,
          keyColumns,
          nameColumns: {},
          planColumns: [yearCol, yearCol, yearCol, yearCol],
          yearColumns: [{ col: yearCol, year, kind: "budsjett", header: String(year) }],
          unit: 1,
        });

        expect(parseColumnsOption(text)).toEqual({
          keys: keyColumns,
          years: [{ col: yearCol, year }],
        });
        expect(text).toContain(`${year}=${columnLetters(yearCol)}`);
      }),
    );
  });
});

describe("keys with and without tjenesteområde", () => {
  it("leaves a key without it exactly as before: id, description, normal form", () => {
    const key = { ansvar: " 3100", art: "10300", funksjon: "254" };

    expect(keyId(key)).toBe("3100|10300|254|");
    expect(keyId({ ...key, tjenesteomrade: " " })).toBe("3100|10300|254|");
    expect(describeKey(key)).toBe("ansvar 3100, art 10300, funksjon 254");
    expect(normaliseKey({ ...key, tjenesteomrade: "" })).toEqual({
      ansvar: "3100",
      art: "10300",
      funksjon: "254",
      prosjekt: "",
    });
    expect("tjenesteomrade" in normaliseKey({ ...key, tjenesteomrade: "" })).toBe(false);
  });

  it("carries it in the id, the description and the order where a key has it", () => {
    const key = { ansvar: "", art: "", funksjon: "12000", tjenesteomrade: " 17A " };

    expect(keyId(key)).toBe("||12000||17A");
    expect(describeKey(key)).toBe("ansvar , art , funksjon 12000, tjenesteområde 17A");
    expect(normaliseKey(key).tjenesteomrade).toBe("17A");
    expect(compareKeys({ ...key, tjenesteomrade: "02" }, key)).toBeLessThan(0);
  });

  it("finds every line by its whole key, and by the rest of it when tjenesteområde is left out", () => {
    // Lines of distinct (ansvar, funksjon); each funksjon belongs to one tjenesteområde.
    const lineSet = fc.uniqueArray(
      fc.record({
        ansvar: fc.integer({ min: 1000, max: 1020 }).map(String),
        funksjon: fc.integer({ min: 100, max: 120 }).map(String),
        amount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      }),
      { minLength: 1, maxLength: 40, selector: (l) => `${l.ansvar}|${l.funksjon}` },
    );
    fc.assert(
      fc.property(lineSet, (generated) => {
        const area = (funksjon: string) => `T${Number(funksjon) % 4}`;
        const lines: BudgetLine[] = generated.map((l, row) => ({
          key: {
            ansvar: l.ansvar,
            art: "",
            funksjon: l.funksjon,
            prosjekt: "",
            tjenesteomrade: area(l.funksjon),
          },
          names: {},
          amounts: [l.amount, l.amount, l.amount, l.amount],
          source: 0,
          row,
        }));
        const index = createBudgetIndex(lines);

        expect(index.hasTjenesteomrade).toBe(true);
        for (const l of generated) {
          const rest = { ansvar: l.ansvar, art: "", funksjon: l.funksjon };
          const whole = index.findLines({ ...rest, tjenesteomrade: area(l.funksjon) });
          expect(whole.map((x) => x.amounts[0])).toEqual([l.amount]);
          expect(index.findLines(rest)).toEqual(whole);
          expect(index.findLines({ ...rest, tjenesteomrade: "X" })).toEqual([]);
        }
        const byArea = index.totalsBy("tjenesteomrade");
        expect(byArea.reduce((s, t) => s + (t.amounts[0] ?? 0), 0)).toBe(
          generated.reduce((s, l) => s + l.amount, 0),
        );
      }),
    );
  });

  it("ignores a key's tjenesteområde on a budget that has none, as it does prosjekt", () => {
    const line: BudgetLine = {
      key: { ansvar: "3100", art: "10300", funksjon: "254", prosjekt: "" },
      names: {},
      amounts: [1, 2, 3, 4],
      source: 0,
      row: 5,
    };
    const index = createBudgetIndex([line]);

    expect(index.hasTjenesteomrade).toBe(false);
    expect(
      index.findLines({ ansvar: "3100", art: "10300", funksjon: "254", tjenesteomrade: "02" }),
    ).toEqual([line]);
  });
});

describe("completeAreaKeys", () => {
  const area = (ansvar: string, funksjon: string, tjenesteomrade: string): BudgetLine => ({
    key: { ansvar, art: "", funksjon, prosjekt: "", tjenesteomrade },
    names: {},
    amounts: [1, 1, 1, 1],
    source: 0,
    row: 0,
  });
  const budget = createBudgetIndex([
    area("2", "12000", "16"),
    area("4", "25100", "02"),
    area("4", "25100", "03"),
  ]);

  it("fills in the tjenesteområde of the one line a key names, and leaves the rest as given", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          costLink: { ansvar: "2", art: "", funksjon: "12000" },
          benefits: [
            aBenefit({
              links: [
                aLink({ ansvar: "2", art: "", funksjon: "12000", share: 0.5 }),
                // Two lines (02 and 03): ambiguous, left for LINK_AMBIGUOUS to name.
                aLink({ ansvar: "4", art: "", funksjon: "25100", share: 0.25 }),
                aLink({
                  ansvar: "4",
                  art: "",
                  funksjon: "25100",
                  tjenesteomrade: "03",
                  share: 0.25,
                }),
              ],
            }),
          ],
        }),
      ],
    });

    const result = completeAreaKeys(portfolio, budget);

    expect(result.measures[0]?.costLink?.tjenesteomrade).toBe("16");
    expect(result.measures[0]?.benefits[0]?.links.map((l) => l.tjenesteomrade)).toEqual([
      "16",
      undefined,
      "03",
    ]);
    expect(portfolio.measures[0]?.costLink?.tjenesteomrade).toBeUndefined();
    const whole = aPortfolio({ measures: [aMeasure({ benefits: [aBenefit({ links: [] })] })] });
    expect(completeAreaKeys(whole, budget)).toBe(whole);
  });
});
