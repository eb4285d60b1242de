/**
 * `init` on a large budget through the package writer, side by side with exceljs's own read +
 * write of the same file. Prints both times and the ratio (the goal: at most 1/3).
 * Run: npx tsc -p tsconfig.bench.json && node dist/bench/scripts/bench/xlsx-writer.js [lines]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { seedToXlsx } from "../../test/adapters/xlsx/seed-to-xlsx";
import { runCli } from "../../src/cli/main";
import { budgetSeed } from "./fixtures";

export type XlsxWriterFigures = {
  lines: number;
  megabytes: number;
  exceljsSeconds: number;
  initSeconds: number;
  ratio: number;
};

/** exceljs's own read + write, in a function so its workbook is garbage before `init` runs. */
async function exceljsRoundTrip(input: string, output: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(input);
  await book.xlsx.writeFile(output);
}

/** Times exceljs read + write and `gevinst init` on the same generated budget, in one run. */
export async function measureXlsxWriter(lines: number): Promise<XlsxWriterFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), "gevinst-bench-"));
  const input = path.join(dir, "budsjett.xlsx");
  writeFileSync(input, await seedToXlsx(budgetSeed(lines)));
  const size = readFileSync(input).length;

  let started = performance.now();
  await exceljsRoundTrip(input, path.join(dir, "exceljs.xlsx"));
  const exceljs = performance.now() - started;

  started = performance.now();
  const quiet = {
    stdout: () => undefined,
    stderr: () => undefined,
    cwd: dir,
    progressBytes: Infinity,
  };
  const code = await runCli(["init", "budsjett.xlsx", "-o", "ut.xlsx"], quiet);
  const init = performance.now() - started;

  rmSync(dir, { recursive: true, force: true });
  if (code > 1) throw new Error(`gevinst init avsluttet med ${code}`);
  return {
    lines,
    megabytes: size / 1e6,
    exceljsSeconds: exceljs / 1000,
    initSeconds: init / 1000,
    ratio: init / exceljs,
  };
}

export function formatXlsxWriter(f: XlsxWriterFigures): string {
  return [
    `\n.xlsx: init på ${f.lines} budsjettlinjer (${f.megabytes.toFixed(1)} MB)`,
    `  exceljs les + skriv ${f.exceljsSeconds.toFixed(2)} s · gevinst init ${f.initSeconds.toFixed(2)} s`,
    `  forhold init / exceljs ${f.ratio.toFixed(2)} (mål ≤ 0,33)`,
  ].join("\n");
}

if (require.main === module)
  void measureXlsxWriter(Number(process.argv[2] ?? 100_000)).then((f) =>
    console.log(formatXlsxWriter(f)),
  );
