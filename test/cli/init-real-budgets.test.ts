/**
 * `gevinst init` on budgets as kommuner have them (issue 13): a CSV straight from the open-data
 * portal (generated here in its shape), the same budget saved by Excel as Windows-1252 with tabs,
 * the .xlsx a kommune keeps (title rows, a Sum row, a second sheet), and a hand mapping with
 * --header-row / --columns for headers detection does not know.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { openXlsx } from "../support/xlsx-adapter";
import { seedToXlsx } from "../adapters/xlsx/seed-to-xlsx";
import { asKommuneWorkbook, sogndalLike, stavangerLike } from "../core/budget/support/real-shapes";
import { ensureCliBuilt, runGevinst } from "./support/run-cli";

let dir: string;
const file = (name: string) => path.join(dir, name);

jest.setTimeout(60_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-csv-"));
});

/** Windows-1252 bytes of text that only uses Latin-1 letters (æ ø å «»). */
const latin1 = (text: string) => Buffer.from(text, "latin1");

describe("gevinst init on real-shaped budgets", () => {
  it("reads a CSV, writes the budget as the first sheet and says which plan years are carried forward", async () => {
    writeFileSync(file("sogndal_2013_driftsbudsjett.csv"), sogndalLike(40).csv);

    const run = await runGevinst(["init", "sogndal_2013_driftsbudsjett.csv", "-o", "ut.xlsx"], dir);

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /som CSV: 41 rader, 9 kolonner, skilt med semikolon, tegnsett UTF-8 med BOM/,
    );
    expect(run.stdout).toMatch(
      /Videreført \(ingen egen kolonne, samme beløp som 2013\): 2014, 2015, 2016\./,
    );
    const book = await openXlsx(file("ut.xlsx"));
    const outline = await book.describe();
    expect(outline.sheets[0]?.name).toBe("sogndal_2013_driftsbudsjett");
    const [grid] = await book.readSheets(["sogndal_2013_driftsbudsjett"]);
    expect(grid?.values[0]?.[0]).toBe("konto");
    expect(typeof grid?.values[1]?.[0]).toBe("number"); // konto 10100 as Excel shows it
    expect(typeof grid?.values[1]?.[8]).toBe("number"); // «1 456 538» as a number
    expect(outline.sheets.some((s) => s.name.startsWith("Gevinst"))).toBe(true);
  });

  it("reads Windows-1252 with tabs, and asks for the year where nothing names it", async () => {
    const csv = stavangerLike(30).csv.slice(1).replace(/;/g, "\t");
    writeFileSync(file("drift.txt"), latin1(csv));

    const without = await runGevinst(["init", "drift.txt", "-o", "a.xlsx"], dir);
    const withYear = await runGevinst(["init", "drift.txt", "-o", "b.xlsx", "--year", "2016"], dir);

    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/kolonnen «beloep» har ikke årstall/);
    expect(without.stderr).toMatch(/--columns [a-z]+=[A-Z]/);
    expect(withYear.code).toBe(0);
    expect(withYear.stdout).toMatch(/skilt med tab, tegnsett Windows-1252/);
    expect(withYear.stdout).toMatch(/Budsjettår 2016: 2016 i L \(«beloep»\)/);
  });

  it("finds the budget in the .xlsx a kommune keeps: title rows, a Sum row, a second sheet", async () => {
    const seed = asKommuneWorkbook(stavangerLike(50, 9).csv, "Ark1", ["Budsjett 2016 drift"]);
    writeFileSync(file("budsjett.xlsx"), await seedToXlsx(seed));

    const run = await runGevinst(["init", "budsjett.xlsx", "-o", "ut.xlsx"], dir);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/arket «Ark1», overskrift i rad 3/);
    expect(run.stdout).toMatch(/Videreført .*: 2017, 2018, 2019\./);
    expect(run.stdout).toMatch(/1 × sumrad/);
  });

  it("maps by hand with --header-row and --columns when the headers are the kommune's own", async () => {
    const rows = [
      ["Drift"],
      ["Kostra art", "Konto (T)", "Ansvarssted", "Tjenestenummer", "Vedtatt"],
      [10100, "Lønn", 120, 37000, 1635543],
      [11200, "Kjøp", 130, 38500, -12000],
    ];
    writeFileSync(file("b.xlsx"), await seedToXlsx({ sheets: [{ name: "Ark1", rows }] }));

    const refused = await runGevinst(["init", "b.xlsx", "-o", "a.xlsx"], dir);
    const run = await runGevinst(
      [
        "init",
        "b.xlsx",
        "-o",
        "ut.xlsx",
        "--header-row",
        "2",
        "--columns",
        "art=A,ansvar=C,funksjon=D,2013=E",
      ],
      dir,
    );
    const half = await runGevinst(["init", "b.xlsx", "-o", "c.xlsx", "--header-row", "2"], dir);

    expect(refused.code).toBe(2);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/koblet for hånd på arket «Ark1», overskrift i rad 2/);
    expect(run.stdout).toMatch(/2 budsjettlinjer/);
    expect(half.code).toBe(2);
    expect(half.stderr).toMatch(/både --header-row N og --columns/);
  });
});
