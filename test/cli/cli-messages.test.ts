/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectRefused"] }] */
/**
 * Every way a user can hand the command line the wrong thing ends in one Norwegian line and
 * exit 2 (never «Uventet feil»), and nothing is left behind.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { aBudgetWorkbook, toBuffer } from "./fixtures/budget-workbooks";
import { aPortfolio } from "./fixtures/portfolio";
import { ROOT, ensureCliBuilt } from "./support/run-cli";

let dir: string;
const file = (name: string) => path.join(dir, name);

async function run(args: string[]) {
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

function expectRefused(result: { code: number; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/Uventet feil/);
  expect(result.stderr).toMatch(pattern);
}

jest.setTimeout(60_000);

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-msg-"));
  writeFileSync(file("budsjett.xlsx"), await toBuffer(aBudgetWorkbook()));
  writeFileSync(file("p.json"), JSON.stringify(aPortfolio()));
});

describe("gevinst's messages for wrong input", () => {
  it("names an OpenDocument spreadsheet", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
      compression: "STORE",
    });
    zip.file("content.xml", "<office:document-content/>");
    writeFileSync(file("budsjett.ods.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));

    expectRefused(
      await run(["init", "budsjett.ods.xlsx", "-o", "ut.xlsx"]),
      /OpenDocument-regneark \(\.ods\)/,
    );
  });

  it("names a password-encrypted file", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(file("hemmelig.xlsx"), ole);

    expectRefused(
      await run(["init", "hemmelig.xlsx", "-o", "ut.xlsx"]),
      /passordbeskyttet \(kryptert\)/,
    );
  });

  it("refuses an output inside a file, and an existing output without --overwrite", async () => {
    writeFileSync(file("finnes.xlsx"), "x");

    expectRefused(
      await run(["init", "budsjett.xlsx", "-o", "budsjett.xlsx/x.xlsx"]),
      /Mappa for utfilen/,
    );
    expectRefused(
      await run(["init", "budsjett.xlsx", "-o", "finnes.xlsx"]),
      /finnes fra før.*--overwrite/,
    );
    expect(readFileSync(file("finnes.xlsx"), "utf8")).toBe("x");
    expect((await run(["init", "budsjett.xlsx", "-o", "finnes.xlsx", "--overwrite"])).code).toBe(0);
    expect(readFileSync(file("finnes.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("reads a portfolio with a byte order mark, and refuses JSON nested too deep", async () => {
    writeFileSync(file("bom.json"), `\uFEFF${JSON.stringify(aPortfolio())}`);
    writeFileSync(file("dyp.json"), `${"[".repeat(200_000)}${"]".repeat(200_000)}`);

    const bom = await run(["import", "budsjett.xlsx", "bom.json", "-o", "ut.xlsx"]);
    const deep = await run(["import", "budsjett.xlsx", "dyp.json", "-o", "ut2.xlsx"]);

    expect(bom.code).toBeLessThan(2);
    expect(deep.code).toBe(2);
    expect(deep.stderr).not.toMatch(/Uventet feil/);
    expect(readdirSync(dir)).not.toContain("ut2.xlsx");
  });

  it("keeps the macros of an .xlsm workbook and asks for .xlsm as the output", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file("budsjett.xlsx")));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      ),
    );
    zip.file("xl/vbaProject.bin", "makro");
    writeFileSync(file("makro.xlsm"), await zip.generateAsync({ type: "nodebuffer" }));

    expectRefused(await run(["init", "makro.xlsm", "-o", "ut.xlsx"]), /har makroer.*\.xlsm/);
    expect((await run(["init", "makro.xlsm", "-o", "ut.xlsm"])).code).toBe(0);
    const out = await JSZip.loadAsync(readFileSync(file("ut.xlsm")));
    expect(await out.file("xl/vbaProject.bin")?.async("string")).toBe("makro");
  });

  it("says a workbook without Gevinst sheets has nothing to report", async () => {
    expectRefused(await run(["report", "budsjett.xlsx"]), /har ingen Gevinst-ark.*gevinst init/);
  });

  it("cuts a text over 32 767 characters at its cell, reports it, and writes a valid file", async () => {
    const portfolio = aPortfolio() as { measures: { name: string }[] };
    const first = portfolio.measures[0];
    if (!first) throw new Error("no measure");
    first.name = "L".repeat(40_000);
    writeFileSync(file("lang.json"), JSON.stringify(portfolio));

    const result = await run(["import", "budsjett.xlsx", "lang.json", "-o", "ut.xlsx"]);

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/feil BAD_VALUE .*40\s000 tegn.*\(Gevinst [^!]+![A-Z]+\d+\)/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file("ut.xlsx")) as unknown as ArrayBuffer);
    let longest = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") longest = Math.max(longest, cell.value.length);
        }),
      ),
    );
    expect(longest).toBe(32_767);
  });
});

describe("an interrupted write", () => {
  beforeAll(async () => {
    await ensureCliBuilt();
  }, 120_000);

  it.each(["SIGINT", "SIGTERM"] as const)("leaves no temporary file after %s", async (signal) => {
    // A write that never finishes, in the built command's own file code.
    const files = path.join(ROOT, "dist", "cli", "cli", "files.js");
    const script = `require(${JSON.stringify(files)}).withTempFile(${JSON.stringify(file("ut.xlsx"))}, async (h) => { await h.write(Buffer.alloc(1 << 20)); await new Promise(() => setInterval(() => {}, 1000)); })`;
    const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
    for (
      let waited = 0;
      !readdirSync(dir).some((f) => f.endsWith(".tmp")) && waited < 20_000;
      waited += 50
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);

    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    child.kill(signal);

    expect(await exited).toBe(130);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(file("ut.xlsx"))).toBe(false);
  });
});
