import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { aBudgetWorkbook, toBuffer, withExtraPart } from "./fixtures/budget-workbooks";
import { ensureCliBuilt, runGevinst } from "./support/run-cli";

let dir: string;

// Each test runs the built command in one or more child processes (≈1 s each).
jest.setTimeout(30_000);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-cli-"));
  writeFileSync(path.join(dir, "budsjett.xlsx"), await toBuffer(aBudgetWorkbook()));
});

function expectOneLineNorwegianError(stderr: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^gevinst: /);
  expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
}

describe("gevinst command line frame", () => {
  it("prints the overview with --help and exits 0", async () => {
    const run = await runGevinst(["--help"], dir);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Kommandoer:/);
    expect(run.stdout).toMatch(/init <budsjett\.xlsx\|\.csv> -o <ut\.xlsx>/);
  });

  it.each(["init", "import", "export", "report"])(
    "prints help for %s and exits 0",
    async (command) => {
      const run = await runGevinst([command, "--help"], dir);

      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Bruk: gevinst ${command}`));
    },
  );

  it("exits 2 with the overview on stderr when no command is given", async () => {
    const run = await runGevinst([], dir);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Bruk: gevinst <kommando>/);
  });

  it("refuses an unknown command with one line and exit 2", async () => {
    const run = await runGevinst(["lag"], dir);

    expect(run.code).toBe(2);
    expectOneLineNorwegianError(run.stderr);
    expect(run.stderr).toMatch(/Ukjent kommando «lag»/);
  });

  it("refuses an unknown flag with one line and exit 2", async () => {
    const run = await runGevinst(["report", "budsjett.xlsx", "--fort"], dir);

    expect(run.code).toBe(2);
    expectOneLineNorwegianError(run.stderr);
    expect(run.stderr).toMatch(/Ukjent valg --fort/);
  });

  it("refuses a missing input file with exit 2", async () => {
    const run = await runGevinst(["report", "finnes-ikke.xlsx"], dir);

    expect(run.code).toBe(2);
    expectOneLineNorwegianError(run.stderr);
    expect(run.stderr).toMatch(/Finner ikke filen «finnes-ikke\.xlsx»/);
  });

  it("refuses a file that is not an .xlsx workbook with exit 2, and shows the stack only with --debug", async () => {
    writeFileSync(path.join(dir, "tekst.xlsx"), "dette er ingen arbeidsbok");

    const plain = await runGevinst(["report", "tekst.xlsx"], dir);
    const debug = await runGevinst(["report", "tekst.xlsx", "--debug"], dir);

    expect(plain.code).toBe(2);
    expectOneLineNorwegianError(plain.stderr);
    expect(plain.stderr).toMatch(/ikke en \.xlsx-arbeidsbok/);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\bat .*\.js:\d+/);
  });

  it("refuses -o equal to the input, also written another way or through a symlink", async () => {
    symlinkSync(path.join(dir, "budsjett.xlsx"), path.join(dir, "lenke.xlsx"));
    const before = readFileSync(path.join(dir, "budsjett.xlsx"));

    const runs = await Promise.all([
      runGevinst(["init", "budsjett.xlsx", "-o", "budsjett.xlsx"], dir),
      runGevinst(["init", "budsjett.xlsx", "-o", "./sub/../budsjett.xlsx"], dir),
      runGevinst(["init", "budsjett.xlsx", "--output", path.join(dir, "lenke.xlsx")], dir),
    ]);

    for (const run of runs) {
      expect(run.code).toBe(2);
      expectOneLineNorwegianError(run.stderr);
      expect(run.stderr).toMatch(/samme som innfilen/);
    }
    expect(readFileSync(path.join(dir, "budsjett.xlsx")).equals(before)).toBe(true);
  });

  it("refuses init without -o and an output that is not .xlsx", async () => {
    const missing = await runGevinst(["init", "budsjett.xlsx"], dir);
    const wrongType = await runGevinst(["init", "budsjett.xlsx", "-o", "ut.xlsm"], dir);

    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Mangler utfil/);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toMatch(/må ha endelsen \.xlsx/);
  });

  it("refuses --year that is not a year", async () => {
    const run = await runGevinst(
      ["init", "budsjett.xlsx", "-o", "ut.xlsx", "--year", "neste"],
      dir,
    );

    expect(run.code).toBe(2);
    expectOneLineNorwegianError(run.stderr);
    expect(run.stderr).toMatch(/--year må være et årstall/);
  });

  it("refuses a missing portfolio argument for import", async () => {
    const run = await runGevinst(["import", "budsjett.xlsx", "-o", "ut.xlsx"], dir);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Mangler porteføljefilen/);
  });

  it("refuses a portfolio that is not valid JSON with exit 2 and writes nothing", async () => {
    writeFileSync(path.join(dir, "p.json"), '{ "format": "gevinst-portefolje", ');

    const run = await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "ut.xlsx"], dir);

    expect(run.code).toBe(2);
    expectOneLineNorwegianError(run.stderr);
    expect(run.stderr).toMatch(/ikke gyldig JSON/);
    expect(readdirSync(dir).sort()).toEqual(["budsjett.xlsx", "p.json"]);
  });

  it.each([
    ["xl/charts/chart1.xml", "diagrammer"],
    ["xl/pivotCache/pivotCacheDefinition1.xml", "pivottabeller"],
    ["xl/vbaProject.bin", "makroer \\(VBA\\)"],
    ["xl/externalLinks/externalLink1.xml", "koblinger til andre arbeidsbøker"],
    ["xl/slicers/slicer1.xml", "slicere"],
  ])("keeps %s byte for byte (%s)", async (part) => {
    const bytes = await withExtraPart(await toBuffer(aBudgetWorkbook()), part, "<x/>");
    writeFileSync(path.join(dir, "med-tillegg.xlsx"), bytes);

    const run = await runGevinst(["init", "med-tillegg.xlsx", "-o", "ut.xlsx"], dir);

    expect(run.code).toBe(0);
    const out = await JSZip.loadAsync(readFileSync(path.join(dir, "ut.xlsx")));
    expect(await out.file(part)?.async("string")).toBe("<x/>");
  });
});
