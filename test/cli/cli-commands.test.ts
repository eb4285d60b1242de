import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BudgetShape } from "./fixtures/budget-workbooks";
import {
  aBudgetWorkbook,
  nonGevinstCells,
  toBuffer,
  withExtraPart,
} from "./fixtures/budget-workbooks";
import { aPortfolio } from "./fixtures/portfolio";
import { ensureCliBuilt, runGevinst } from "./support/run-cli";

let dir: string;
const file = (name: string) => path.join(dir, name);

// Each test runs the built command in one or more child processes (≈1 s each).
jest.setTimeout(30_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

async function setUp(shape: BudgetShape = "range", extraLines = 0) {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-cli-"));
  writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook(shape, extraLines)));
  writeFileSync(file("p.json"), JSON.stringify(aPortfolio(), null, 2));
}

describe.each<BudgetShape>(["range", "table"])("gevinst on a budget as a %s", (shape) => {
  beforeEach(() => setUp(shape));

  it("init finds the budget, prints it, adds Gevinst sheets and leaves every other cell as it was", async () => {
    const before = readFileSync(file("budsjett.xlsx"));

    const run = await runGevinst(["init", "budsjett.xlsx", "-o", "ut.xlsx"], dir);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/overskrift i rad 3/);
    expect(run.stdout).toMatch(/planårene 2027–2030/);
    expect(run.stdout).toMatch(/4 budsjettlinjer/);
    expect(readFileSync(file("budsjett.xlsx")).equals(before)).toBe(true);
    expect(await nonGevinstCells(readFileSync(file("ut.xlsx")))).toEqual(
      await nonGevinstCells(before),
    );
    expect(readdirSync(dir).sort()).toEqual(["budsjett.xlsx", "p.json", "ut.xlsx"]);
  });

  it("import → export → import round-trips the portfolio and changes no budget cell", async () => {
    const original = readFileSync(file("budsjett.xlsx"));

    const first = await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    const exported = await runGevinst(["export", "a.xlsx", "-o", "a.json"], dir);
    const again = await runGevinst(["import", "a.xlsx", "a.json", "-o", "b.xlsx"], dir);
    const exportedAgain = await runGevinst(["export", "b.xlsx"], dir);

    expect([first.code, exported.code, again.code, exportedAgain.code]).toEqual([0, 0, 0, 0]);
    // The 2031 running cost is outside the plan: reported, not carried.
    expect(first.stdout).toMatch(/advarsel YEAR_OUTSIDE_PLAN T1: /);
    const a = JSON.parse(readFileSync(file("a.json"), "utf8")) as { measures: { id: string }[] };
    expect(a.measures.map((m) => m.id)).toEqual(["T1"]);
    expect(JSON.parse(exportedAgain.stdout)).toEqual(a);
    expect(await nonGevinstCells(readFileSync(file("b.xlsx")))).toEqual(
      await nonGevinstCells(original),
    );
  });

  it("report prints the summary per plan year in Norwegian kroner and the report JSON with --json", async () => {
    await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);

    const text = await runGevinst(["report", "a.xlsx"], dir);
    const json = await runGevinst(["report", "a.xlsx", "--json"], dir);

    expect(text.code).toBe(0);
    // 2027: gross 800 000 × 0.5 = 400 000; expected × 0.8 = 320 000; cost 300 000 + 50 000 = 350 000;
    // netto 320 000 − 350 000 = −30 000; gap 1 000 000 − (−30 000) = 1 030 000.
    expect(text.stdout).toMatch(/Brutto\s+400\u00a0000 kr\s+800\u00a0000 kr/);
    expect(text.stdout).toMatch(/Netto\s+\u221230\u00a0000 kr/);
    expect(text.stdout).toMatch(/Gap\s+1\u00a0030\u00a0000 kr/);
    const report = JSON.parse(json.stdout) as {
      format: string;
      balance: Record<string, { gap: number }>;
    };
    expect(report.format).toBe("gevinst-rapport");
    expect(report.balance["2027"]?.gap).toBeCloseTo(1030000, 2);
  });
});

describe("gevinst exit codes and safety", () => {
  beforeEach(() => setUp());

  it("import prints issues the sheets cannot carry and exits 1 on an error", async () => {
    writeFileSync(file("feil.json"), JSON.stringify(aPortfolio({ unknownDeepDive: true })));

    const run = await runGevinst(["import", "budsjett.xlsx", "feil.json", "-o", "ut.xlsx"], dir);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^feil UNKNOWN_DEEP_DIVE T2: /m);
    expect(run.stdout).toMatch(/^advarsel YEAR_OUTSIDE_PLAN T1: /m);
    expect(readdirSync(dir)).toContain("ut.xlsx");
  });

  it("init exits 2 when no budget is found", async () => {
    const run = await runGevinst(
      ["init", "budsjett.xlsx", "-o", "ut.xlsx", "--sheet", "Notater"],
      dir,
    );

    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/Fant ikke noe budsjett/);
    expect(readdirSync(dir).sort()).toEqual(["budsjett.xlsx", "p.json"]);
  });

  it("leaves no partial file when the output cannot be written", async () => {
    const run = await runGevinst(["init", "budsjett.xlsx", "-o", "mangler/ut.xlsx"], dir);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Mappa for utfilen «mangler\/ut\.xlsx» finnes ikke/);
    expect(readdirSync(dir).sort()).toEqual(["budsjett.xlsx", "p.json"]);
  });

  it("still accepts --allow-loss quietly: nothing is lost any more", async () => {
    writeFileSync(
      file("diagram.xlsx"),
      await withExtraPart(readFileSync(file("budsjett.xlsx")), "xl/charts/chart1.xml", "<c/>"),
    );

    const run = await runGevinst(["init", "diagram.xlsx", "-o", "ut.xlsx", "--allow-loss"], dir);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(readdirSync(dir)).toContain("ut.xlsx");
  });

  it("shows progress on stderr for a large workbook", async () => {
    const run = await runGevinst(["report", "budsjett.xlsx"], dir, { GEVINST_PROGRESS_BYTES: "1" });

    expect(run.stderr).toMatch(/^Leser «budsjett\.xlsx»/m);
  });
});
