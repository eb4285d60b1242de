/**
 * Two formula engines agree on every figure Gevinst writes (spec §11: «IronCalc and LibreOffice
 * agree»). The import workbook of the print check — every Gevinst sheet, the A3s included — is
 * evaluated by IronCalc in memory, and written without results for LibreOffice to evaluate on
 * its own; each formula cell of each Gevinst sheet must hold the same number or text in both.
 * IronCalc's figures equal the core's (test/app/sheets/a3-formulas and the other formula tests),
 * so LibreOffice's do too. Skips with a notice when LibreOffice is missing.
 */
import JSZip from "jszip";
import type { MemoryWorkbook } from "../../src/adapters/memory";
import { importPortfolio } from "../../src/app/import-portfolio";
import { writeXlsx } from "../../src/demo/xlsx-io";
import { MAPPING, NOW, USER, budgetWorkbook } from "../app/sheets/sheets-fixture";
import { evaluateWorkbook } from "../support/formula-engine";
import { printPortfolio } from "./print-workbook";
import { libreOfficeRecalc, printToolsPresent } from "./render-pdf";

const present = printToolsPresent();
if (!present) console.warn("LibreOffice (soffice) is not installed: second-engine check skipped.");
const maybe = present ? describe : describe.skip;

type Mismatch = { cell: string; ironCalc: unknown; libreOffice: unknown };

/** A result as a comparable value: numbers as numbers, blanks as "", errors by their text. */
function comparable(value: unknown): number | string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "object" && "error" in value) return String(value.error);
  return JSON.stringify(value);
}

/** A1 column letters → 0-based column. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * The formula results LibreOffice saved, per sheet name and "row,col" (0-based), read from the
 * package's XML as it stands: exceljs drops a result of 0 or "" (it reads them as no result).
 */
async function savedResults(bytes: Buffer): Promise<Map<string, Map<string, number | string>>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const rels = new Map(
    [...(await read("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship [^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])?.[1] ?? "",
      /Target="([^"]+)"/.exec(m[0])?.[1] ?? "",
    ]),
  );
  const out = new Map<string, Map<string, number | string>>();
  for (const m of (await read("xl/workbook.xml")).matchAll(/<sheet [^>]*>/g)) {
    const name = unescapeXml(/name="([^"]+)"/.exec(m[0])?.[1] ?? "");
    const target = rels.get(/r:id="([^"]+)"/.exec(m[0])?.[1] ?? "") ?? "";
    const xml = await read(`xl/${target.replace(/^\/?xl\//, "")}`);
    const cells = new Map<string, number | string>();
    for (const c of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>/]*)>(.*?)<\/c>/g)) {
      const body = c[4] ?? "";
      if (!body.includes("<f")) continue;
      const type = /t="([^"]+)"/.exec(c[3] ?? "")?.[1] ?? "n";
      const v = unescapeXml(/<v>(.*?)<\/v>/.exec(body)?.[1] ?? "");
      const key = `${Number(c[2]) - 1},${columnIndex(c[1] ?? "")}`;
      cells.set(key, type === "n" ? (v === "" ? "" : Number(v)) : type === "b" ? Number(v) : v);
    }
    out.set(name, cells);
  }
  return out;
}

function same(a: number | string, b: number | string): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 0.01;
  return a === b;
}

maybe("LibreOffice and IronCalc agree on every Gevinst formula", () => {
  let memory: MemoryWorkbook;
  let libre: Map<string, Map<string, number | string>>;

  beforeAll(async () => {
    memory = budgetWorkbook();
    await importPortfolio(memory, printPortfolio(), { now: NOW, user: USER, mapping: MAPPING });
    // Written before IronCalc runs, so the file carries no results LibreOffice could reuse.
    const bytes = Buffer.from(await writeXlsx(memory));
    evaluateWorkbook(memory);
    libre = await savedResults(libreOfficeRecalc(bytes));
  }, 300_000);

  it("gives the same result in each formula cell of each Gevinst sheet", () => {
    const mismatches: Mismatch[] = [];
    let compared = 0;
    let figures = 0;
    for (const sheet of memory.sheets) {
      if (!sheet.name.startsWith("Gevinst")) continue;
      const other = libre.get(sheet.name);
      for (const [key, cell] of sheet.cells) {
        // IronCalc has no HYPERLINK (#NAME?): the årshjul's links are left out of the comparison.
        if (!cell.formula || /^=?HYPERLINK\(/i.test(cell.formula)) continue;
        const a = comparable(cell.value);
        const b = other?.get(key) ?? "(none)";
        compared++;
        if (typeof a === "number" && a !== 0) figures++;
        if (!same(a, b))
          mismatches.push({ cell: `${sheet.name}!${key}`, ironCalc: a, libreOffice: b });
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    // Enough was compared to mean something: the A3s' and sheets' figures, not blanks.
    expect(compared).toBeGreaterThan(500);
    expect(figures).toBeGreaterThan(100);
  });
});
