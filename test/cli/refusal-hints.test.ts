/**
 * Every hint a refusal prints is a mapping that would be accepted (spec §13): `gevinst init` on
 * the test suite's budgets, budgets it must refuse and the real files in ../shared; wherever it
 * refuses with «for eksempel --header-row N --columns …», the same command with those flags is
 * run as given and must connect, or be refused for a different reason it states. Where no whole
 * mapping can be read off the header (no amount column with a year), the refusal gives the
 * pattern, never an example that would fail. Bergen's økonomiplan layout (avdeling,
 * tjenesteområde, tjeneste, endringsgruppe, bare plan years) connects with no flags.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { runCli } from "../../src/cli/main";
import { writeXlsx } from "../../src/demo/xlsx-io";
import { BUDGET_WORKBOOKS } from "../support/budget-workbooks";

const REAL = path.resolve(__dirname, "../..", "../shared/data/real-budgets");
const realFiles = existsSync(REAL)
  ? ["bergen_2012-2015_investeringsbudsjett", "forde_2013_investeringsbudsjett"]
      .concat(["sogndal_2013_driftsbudsjett", "stavanger_2016_driftsbudsjett"])
      .map((name) => `${name}.csv`)
  : [];
if (realFiles.length === 0)
  console.warn(
    "../shared/data/real-budgets is absent: refusal hints checked on test budgets only.",
  );

let dir: string;

async function init(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["init", ...args], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    progressBytes: Infinity,
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** Bergen's «Datagrunnlag for driftsbudsjett og økonomiplan 2013–2016», in its shape. */
function bergenPlan(): string {
  const header =
    "avdeling;avdeling-tekst;tjomr;tjomr-tekst;tjeneste;tjeneste-tekst;endrgr;endrgr-tekst;2013;2014;2015;2016";
  const rows = [
    "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N00;Vedtatt budsjett 2012;1 000 000;1 000 000;1 000 000;1 000 000",
    "2;Byrådsavd. for finans;16;Administrasjon;12000;Administrasjon;N11;Effektivisering;-50 000;-80 000;-100 000;-100 000",
    "4;Byrådsavd. for helse og omsorg;02;Barnevern;25100;Barnevern tiltak;N00;Vedtatt budsjett 2012;5 000 000;5 000 000;5 000 000;5 000 000",
    "4;Byrådsavd. for helse og omsorg;17A;Sykehjem;25300;Sykehjem drift;N00;Vedtatt budsjett 2012;9 000 000;9 100 000;9 200 000;9 300 000",
  ];
  return `\ufeff${[header, ...rows].join("\n")}\n`;
}

/** Budgets Gevinst must refuse, each for its own reason. */
const REFUSED: Record<string, string> = {
  "two versions in one column": `Versjon;Ansvar;Art;Budsjett 2027\nVedtatt;3100;10300;100\nRevidert;3100;10300;120\n`,
  "one amount column without a year": `Ansvar;Art;Beløp\n3100;10300;100\n3200;10300;200\n`,
  "only accounts": `Ansvar;Art;Regnskap 2025\n3100;10300;100\n3200;10300;200\n`,
  "no key column": `Navn;Merknad;Budsjett 2027\nDrift;x;100\nVedlikehold;y;200\n`,
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-hints-"));
  for (const [name, make] of Object.entries(BUDGET_WORKBOOKS)) {
    const bytes = await writeXlsx(MemoryWorkbook.fromSeed(make().seed));
    writeFileSync(path.join(dir, `${slug(name)}.xlsx`), Buffer.from(bytes));
  }
  for (const [name, csv] of Object.entries(REFUSED))
    writeFileSync(path.join(dir, `${slug(name)}.csv`), csv);
  writeFileSync(path.join(dir, "bergen-okonomiplan.csv"), bergenPlan());
  for (const file of realFiles)
    writeFileSync(path.join(dir, file), readFileSync(path.join(REAL, file)));
}, 60_000);

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}

const HINT = /for eksempel (--header-row \d+ --columns \S+?)\.?(?:\s|$)/;

const inputs = () => [
  ...Object.keys(BUDGET_WORKBOOKS).map((name) => `${slug(name)}.xlsx`),
  ...Object.keys(REFUSED).map((name) => `${slug(name)}.csv`),
  "bergen-okonomiplan.csv",
  ...realFiles,
];

describe("the hints a refusal prints", () => {
  it("connects every budget of the test suite, and refuses the ones it must with a reason", async () => {
    const results: { input: string; code: number; says: boolean; trace: boolean }[] = [];
    const expected: typeof results = [];
    for (const input of inputs()) {
      const run = await init([input, "-o", `${input}.ut.xlsx`]);
      const refusedOnPurpose =
        Object.keys(REFUSED).some((name) => input.startsWith(slug(name))) ||
        input.startsWith("bergen_2012");
      results.push({
        input,
        code: run.code,
        says: run.code !== 2 || /^gevinst: Fant ikke noe budsjett/.test(run.stderr),
        trace: /\n\s+at /.test(run.stderr),
      });
      expected.push({ input, code: refusedOnPurpose ? 2 : 0, says: true, trace: false });
    }
    expect(results).toEqual(expected);
  }, 120_000);

  it("gives as an example only a mapping that is accepted when run as given", async () => {
    const examples: { input: string; flags: string[]; again: string }[] = [];
    const patterns: { input: string; pattern: boolean }[] = [];
    for (const input of inputs()) {
      const refused = await init([input, "-o", `${input}.a.xlsx`]);
      if (refused.code !== 2) continue;
      const hint = HINT.exec(refused.stderr);
      if (!hint) {
        // No whole mapping to read off: the pattern, never an example that would fail.
        patterns.push({ input, pattern: refused.stderr.includes("på formen --header-row N") });
        continue;
      }
      const flags = (hint[1] as string).split(/\s+/);
      const again = await init([input, "-o", `${input}.b.xlsx`, ...flags]);
      // Accepted, or refused for another reason it states (never the key rule, never the same).
      const verdict =
        again.code < 2
          ? "accepted"
          : again.stderr === refused.stderr || /nøkkelkolonne/.test(again.stderr)
            ? "refused the same"
            : "refused for another reason";
      examples.push({ input, flags, again: verdict });
    }
    expect(examples.filter((e) => e.again === "refused the same")).toEqual([]);
    expect(patterns.filter((p) => !p.pattern)).toEqual([]);
    // The versions case (and, with ../shared, Bergen's investment budget) give a runnable example.
    expect(examples.map((e) => e.input)).toContain("two-versions-in-one-column.csv");
    // Bergen's investment budget: avdeling stands for ansvar in the hint as in detection (§13).
    const bergen = examples.find((e) => e.input.startsWith("bergen_2012"));
    const bergenHint =
      "--header-row 1 --columns ansvar=F,tjenesteomrade=I,funksjon=K,prosjekt=O,2011=S,2012=T,2013=U,2014=V,2015=W";
    expect(realFiles.length === 0 || bergen?.flags.join(" ") === bergenHint).toBe(true);
    expect(patterns.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it("connects Bergen's økonomiplan with no flags: avdeling as ansvar, tjeneste, its own plan years", async () => {
    const run = await init(["bergen-okonomiplan.csv", "-o", "bergen.xlsx"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ansvar i A («avdeling»)");
    expect(run.stdout).toContain("funksjon i E («tjeneste»)");
    // Tjenesteområde (spec §13) is a key dimension of its own, its «-tekst» its names.
    expect(run.stdout).toContain("tjenesteområde i C («tjomr»)");
    expect(run.stdout).toMatch(
      /planårene 2013–2016 står i I \(«2013»\), J \(«2014»\), K \(«2015»\), L \(«2016»\)/,
    );
    // The two change rows (endringsgrupper N00 and N11) of 2/12000 are one line.
    expect(run.stdout).toContain("3 budsjettlinjer.");
    expect(run.stdout).toContain("1 rader har samme nøkkel som en annen rad");
  });
});
