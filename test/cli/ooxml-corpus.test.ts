/**
 * The corpus (test/support/ooxml-corpus): for every package, `init` and then `import` (which
 * refreshes the Gevinst sheets) leave every part that is not Gevinst's byte for byte as it was —
 * the compressed bytes themselves — and keep every setting in the workbook index.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { memorySource } from "../../src/adapters/ooxml";
import { nodeCodec } from "../../src/adapters/ooxml/node-io";
import { ZipReader } from "../../src/adapters/ooxml/zip-reader";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { CORPUS, buildCase } from "../support/ooxml-corpus/corpus";
import { aPortfolio } from "./fixtures/portfolio";

/** Parts Gevinst edits in place (appending, never changing what is there). */
const EDITED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

async function run(dir: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    progressBytes: Infinity,
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function zipOf(file: string) {
  return ZipReader.open(memorySource(readFileSync(file)), nodeCodec);
}

async function rawBytes(zip: ZipReader, name: string): Promise<Buffer> {
  const entry = zip.find(name);
  if (!entry) throw new Error(`mangler ${name}`);
  const parts: Uint8Array[] = [];
  for await (const chunk of zip.raw(entry)) parts.push(chunk);
  return Buffer.concat(parts);
}

function without(xml: string, names: string[]): string {
  let out = xml;
  for (const name of names)
    out = out.replace(new RegExp(`<${name}\\b[^>]*?(/>|>[\\s\\S]*?</${name}>)`), "");
  return out;
}

/** Every non-Gevinst part identical; the edited parts keep everything they had. */
async function expectPreserved(input: string, output: string): Promise<void> {
  const before = await zipOf(input);
  const after = await zipOf(output);
  for (const entry of before.entries) {
    if (EDITED.has(entry.name)) continue;
    expect([
      entry.name,
      (await rawBytes(after, entry.name)).equals(await rawBytes(before, entry.name)),
    ]).toEqual([entry.name, true]);
    expect(after.find(entry.name)?.crc32).toBe(entry.crc32);
  }
  const wb0 = (await before.text("xl/workbook.xml")) ?? "";
  const wb1 = (await after.text("xl/workbook.xml")) ?? "";
  const strip = ["sheets", "definedNames", "calcPr"];
  expect(without(wb1, strip)).toBe(without(wb0, strip));
  for (const tag of wb0.match(/<sheet [^>]*\/>/g) ?? []) expect(wb1).toContain(tag);
  for (const name of wb0.match(/<definedName\b[\s\S]*?<\/definedName>/g) ?? [])
    expect(wb1).toContain(name);
  const calc0 = /<calcPr\b([^>]*?)\/>/.exec(wb0)?.[1] ?? "";
  for (const attr of calc0.trim().split(/\s+/))
    expect(wb1).toMatch(new RegExp(`<calcPr\\b[^>]*\\s${attr.replace(/[.$]/g, "\\$&")}`));
  const st0 = (await before.text("xl/styles.xml")) ?? "";
  const st1 = (await after.text("xl/styles.xml")) ?? "";
  for (const collection of [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
  ]) {
    const inner = (xml: string) =>
      new RegExp(`<${collection}\\b[^>]*>([\\s\\S]*?)</${collection}>`).exec(xml)?.[1] ?? "";
    expect(inner(st1).startsWith(inner(st0))).toBe(true);
  }
  expect(without(st1, ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"])).toBe(
    without(st0, ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]),
  );
  const types0 = (await before.text("[Content_Types].xml")) ?? "";
  const types1 = (await after.text("[Content_Types].xml")) ?? "";
  for (const element of types0.match(/<(Default|Override)\b[^>]*\/>/g) ?? [])
    expect(types1).toContain(element);
  const rels0 = (await before.text("xl/_rels/workbook.xml.rels")) ?? "";
  const rels1 = (await after.text("xl/_rels/workbook.xml.rels")) ?? "";
  for (const element of rels0.match(/<Relationship\b[^>]*\/>/g) ?? [])
    expect(rels1).toContain(element);
}

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
