/**
 * Real-world packages through `gevinst init` (issue 23): .xlsx/.xlsm files that Excel, LibreOffice
 * and other tools wrote, each run twice — budget detected, and hand-mapped with --header-row and
 * --columns — through the built command (`node bin/gevinst.js`). For every run: exit code 0, 1 or
 * 2; no stack trace on stdout or stderr; the input unchanged (SHA-256 before and after); exit 2
 * writes nothing; an output keeps every part outside the workbook index and the parts Gevinst
 * edits byte for byte (test/support/ooxml-preserve.ts); and LibreOffice opens every output
 * (converts it, all sheets, Gevinst's among them).
 *
 * Two sources (docs/corpus.md):
 * - a folder of fetched files, `../shared/data/xlsx-corpus/` beside the repository or the folder in
 *   GEVINST_XLSX_CORPUS (not in this repository: the files carry their own licences);
 * - packages built here: LibreOffice-written .xlsx and .xlsm from the real budget CSVs in
 *   ../shared/data/real-budgets/ and from a generated workbook, exceljs-written workbooks and
 *   our own package writer's output.
 * GEVINST_CORPUS_REPORT=<file> writes one line per file (exit codes, first message) for the docs.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { ROOT, ensureCliBuilt, runGevinst, type CliRun } from "../cli/support/run-cli";
import { CORPUS, buildCase } from "../support/ooxml-corpus/corpus";
import { expectPreserved, runInProcess } from "../support/ooxml-preserve";

const execFileAsync = promisify(execFile);

const EXTERNAL =
  process.env.GEVINST_XLSX_CORPUS ?? path.resolve(ROOT, "..", "shared", "data", "xlsx-corpus");
const REAL_BUDGETS = path.resolve(ROOT, "..", "shared", "data", "real-budgets");
const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/homebrew/bin/soffice"].find(
  (p) => existsSync(p),
);
const PACKAGE = /\.xls[xm]$/i;

const externalFiles = existsSync(EXTERNAL)
  ? readdirSync(EXTERNAL)
      .filter((f) => PACKAGE.test(f))
      .sort()
  : [];
if (!existsSync(EXTERNAL))
  console.log(`Ekstern xlsx-korpus mangler (${EXTERNAL}): bare de bygde pakkene prøves.`);
if (!SOFFICE)
  console.log(
    "LibreOffice (soffice) mangler: LibreOffice-skrevne pakker og åpne-sjekken hoppes over.",
  );

/** One package and how to hand-map it (header row, columns). */
type Case = {
  name: string;
  file: string;
  headerRow: number;
  columns: string;
  /** Built here: the detected run must succeed (exit 0 or 1). */
  detects?: boolean;
  /** Through `node bin/gevinst.js` (the built packages) or runCli in this process (the corpus folder, faster). */
  child?: boolean;
};

type Run = CliRun & { output: string; args: string[] };
type Result = { case: Case; hashBefore: string; hashAfter: string; runs: Run[] };

const GENERIC = { headerRow: 1, columns: "ansvar=A,art=B,funksjon=C,2027=D" };
/** How a stack trace looks in Node's output. */
const STACK = /^\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+)$|node:internal|Unhandled 'error'/m;

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Converts files with LibreOffice in one call (its own profile); returns the converted names. */
async function soffice(
  dir: string,
  files: string[],
  to: string,
  outDir: string,
  infilter?: string,
) {
  if (files.length === 0) return [];
  mkdirSync(outDir, { recursive: true });
  await execFileAsync(
    SOFFICE as string,
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      ...(infilter ? [`--infilter=${infilter}`] : []),
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
  );
  return readdirSync(outDir);
}

/** Packages built at test time: LibreOffice, exceljs and our own writer. */
async function builtCases(dir: string): Promise<Case[]> {
  const cases: Case[] = [];
  const made = path.join(dir, "made");
  mkdirSync(made, { recursive: true });

  // exceljs: a budget with title rows and a sum row, a second sheet with a formula.
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet("Budsjett 2027");
  budget.getRow(1).values = ["Eksempel kommune – driftsbudsjett 2027"];
  budget.getRow(3).values = ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029"];
  for (let i = 0; i < 30; i++)
    budget.getRow(4 + i).values = [
      String(1000 + 100 * (i % 7)),
      String(10100 + 100 * (i % 11)),
      String(100 + 10 * (i % 13)),
      10000 * (i + 1),
      10000 * (i + 2),
      10000 * (i + 3),
    ];
  budget.getCell("D34").value = { formula: "SUM(D4:D33)" };
  const notes = workbook.addWorksheet("Notater");
  notes.getCell("A1").value = "Æ, ø og å – «sitat» & <tegn>";
  notes.getCell("B2").value = { formula: "'Budsjett 2027'!D34/1000" };
  const exceljsFile = path.join(made, "exceljs-budsjett.xlsx");
  await workbook.xlsx.writeFile(exceljsFile);
  const handBudget = { headerRow: 3, columns: "ansvar=A,art=B,funksjon=C,2027=D" };
  cases.push({
    name: "exceljs-budsjett.xlsx",
    file: exceljsFile,
    detects: true,
    child: true,
    ...handBudget,
  });

  // Our own package writer: a synthetic corpus package (budget sheet «Budsjett»).
  for (const own of CORPUS.filter((c) => !c.refused).slice(0, 2)) {
    const file = path.join(made, `egen-${own.name}.xlsx`);
    writeFileSync(file, await buildCase(own));
    cases.push({ name: `egen-${own.name}.xlsx`, file, detects: true, child: true, ...GENERIC });
  }

  if (SOFFICE) {
    // LibreOffice rewrites the exceljs workbook as its own .xlsx and .xlsm.
    const lo = path.join(dir, "lo-written");
    await soffice(dir, [exceljsFile], "xlsx:Calc MS Excel 2007 XML", lo);
    await soffice(dir, [exceljsFile], "xlsm:Calc MS Excel 2007 VBA XML", lo);
    for (const ext of ["xlsx", "xlsm"]) {
      const file = path.join(lo, `exceljs-budsjett.${ext}`);
      if (existsSync(file))
        cases.push({
          name: `libreoffice-budsjett.${ext}`,
          file,
          detects: true,
          child: true,
          ...handBudget,
        });
    }
    // The real budgets (open data CSV, UTF-8 with BOM, «;»), written by LibreOffice.
    const csvs = [
      {
        csv: "sogndal_2013_driftsbudsjett.csv",
        columns: "ansvar=C,art=A,funksjon=E,2013=I",
        exts: ["xlsx", "xlsm"],
      },
      {
        csv: "forde_2013_investeringsbudsjett.csv",
        columns: "art=E,funksjon=C,2013=I",
        exts: ["xlsx"],
      },
    ].filter((c) => existsSync(path.join(REAL_BUDGETS, c.csv)));
    if (csvs.length === 0) console.log(`Ekte budsjetter mangler (${REAL_BUDGETS}): hoppes over.`);
    const infilter = "CSV:59,34,76,1";
    const csvFiles = csvs.map((c) => path.join(REAL_BUDGETS, c.csv));
    await soffice(dir, csvFiles, "xlsx:Calc MS Excel 2007 XML", lo, infilter);
    const xlsm = csvs
      .filter((c) => c.exts.includes("xlsm"))
      .map((c) => path.join(REAL_BUDGETS, c.csv));
    await soffice(dir, xlsm, "xlsm:Calc MS Excel 2007 VBA XML", lo, infilter);
    for (const c of csvs)
      for (const ext of c.exts) {
        const base = `${c.csv.replace(/\.csv$/, "")}.${ext}`;
        const file = path.join(lo, base);
        if (existsSync(file))
          cases.push({
            name: `libreoffice-${base}`,
            file,
            child: true,
            headerRow: 1,
            columns: c.columns,
          });
      }
  }
  return cases;
}

/** Runs `init` detected and hand-mapped on one case; the input hashed before and after. */
async function runCase(dir: string, c: Case): Promise<Result> {
  const work = path.join(dir, "runs", c.name);
  mkdirSync(work, { recursive: true });
  const ext = path.extname(c.file);
  const input = path.join(work, `input${ext}`);
  copyFileSync(c.file, input);
  const hashBefore = sha256(input);
  const runs: Run[] = [];
  for (const [kind, extra] of [
    ["detected", []],
    ["hand", ["--header-row", String(c.headerRow), "--columns", c.columns]],
  ] as const) {
    const output = path.join(work, `${kind}${ext}`);
    const args = ["init", `input${ext}`, "-o", path.basename(output), ...extra];
    const run = c.child ? await runGevinst(args, work) : await runInProcess(work, args);
    runs.push({ ...run, output, args });
  }
  return { case: c, hashBefore, hashAfter: sha256(input), runs };
}

/** A few at a time: two cores, each run is its own node process. */
async function pool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T);
      }
    }),
  );
  return results;
}

let dir: string;
const results = new Map<string, Result>();
/** Per output: the sheets LibreOffice wrote out (one CSV per sheet). */
const opened = new Map<string, string[]>();
/** Inputs LibreOffice cannot open either (a damaged package): their outputs are not held to it. */
const inputNotOpened = new Set<string>();
const timings: string[] = [];

const external: Case[] = externalFiles.map((f) => ({
  name: f,
  file: path.join(EXTERNAL, f),
  ...GENERIC,
}));

beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-real-corpus-"));
  let t = Date.now();
  const lap = (what: string) => {
    timings.push(`${what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
  const built = await builtCases(dir);
  lap("pakker bygd");
  for (const c of external) {
    const result = await runCase(dir, c);
    results.set(c.name, result);
  }
  lap(`init på ${external.length} filer i korpusmappa`);
  for (const result of await pool(built, 2, (c) => runCase(dir, c)))
    results.set(result.case.name, result);
  lap(`init på ${built.length} bygde pakker`);

  if (SOFFICE) {
    // Every output in one LibreOffice call, each under a name of its own; all sheets as CSV.
    const staged = path.join(dir, "outputs");
    mkdirSync(staged);
    const names = new Map<string, string>();
    let n = 0;
    for (const result of results.values())
      for (const run of result.runs)
        if (existsSync(run.output)) {
          const stem = `o${n++}`;
          copyFileSync(run.output, path.join(staged, `${stem}${path.extname(run.output)}`));
          names.set(stem, run.output);
        }
    const csv = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const files = [...names.keys()].map((stem) =>
      path.join(staged, `${stem}${path.extname(names.get(stem) ?? "")}`),
    );
    const converted = await soffice(dir, files, csv, path.join(dir, "opened"));
    for (const [stem, output] of names)
      opened.set(
        output,
        converted.filter((f) => f.startsWith(`${stem}-`)).map((f) => f.slice(stem.length + 1)),
      );
    lap(`LibreOffice åpnet ${names.size} utfiler`);
    // An output LibreOffice did not open: does it open the input (as the user had it)?
    const failed = [...new Set([...names.values()].filter((o) => !opened.get(o)?.length))];
    const inputs = failed.map((o) => path.join(path.dirname(o), `input${path.extname(o)}`));
    const back = await soffice(dir, [...new Set(inputs)], csv, path.join(dir, "inputs-opened"));
    for (const input of inputs)
      if (!back.some((f) => f.startsWith(`${path.basename(input, path.extname(input))}-`)))
        inputNotOpened.add(path.dirname(input));
    lap(`LibreOffice prøvde ${inputs.length} innfiler`);
  }
  if (process.env.GEVINST_CORPUS_REPORT)
    writeFileSync(process.env.GEVINST_CORPUS_REPORT, `${report()}${timings.join("\n")}\n`);
}, 600_000);

function report(): string {
  const line = (text: string) =>
    (text.split("\n").find((l) => l.trim()) ?? "").replace(/^gevinst: /, "").slice(0, 70);
  return [...results.values()]
    .map((r) => {
      const [det, hand] = r.runs;
      const said = (run?: Run) =>
        run ? `${run.code}${run.code === 2 ? ` (${line(run.stderr)})` : ""}` : "-";
      const lo = r.runs
        .filter((run) => existsSync(run.output))
        .map((run) =>
          opened.get(run.output)?.length
            ? "opened"
            : inputNotOpened.has(path.dirname(run.output))
              ? "not opened (nor the input)"
              : "NOT OPENED",
        )
        .join("/");
      return `${r.case.name}\tdetected=${said(det)}\thand=${said(hand)}\tlibreoffice=${lo || "-"}`;
    })
    .join("\n")
    .concat("\n");
}

function check(result: Result | undefined): void {
  if (!result) throw new Error("no result");
  expect(result.hashAfter).toBe(result.hashBefore);
  for (const run of result.runs) {
    const what = `${run.args.join(" ")}: ${run.stderr}`;
    expect([what, [0, 1, 2].includes(run.code)]).toEqual([what, true]);
    expect(run.stdout).not.toMatch(STACK);
    expect(run.stderr).not.toMatch(STACK);
    if (run.code === 2) {
      expect(run.stderr).toMatch(/^gevinst: /);
      expect(existsSync(run.output)).toBe(false);
    } else {
      expect([what, existsSync(run.output)]).toEqual([what, true]);
    }
  }
  if (result.case.detects) expect(result.runs[0]?.code).toBeLessThan(2);
}

async function checkOutputs(result: Result | undefined): Promise<void> {
  if (!result) throw new Error("no result");
  const input = result.runs[0] ? path.join(path.dirname(result.runs[0].output), "input") : "";
  for (const run of result.runs) {
    if (!existsSync(run.output)) continue;
    await expectPreserved(input + path.extname(run.output), run.output);
    if (SOFFICE && !inputNotOpened.has(path.dirname(run.output))) {
      const sheets = opened.get(run.output) ?? [];
      expect([run.args.join(" "), sheets.some((s) => s.startsWith("Gevinst"))]).toEqual([
        run.args.join(" "),
        true,
      ]);
    }
  }
}

describe("real-world packages from the corpus folder", () => {
  (external.length > 0 ? it.each(external.map((c) => [c.name])) : it.skip.each([["(ingen)"]]))(
    "%s: init ends 0/1/2 without a stack trace, keeps the input and its parts, and LibreOffice opens the output",
    async (name) => {
      check(results.get(name));
      await checkOutputs(results.get(name));
    },
  );
});

describe("packages written by LibreOffice, exceljs and Gevinst at test time", () => {
  it("built every kind: exceljs, our own writer, and (with soffice) LibreOffice .xlsx and .xlsm", () => {
    const names = [...results.keys()];
    const sogndal = existsSync(path.join(REAL_BUDGETS, "sogndal_2013_driftsbudsjett.csv"));
    const wanted = [
      "exceljs-budsjett.xlsx",
      ...(SOFFICE ? ["libreoffice-budsjett.xlsx", "libreoffice-budsjett.xlsm"] : []),
      ...(SOFFICE && sogndal ? ["libreoffice-sogndal_2013_driftsbudsjett.xlsm"] : []),
    ];
    expect(wanted.filter((n) => !names.includes(n))).toEqual([]);
    expect(names.filter((n) => n.startsWith("egen-"))).toHaveLength(2);
  });

  it("every built package goes through init (detected and by hand) with the same checks", async () => {
    const built = [...results.values()].filter((r) => !externalFiles.includes(r.case.name));
    expect(built.length).toBeGreaterThan(2);
    for (const result of built) {
      check(result);
      await checkOutputs(result);
    }
  });

  it("the hand mapping succeeds on the real budgets LibreOffice wrote", () => {
    const real = [...results.values()].filter(
      (r) => r.case.name.startsWith("libreoffice-") && /\d{4}_/.test(r.case.name),
    );
    expect(real.filter((r) => (r.runs[1]?.code ?? 2) > 1).map((r) => r.case.name)).toEqual([]);
  });
});
