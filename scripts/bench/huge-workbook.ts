/**
 * The 8-million-cell workbook: a budget sheet of 500 000 lines × 16 columns, written with
 * exceljs's streaming writer, then `gevinst init` on it in a child process. Prints the time and
 * the child's peak memory; the goal is done (or refused with a message) within a minute, under 1 GB.
 * Run: npx tsc -p tsconfig.bench.json && node dist/bench/scripts/bench/huge-workbook.js [lines]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "../../../..");

async function generate(file: string, lines: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
  });
  const sheet = writer.addWorksheet("Budsjett");
  sheet
    .addRow([
      "Ansvar",
      "Art",
      "Funksjon",
      "Prosjekt",
      "Tekst",
      "Regnskap 2025",
      "Budsjett 2026",
      "Budsjett 2027",
      "ØP 2028",
      "ØP 2029",
      "ØP 2030",
      "Merknad",
      "Kilde",
      "Versjon",
      "Endret",
      "Sum",
    ])
    .commit();
  for (let i = 0; i < lines; i++) {
    const base = 1000 + (i % 5000);
    sheet
      .addRow([
        String(1000 + (i % 900)),
        String(10000 + (i % 700)),
        String(100 + (i % 90)),
        `P${i % 300}`,
        `Linje ${i}`,
        base,
        base + 1,
        base + 2,
        base + 3,
        base + 4,
        base + 5,
        "",
        "Økonomi",
        1,
        46000 + (i % 365),
        base * 5,
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
}

async function main(): Promise<void> {
  const lines = Number(process.argv[2] ?? 500_000);
  const dir = mkdtempSync(path.join(tmpdir(), "gevinst-huge-"));
  const input = path.join(dir, "stor.xlsx");
  await generate(input, lines);
  console.log(`${lines * 16} celler, ${(statSync(input).size / 1e6).toFixed(1)} MB`);
  const script = `require(${JSON.stringify(path.join(ROOT, "dist/cli/cli/main.js"))}).runCli(["init","stor.xlsx","-o","ut.xlsx"]).then((code)=>{process.stderr.write("exit "+code+", topp-RSS "+(process.resourceUsage().maxRSS/1024).toFixed(0)+" MB\\n")})`;
  const started = performance.now();
  try {
    execFileSync(process.execPath, ["-e", script], {
      cwd: dir,
      stdio: ["ignore", "inherit", "inherit"],
      timeout: 300_000,
    });
  } catch {
    // The child printed its own message.
  }
  console.log(`gevinst init: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
