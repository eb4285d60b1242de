/**
 * `gevinst changes` (spec §15) on the real Sogndal and Stavanger budgets, as a budget officer runs
 * it: init on the open-data CSV, import a portfolio linking real keys, changes, then read the file
 * as the budget system would. Summed back onto the original budget lines (summed here from the raw
 * CSV, not from Gevinst), the file gives exactly the report's adjusted budget for every line and
 * year, in whole kroner. LibreOffice reads the file back with every column in its place.
 *
 * Without ../shared/data/real-budgets the real-budget cases say so in one line and skip; without
 * soffice the LibreOffice case does.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { parseCsv } from "../../src/core/csv/parse-csv";
import type { Report } from "../../src/core/report/report.types";
import { openXlsx } from "../support/xlsx-adapter";
import { aBudgetWorkbook, toBuffer } from "./fixtures/budget-workbooks";
import { aPortfolio } from "./fixtures/portfolio";
import { ensureCliBuilt, runGevinst } from "./support/run-cli";

const FOLDER = path.resolve(__dirname, "../..", "../shared/data/real-budgets");
const present = existsSync(FOLDER);
if (!present) console.log(`Hopper over de ekte budsjettene: ${FOLDER} finnes ikke.`);
const hasSoffice = (() => {
  try {
    execFileSync("which", ["soffice"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasSoffice) console.log("Hopper over LibreOffice-lesingen: soffice finnes ikke.");

let dir: string;
const file = (name: string) => path.join(dir, name);

jest.setTimeout(180_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-changes-"));
});

type Key = Record<string, string>;
type RawBudget = { header: string[]; sums: Map<string, number>; keys: Key[] };

/** Norwegian amount text («1 456 538», «-470000») to kroner. */
const amount = (text: string) => Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));

/**
 * The raw CSV summed per key, independently of Gevinst: `dims` maps each key dimension to the
 * budget's column, `amountCol` is the budget year's column.
 */
function rawBudget(csv: string, dims: Record<string, string>, amountCol: string): RawBudget {
  const rows = parseCsv(readFileSync(path.join(FOLDER, csv), "utf8"), ";").rows;
  const header = rows[0] as string[];
  const col = (name: string) => header.indexOf(name);
  const sums = new Map<string, number>();
  const keys: Key[] = [];
  for (const row of rows.slice(1)) {
    const key = Object.fromEntries(
      Object.entries(dims).map(([dim, name]) => [dim, (row[col(name)] ?? "").trim()]),
    );
    const id = JSON.stringify(key);
    if (!sums.has(id)) keys.push(key);
    sums.set(id, (sums.get(id) ?? 0) + amount(row[col(amountCol)] ?? "0"));
  }
  return { header, sums, keys };
}

/** Measures that link real keys with shares that make øre, an income line and a cost line. */
function portfolioOn(budget: RawBudget, budgetYear: number, keyOf: (k: Key) => Key) {
  const expense = budget.keys.filter((k) => (budget.sums.get(JSON.stringify(k)) ?? 0) > 1e6);
  const income = budget.keys.filter((k) => (budget.sums.get(JSON.stringify(k)) ?? 0) < -1e5);
  const years = [0, 1, 2, 3].map((i) => String(budgetYear + i));
  const phase = (values: number[]) => Object.fromEntries(years.map((y, i) => [y, values[i]]));
  return {
    format: "gevinst-portefolje",
    version: 3,
    organisation: "Test",
    budgetYear,
    savingsTarget: phase([1e6, 1e6, 1e6, 1e6]),
    deepDives: [],
    measures: [
      {
        id: "T1",
        name: "Nattpatrulje; ny turnus",
        owner: "Leder",
        status: "vedtatt",
        costs: { oneTime: phase([100000, 0, 0, 0]), running: phase([0, 12345.5, 12345.5, 0]) },
        costLink: keyOf(expense[2]!),
        benefits: [
          {
            id: "T1-G1",
            name: "Færre timer",
            type: "kostnad",
            annual: 1_000_000,
            phaseIn: phase([0.5, 1, 1, 1]),
            confidence: 0.77,
            budgetEffect: "uttak",
            links: [
              { ...keyOf(expense[0]!), share: 1 / 3 },
              { ...keyOf(expense[1]!), share: 2 / 3 },
            ],
          },
        ],
      },
      {
        id: "T2",
        name: "Økt betaling",
        owner: "Leder",
        status: "prioritert",
        benefits: [
          {
            id: "T2-G1",
            name: "Mer inntekt",
            type: "inntekt",
            annual: 333_333,
            phaseIn: phase([0.25, 0.5, 1, 1]),
            confidence: 0.9,
            budgetEffect: "uttak",
            withdrawalShare: 0.7,
            links: [
              { ...keyOf(income[0]!), share: 0.5 },
              { ...keyOf(expense[0]!), share: 0.5 },
            ],
          },
        ],
      },
      {
        id: "T3",
        name: "Foreslått, ikke telt",
        owner: "Leder",
        status: "foreslatt",
        benefits: [
          {
            id: "T3-G1",
            name: "Alt",
            type: "kostnad",
            annual: 5e6,
            budgetEffect: "uttak",
            links: [{ ...keyOf(expense[3]!), share: 1 }],
          },
        ],
      },
    ],
  };
}

/** init, import, changes and report --json on the CSV; the file's rows by header name. */
async function runAll(csv: string, portfolio: unknown, initArgs: string[] = []) {
  const init = await runGevinst(["init", path.join(FOLDER, csv), "-o", "b.xlsx", ...initArgs], dir);
  expect(init.stderr).toBe("");
  writeFileSync(file("p.json"), JSON.stringify(portfolio, null, 2));
  const imported = await runGevinst(["import", "b.xlsx", "p.json", "-o", "a.xlsx"], dir);
  expect(imported.stderr).toBe("");
  const changes = await runGevinst(["changes", "a.xlsx", "-o", "endringer.csv"], dir);
  const report = await runGevinst(["report", "a.xlsx", "--json"], dir);
  const bytes = readFileSync(file("endringer.csv"));
  const text = bytes.toString("utf8");
  const rows = parseCsv(text, ";").rows;
  return { changes, bytes, text, rows, report: JSON.parse(report.stdout) as Report };
}

/**
 * round(original from the raw CSV) + Σ the file's amounts = round(the report's adjusted), for
 * every line the report lists and every plan year; and every row is on such a line.
 */
function expectSumsBack(
  rows: string[][],
  report: Report,
  raw: RawBudget,
  dimsInFile: string[],
  carried: boolean,
) {
  const header = rows[0] as string[];
  const at = (name: string) => header.indexOf(name);
  const fileSum = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const key = Object.fromEntries(dimsInFile.map((d, i) => [d, row[i] ?? ""]));
    const id = `${JSON.stringify(key)}|${row[at("år")]}`;
    expect(row[at("beløp")]).toMatch(/^-?\d+$/);
    fileSum.set(id, (fileSum.get(id) ?? 0) + Number(row[at("beløp")]));
  }
  const round = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
  let checked = 0;
  let moved = 0;
  for (const line of report.budgetAdjustments) {
    const key = Object.fromEntries(
      dimsInFile.map((d) => [d, (line.key as Record<string, string>)[d] ?? ""]),
    );
    const original = raw.sums.get(JSON.stringify(key));
    expect(original).toBeDefined(); // every linked key is a real line of the budget
    for (const [year, slot] of Object.entries(line.years)) {
      // Sogndal has only the budget year: later plan years are carried forward from it.
      if (carried) expect(slot.original).toBe(original);
      const id = `${JSON.stringify(key)}|${year}`;
      const inFile = fileSum.get(id) ?? 0;
      expect(round(original as number) + inFile).toBe(round(slot.adjusted));
      fileSum.delete(id);
      checked++;
      if (inFile !== 0) moved++;
    }
  }
  expect(fileSum.size).toBe(0); // no row on a line the report does not adjust
  return { checked, moved };
}

(present ? describe : describe.skip)("gevinst changes on the real budgets", () => {
  it("Sogndal 2013: konto, ansvar, tjeneste as the budget names them; sums back exactly", async () => {
    const dims = { art: "konto", ansvar: "ansvar", funksjon: "tjeneste" };
    const raw = rawBudget("sogndal_2013_driftsbudsjett.csv", dims, "budsjett_2013");
    const portfolio = portfolioOn(raw, 2013, (k) => ({
      ansvar: k.ansvar!,
      art: k.art!,
      funksjon: k.funksjon!,
    }));

    const { changes, bytes, text, rows, report } = await runAll(
      "sogndal_2013_driftsbudsjett.csv",
      portfolio,
    );

    expect(changes.stderr).toBe("");
    expect(changes.code).toBe(0);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.split("\r\n").length).toBe(rows.length + 1); // CRLF after every line
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(rows[0]).toEqual(["konto", "ansvar", "tjeneste", "år", "beløp", "tiltak", "tekst"]);
    const sums = expectSumsBack(rows, report, raw, ["art", "ansvar", "funksjon"], true);
    expect(sums.checked).toBe(4 * 4); // four lines (two shared links, a cost line, an income line)
    expect(sums.moved).toBe(rows.length - 1);
    expect(changes.stdout).toMatch(`Skrev ${rows.length - 1} endringer (4 budsjettlinjer)`);
    // The measure names with a ; inside are one field; T3 (foreslått) is nowhere.
    const expenseLine = rows.find((r) => r[5] === "T1,T2");
    expect(expenseLine?.[6]).toBe("Nattpatrulje; ny turnus, Økt betaling");
    expect(text).not.toMatch(/T3/);
  });

  it("Stavanger 2016: art, ansvar, tjeneste_nr, prosjekt; rows sharing a key are one line", async () => {
    const dims = { art: "art", ansvar: "ansvar", funksjon: "tjeneste_nr", prosjekt: "prosjekt" };
    const raw = rawBudget("stavanger_2016_driftsbudsjett.csv", dims, "beloep");
    // The key of 19 rows (13 224 000 kr) first, so the split key is among those linked.
    const big = raw.keys.find((k) => k.ansvar === "800016" && k.art === "14724");
    expect(raw.sums.get(JSON.stringify(big))).toBe(13_224_000);
    raw.keys.splice(raw.keys.indexOf(big!), 1);
    raw.keys.unshift(big!);
    const portfolio = portfolioOn(raw, 2016, (k) => ({
      ansvar: k.ansvar!,
      art: k.art!,
      funksjon: k.funksjon!,
      ...(k.prosjekt ? { prosjekt: k.prosjekt } : {}),
    }));

    const { changes, rows, report } = await runAll("stavanger_2016_driftsbudsjett.csv", portfolio, [
      "--year",
      "2016",
    ]);

    expect(changes.code).toBe(0);
    expect(rows[0]).toEqual([
      "art",
      "ansvar",
      "tjeneste_nr",
      "prosjekt",
      "år",
      "beløp",
      "tiltak",
      "tekst",
    ]);
    const sums = expectSumsBack(rows, report, raw, ["art", "ansvar", "funksjon", "prosjekt"], true);
    expect(sums.checked).toBe(16);
    // T1 takes 1 000 000 × 0.5 × 0.77 × 1/3 = 128 333,33 and T2 333 333 × 0.25 × 0.9 × 0.7 × 0.5
    // = 26 249,97 off the 19-row line in 2016: −154 583,30 → −154 583.
    const first = rows.find((r) => r[1] === "800016" && r[0] === "14724" && r[4] === "2016");
    expect(first?.[5]).toBe("-154583");
  });
});

(present && hasSoffice ? describe : describe.skip)("the changes file in LibreOffice", () => {
  it("is read with every column in its place", async () => {
    const dims = { art: "konto", ansvar: "ansvar", funksjon: "tjeneste" };
    const raw = rawBudget("sogndal_2013_driftsbudsjett.csv", dims, "budsjett_2013");
    const portfolio = portfolioOn(raw, 2013, (k) => ({
      ansvar: k.ansvar!,
      art: k.art!,
      funksjon: k.funksjon!,
    }));
    const { rows } = await runAll("sogndal_2013_driftsbudsjett.csv", portfolio);

    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${file("profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--infilter=CSV:59,34,76,1",
        "--outdir",
        file("lo"),
        file("endringer.csv"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const book = await openXlsx(file("lo/endringer.xlsx"));
    const [name] = (await book.describe()).sheets.map((s) => s.name);
    const [grid] = await book.readSheets([name!]);
    const cells = grid!.values;
    expect(cells[0]).toEqual(rows[0]); // the BOM is not part of the first header
    expect(cells.length).toBe(rows.length);
    rows.slice(1).forEach((row, r) => {
      const read = cells[r + 1]!;
      expect(read.map((v) => (v === null ? "" : String(v)))).toEqual(row);
      expect(typeof read[4]).toBe("number"); // beløp is a number, not text
    });
  });
});

describe("gevinst changes on a small budget", () => {
  it("writes the hand-derived rows, and leaves out a link to no budget line with exit 1", async () => {
    writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook("range")));
    const portfolio = aPortfolio() as { measures: { benefits: { links: unknown[] }[] }[] };
    // A second link to a key the budget does not have (LINK_NOT_FOUND): half of the uttak.
    portfolio.measures[0]!.benefits[0]!.links = [
      { ansvar: "3100", art: "10300", funksjon: "254", share: 0.5 },
      { ansvar: "9999", art: "10300", funksjon: "254", share: 0.5 },
    ];
    writeFileSync(file("p.json"), JSON.stringify(portfolio));
    await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);

    const run = await runGevinst(["changes", "a.xlsx", "-o", "endringer.csv"], dir);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/feil LINK_NOT_FOUND T1/);
    // T1: 800 000 × phase-in (0.5, 1, 1, 1) × 0.8 × share 0.5 off 3100/10300/254; its costs
    // (300 000 + 50 000 in 2027, 50 000 in 2028) on 1300/12400/120.
    expect(readFileSync(file("endringer.csv"), "utf8")).toBe(
      "\uFEFFAnsvar;Art;Funksjon;år;beløp;tiltak;tekst\r\n" +
        "1300;12400;120;2027;350000;T1;Elektronisk medisineringsstøtte\r\n" +
        "1300;12400;120;2028;50000;T1;Elektronisk medisineringsstøtte\r\n" +
        "3100;10300;254;2027;-160000;T1;Elektronisk medisineringsstøtte\r\n" +
        "3100;10300;254;2028;-320000;T1;Elektronisk medisineringsstøtte\r\n" +
        "3100;10300;254;2029;-320000;T1;Elektronisk medisineringsstøtte\r\n" +
        "3100;10300;254;2030;-320000;T1;Elektronisk medisineringsstøtte\r\n",
    );
  });

  it("refuses an output that is not .csv, and a workbook without Gevinst sheets", async () => {
    writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook("range")));
    const txt = await runGevinst(["changes", "budsjett.xlsx", "-o", "e.txt"], dir);
    const bare = await runGevinst(["changes", "budsjett.xlsx", "-o", "e.csv"], dir);
    expect([txt.code, bare.code]).toEqual([2, 2]);
    expect(txt.stderr).toMatch(/må ha endelsen \.csv/);
    expect(bare.stderr).toMatch(/har ingen Gevinst-ark/);
    expect(existsSync(file("e.csv"))).toBe(false);
  });
});
