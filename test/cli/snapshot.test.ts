/**
 * `gevinst snapshot` (spec §15) as the budget officer runs it: freeze the rådmann's proposal,
 * import what the council changed, freeze the adopted budget; the command line, the report and
 * the sheets say what politics changed. Versions survive an export/import round trip into a fresh
 * budget and the move to the next budget year.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

import type { Report } from "../../src/core/report/report.types";
import { openXlsx } from "../support/xlsx-adapter";
import { aBudgetWorkbook, nonGevinstCells, toBuffer } from "./fixtures/budget-workbooks";
import { aPortfolio } from "./fixtures/portfolio";
import { ensureCliBuilt, runGevinst } from "./support/run-cli";

let dir: string;
const file = (name: string) => path.join(dir, name);

jest.setTimeout(120_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

/** What the council adopted: T1 vedtatt at confidence 0.5 instead of 0.8, and a new T2. */
function adopted(): Record<string, unknown> {
  const portfolio = aPortfolio() as { measures: Record<string, unknown>[] };
  const t1 = portfolio.measures[0] as { status: string; benefits: { confidence: number }[] };
  t1.status = "vedtatt";
  t1.benefits[0]!.confidence = 0.5;
  portfolio.measures.push({
    id: "T2",
    name: "Nattpatrulje",
    owner: "Ola",
    status: "vedtatt",
    benefits: [
      {
        id: "T2-G1",
        name: "Færre vakter",
        type: "kostnad",
        annual: 100000,
        budgetEffect: "uttak",
        links: [{ ansvar: "3100", art: "10300", funksjon: "254", share: 1 }],
      },
    ],
  });
  return portfolio;
}

/** Next year's budget with the same lines, 2028–2031. */
function nextYearBudget(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Budsjett");
  sheet.getRow(1).values = [
    "Ansvar",
    "Art",
    "Funksjon",
    "Budsjett 2028",
    "ØP 2029",
    "ØP 2030",
    "ØP 2031",
  ];
  [
    ["1300", "12400", "120", 95000, 95000, 95000, 95000],
    ["3100", "10300", "254", 10300000, 10500000, 10700000, 10900000],
  ].forEach((line, i) => (sheet.getRow(2 + i).values = line));
  return workbook;
}

async function proposalAndAdopted() {
  writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook("range")));
  writeFileSync(file("forslag.json"), JSON.stringify(aPortfolio(), null, 2));
  writeFileSync(file("vedtatt.json"), JSON.stringify(adopted(), null, 2));
  const runs = [
    await runGevinst(["import", "budsjett.xlsx", "forslag.json", "-o", "a.xlsx"], dir),
    await runGevinst(
      ["snapshot", "a.xlsx", "--version", "forslag", "--by", "Rådmann Rask", "-o", "b.xlsx"],
      dir,
    ),
    await runGevinst(["import", "b.xlsx", "vedtatt.json", "-o", "c.xlsx"], dir),
    await runGevinst(
      [
        "snapshot",
        "c.xlsx",
        "--version",
        "vedtatt",
        "--name",
        "Vedtatt k-sak 12/27",
        "--by",
        "Kommunestyret",
        "-o",
        "d.xlsx",
      ],
      dir,
    ),
  ];
  for (const run of runs) expect(run.stderr).toBe("");
  return runs;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-snapshot-"));
});

describe("gevinst snapshot", () => {
  it("freezes the proposal and the adopted budget and says what politics changed", async () => {
    const [, proposal, , adoption] = await proposalAndAdopted();

    expect(proposal!.code).toBe(0);
    expect(proposal!.stdout).toMatch(
      /Frøs V1 «Forslag 2027» \(forslag, \d{4}-\d\d-\d\d, Rådmann Rask\): 1 tiltak, 2 budsjettlinjer/,
    );
    expect(adoption!.code).toBe(0);
    // Kroner are grouped with a no-break space, as everywhere in the command line.
    const said = adoption!.stdout.replace(/\u00a0/g, " ");
    expect(adoption!.stdout).toMatch(
      /Frøs V2 «Vedtatt k-sak 12\/27» \(vedtatt, .*Kommunestyret\): 2 tiltak, 2 budsjettlinjer/,
    );
    expect(said).toMatch(
      /T1 endret \(status Prioritert → Vedtatt\); netto 2027: −30 000 kr → −150 000 kr/,
    );
    expect(said).toMatch(/T2 lagt til; netto 2027: 0 kr → 100 000 kr/);
    expect(said).toMatch(/A3 som må godkjennes på nytt: K1, K2 DD1, K3 DD1, K4 DD1\./);

    const report = JSON.parse(
      (await runGevinst(["report", "d.xlsx", "--json"], dir)).stdout,
    ) as Report;
    expect(report.versions?.map((v) => [v.id, v.kind, v.name, v.by])).toEqual([
      ["V1", "forslag", "Forslag 2027", "Rådmann Rask"],
      ["V2", "vedtatt", "Vedtatt k-sak 12/27", "Kommunestyret"],
    ]);
    // T1: 800 000 × phase-in × confidence − costs. 2027: 0.5 × 0.8 → 320 000 − 350 000 = −30 000;
    // adopted 0.5 × 0.5 → 200 000 − 350 000 = −150 000. 2028: 640 000 − 50 000 = 590 000 →
    // 400 000 − 50 000 = 350 000. T2 adds 100 000 a year. Target 1 000 000 / 1 500 000 / …
    expect(report.changes?.measures).toEqual([
      {
        id: "T1",
        name: "Elektronisk medisineringsstøtte",
        change: "changed",
        status: { from: "prioritert", to: "vedtatt" },
        budgetNet: {
          "2027": { from: -30000, to: -150000 },
          "2028": { from: 590000, to: 350000 },
          "2029": { from: 640000, to: 400000 },
          "2030": { from: 640000, to: 400000 },
        },
      },
      {
        id: "T2",
        name: "Nattpatrulje",
        change: "added",
        budgetNet: Object.fromEntries(
          ["2027", "2028", "2029", "2030"].map((y) => [y, { from: 0, to: 100000 }]),
        ),
      },
    ]);
    expect(report.changes?.gap["2027"]).toEqual({ from: 1_030_000, to: 1_050_000 });
    expect(report.changes?.gap["2028"]).toEqual({ from: 910_000, to: 1_050_000 });
    expect(report.changes?.reapprove).toEqual(["K1", "K2 DD1", "K3 DD1", "K4 DD1"]);

    // The sheets: fixed values (no formula) and the log line of each version.
    const book = await openXlsx(file("d.xlsx"));
    const [versions, changes, log] = await book.readSheets(
      ["Gevinst Versjoner", "Gevinst Endringer", "Gevinst Logg"],
      { formulas: true },
    );
    expect(versions!.formulas?.flat().filter((f) => f !== null)).toEqual([]);
    expect(changes!.formulas?.flat().filter((f) => f !== null)).toEqual([]);
    const logText = log!.values.flat().map(String).join("\n");
    expect(logText).toMatch(/Frøs versjon V1: forslag «Forslag 2027»/);
    expect(logText).toMatch(/Frøs versjon V2: vedtatt «Vedtatt k-sak 12\/27»/);
    expect(changes!.values.flat()).toEqual(expect.arrayContaining(["T2", "Lagt til", "Endret"]));
    // The user's own sheets are as they were: a version writes only Gevinst sheets.
    expect(await nonGevinstCells(readFileSync(file("d.xlsx")))).toEqual(
      await nonGevinstCells(readFileSync(file("budsjett.xlsx"))),
    );
  });

  it("keeps the versions through export and import into a fresh budget, and through roll", async () => {
    await proposalAndAdopted();
    const exported = await runGevinst(["export", "d.xlsx", "-o", "d.json"], dir);
    expect(exported.stderr).toBe("");
    const first = JSON.parse(readFileSync(file("d.json"), "utf8")) as { versions: unknown[] };
    expect(first.versions).toHaveLength(2);

    writeFileSync(file("ny.xlsx"), await toBuffer(aBudgetWorkbook("range")));
    const imported = await runGevinst(["import", "ny.xlsx", "d.json", "-o", "e.xlsx"], dir);
    const again = await runGevinst(["export", "e.xlsx", "-o", "e.json"], dir);
    expect(imported.stderr + again.stderr).toBe("");
    expect(JSON.parse(readFileSync(file("e.json"), "utf8")).versions).toEqual(first.versions);

    writeFileSync(file("neste.xlsx"), await toBuffer(nextYearBudget()));
    const rolled = await runGevinst(["roll", "d.xlsx", "neste.xlsx", "-o", "f.xlsx"], dir);
    expect(rolled.stderr).toBe("");
    const afterRoll = await runGevinst(["export", "f.xlsx", "-o", "f.json"], dir);
    const json = JSON.parse(readFileSync(file("f.json"), "utf8"));
    expect(afterRoll.stderr).toBe("");
    expect(json.budgetYear).toBe(2028);
    // The versions are what was frozen for 2027–2030, untouched by the move.
    expect(json.versions).toEqual(first.versions);
  });

  it("refuses without a version kind, and says which kinds there are", async () => {
    writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook("range")));
    const run = await runGevinst(
      ["snapshot", "budsjett.xlsx", "--version", "utkast", "-o", "x.xlsx"],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--version forslag, --version vedtatt eller --version navngitt/);
  });
});
