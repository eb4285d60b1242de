/**
 * `gevinst init x.xlsx -o y.xlsx | head -1`: the reader closes the pipe after the first line, and
 * the command must end quietly (no unhandled EPIPE with a stack trace), write its file and keep
 * its exit code.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ROOT, ensureCliBuilt } from "./support/run-cli";

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

/** Runs gevinst with a stdout whose reader is gone before the first line is written. */
function withClosedStdout(args: string[], cwd: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "gevinst.js"), ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a closed stdout", () => {
  it("ends init quietly, with the file written and exit code 0", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-epipe-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Budsjett");
    sheet.getRow(1).values = ["Ansvar", "Art", "Funksjon", "Budsjett 2027"];
    sheet.getRow(2).values = ["1300", "12400", "120", 80000];
    sheet.getRow(3).values = ["3100", "10300", "254", 9800000];
    writeFileSync(path.join(dir, "x.xlsx"), Buffer.from(await workbook.xlsx.writeBuffer()));

    const run = await withClosedStdout(["init", "x.xlsx", "-o", "y.xlsx"], dir);

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, "y.xlsx"))).toBe(true);
  });

  it("ends --help quietly", async () => {
    const run = await withClosedStdout(["--help"], tmpdir());

    expect(run).toEqual({ code: 0, stderr: "" });
  });
});
