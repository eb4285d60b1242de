/**
 * The corpus (test/support/ooxml-corpus): for every package, `init` and then `import` (which
 * refreshes the Gevinst sheets) leave every part that is not Gevinst's byte for byte as it was —
 * the compressed bytes themselves — and keep every setting in the workbook index.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { CORPUS, buildCase } from "../support/ooxml-corpus/corpus";
import { expectPreserved, runInProcess as run } from "../support/ooxml-preserve";
import { aPortfolio } from "./fixtures/portfolio";

describe("the OOXML corpus through init and import", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "gevinst-corpus-"));
    writeFileSync(path.join(dir, "p.json"), JSON.stringify(aPortfolio()));
  });

  it.each(CORPUS.filter((c) => !c.refused).map((c) => [c.name, c] as const))(
    "%s: every part that is not Gevinst's stays byte for byte",
    async (name, corpusCase) => {
      const input = path.join(dir, `${name}.xlsx`);
      writeFileSync(input, await buildCase(corpusCase));

      const init = await run(dir, ["init", `${name}.xlsx`, "-o", `${name}-init.xlsx`]);
      expect([init.code, init.stderr]).toEqual([0, ""]);
      await expectPreserved(input, path.join(dir, `${name}-init.xlsx`));

      const again = await run(dir, [
        "import",
        `${name}-init.xlsx`,
        "p.json",
        "-o",
        `${name}-import.xlsx`,
      ]);
      expect(again.stderr).toBe("");
      expect(again.code).toBeLessThan(2);
      await expectPreserved(input, path.join(dir, `${name}-import.xlsx`));
    },
  );

  it("refuses a workbook whose structure is protected, in one Norwegian line", async () => {
    const locked = CORPUS.find((c) => c.refused);
    if (!locked) throw new Error("no refused case");
    writeFileSync(path.join(dir, "laast.xlsx"), await buildCase(locked));

    const init = await run(dir, ["init", "laast.xlsx", "-o", "laast-ut.xlsx"]);
    const imported = await run(dir, ["import", "laast.xlsx", "p.json", "-o", "laast-ut.xlsx"]);

    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^gevinst: Strukturen i «laast\.xlsx» er beskyttet/);
    expect(imported.code).toBe(2);
    expect(readdirSync(dir)).not.toContain("laast-ut.xlsx");
  });

  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
  (soffice ? it : it.skip)(
    "LibreOffice opens an output and reads the Gevinst sheets",
    () => {
      // Skipped where LibreOffice is not installed (CI has it).
      const file = path.join(dir, "print-and-pictures-import.xlsx");
      const outDir = path.join(dir, "lo");
      execFileSync(
        soffice as string,
        [
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          outDir,
          file,
        ],
        { timeout: 120_000, stdio: "ignore" },
      );
      const files = readdirSync(outDir);
      /* eslint-disable jest/no-standalone-expect -- inside a test that is skipped without LibreOffice */
      expect(files.some((f) => f.includes("Budsjett"))).toBe(true);
      expect(files.some((f) => f.includes("Gevinst"))).toBe(true);
      /* eslint-enable jest/no-standalone-expect */
    },
    180_000,
  );
});

describe("the OOXML corpus as the new budget of «gevinst roll»", () => {
  let dir: string;
  /** Last year's Gevinst workbook: a simple 2026 budget with one measure (init + import). */
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "gevinst-corpus-roll-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Budsjett");
    sheet.getRow(1).values = ["Ansvar", "Art", "Funksjon", "Budsjett 2026", "ØP 2027", "ØP 2028"];
    sheet.getRow(2).values = ["1300", "12400", "120", 80000, 80000, 80000];
    sheet.getRow(3).values = ["3100", "10300", "254", 9800000, 9900000, 10000000];
    writeFileSync(path.join(dir, "fjor.xlsx"), Buffer.from(await workbook.xlsx.writeBuffer()));
    writeFileSync(
      path.join(dir, "fjor.json"),
      JSON.stringify({
        format: "gevinst-portefolje",
        version: 2,
        organisation: "Eksempel kommune",
        budgetYear: 2026,
        deepDives: [{ id: "DD1", name: "Hjemmetjenesten", owner: "Kari Nordmann" }],
        measures: [
          {
            id: "T1",
            name: "Elektronisk medisineringsstøtte",
            deepDive: "DD1",
            owner: "Kari Nordmann",
            status: "prioritert",
            costLink: { ansvar: "1300", art: "12400", funksjon: "120" },
            benefits: [
              {
                id: "T1-G1",
                name: "Færre besøk",
                type: "kostnad",
                annual: 400000,
                phaseIn: { "2027": 1, "2028": 1 },
                budgetEffect: "uttak",
                withdrawalShare: 1,
                links: [{ ansvar: "3100", art: "10300", funksjon: "254", share: 1 }],
              },
            ],
          },
        ],
      }),
    );
    const init = await run(dir, ["init", "fjor.xlsx", "-o", "fjor-init.xlsx"]);
    const imported = await run(dir, [
      "import",
      "fjor-init.xlsx",
      "fjor.json",
      "-o",
      "gevinst.xlsx",
    ]);
    if (init.code !== 0 || imported.code > 1 || init.stderr + imported.stderr !== "")
      throw new Error(`fjorårets arbeidsbok ble ikke laget: ${init.stderr}${imported.stderr}`);
  });

  it.each(CORPUS.filter((c) => !c.refused).map((c) => [c.name, c] as const))(
    "%s: roll keeps every part of the new budget that is not Gevinst's byte for byte",
    async (name, corpusCase) => {
      const input = path.join(dir, `${name}.xlsx`);
      writeFileSync(input, await buildCase(corpusCase));

      // The corpus budget is for 2027, the year after the Gevinst workbook's 2026.
      const rolled = await run(dir, [
        "roll",
        "gevinst.xlsx",
        `${name}.xlsx`,
        "-o",
        `${name}-roll.xlsx`,
        "--year",
        "2027",
      ]);

      expect(rolled.stderr).toBe("");
      expect(rolled.code).toBeLessThan(2);
      expect(rolled.stdout).toContain("Porteføljen er flyttet fra budsjettår 2026 til 2027");
      await expectPreserved(input, path.join(dir, `${name}-roll.xlsx`));
    },
  );

  it("refuses a new budget whose structure is protected, in one Norwegian line", async () => {
    const locked = CORPUS.find((c) => c.refused);
    if (!locked) throw new Error("no refused case");
    writeFileSync(path.join(dir, "laast.xlsx"), await buildCase(locked));

    const rolled = await run(dir, ["roll", "gevinst.xlsx", "laast.xlsx", "-o", "laast-ut.xlsx"]);

    expect(rolled.code).toBe(2);
    expect(rolled.stderr).toMatch(/^gevinst: Strukturen i «laast\.xlsx» er beskyttet/);
    expect(readdirSync(dir)).not.toContain("laast-ut.xlsx");
  });
});
