/**
 * Fuzzing budget detection (guarantee 3): random sheets with values of every type — error values
 * like #REF!, huge and empty strings, numbers of every size, booleans, formulas — with and without
 * a real header row and merged titles. Detection never throws, a proposal reads only finite
 * amounts, and connecting through the memory adapter answers in Norwegian, never with an exception.
 */
import fc from "fast-check";
import { connectBudget, loadBudget, confirmBudgetMapping } from "../../src/app/connect-budget";
import { MemoryWorkbook, type SeedCell } from "../../src/adapters/memory";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import { detectBudget } from "../../src/core/budget/detect-budget";
import type { CellValue, SheetGrid } from "../../src/core/workbook/workbook-port";
import { nonFinitePaths } from "./support/no-nan";
import { messageText } from "../../src/app/messages";

const ERRORS = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];
const HEADERS = [
  "Ansvar",
  "Art",
  "Funksjon",
  "Prosjekt",
  "Konto",
  "Tjeneste",
  "Regnskap 2025",
  "Budsjett 2027",
  "ØP 2028",
  "ØP 2029",
  "ØP 2030",
  "Økonomiplan 2031",
  "B2027",
  "Sum",
  "Sum ansvar 3100",
  "1 000 kr",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", " ", "\t", "=SUM(A1:A3)", "'0123", "1 234,50", "−1 000", "12 %"),
  },
  { weight: 3, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(40_000), "Ø".repeat(5_000)) },
);

/** A header row that detection can find, so that the body is parsed too. */
const budgetHeader = fc.constantFrom<CellValue[]>(
  ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"],
  ["Konto", "Ansvar", "Tjeneste", "Regnskap 2025", "B2027", "B2028", "B2029", "B2030"],
);

const grid = fc
  .record({
    header: fc.option(budgetHeader, { nil: undefined }),
    headerAt: fc.nat({ max: 4 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
    origin: fc.record({ row: fc.nat({ max: 3 }), col: fc.nat({ max: 3 }) }),
  })
  .map(({ header, headerAt, rows, origin }): SheetGrid => {
    const values = rows.map((row) => [...row]);
    if (header) values.splice(Math.min(headerAt, values.length), 0, header);
    return { name: "Ark1", origin, values, formulas: values.map((row) => row.map(() => null)) };
  });

/** One sheet «Ark1» at A1 with `values` and no formulas. */
const sheetOf = (values: SheetGrid["values"]): SheetGrid => ({
  name: "Ark1",
  origin: { row: 0, col: 0 },
  values,
  formulas: values.map((r) => r.map(() => null)),
});

describe("budget detection on random sheets", () => {
  it("never throws, and a proposal reads only finite amounts", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
        const named = grids.map((g, i) => ({ ...g, name: `Ark${i + 1}` }));

        const result = detectBudget({ grids: named });

        const isFound = result.status === "found";
        if (isFound) found++;
        const lines = isFound ? readBudgetLines(result.mapping, named).lines : [];

        expect(isFound ? "x" : messageText(result)).toMatch(/\S/);
        expect(nonFinitePaths(lines.map((l) => l.amounts))).toEqual([]);
        // Rows sharing a key are one budget line (spec §4); the reader returns every row.
        expect(lines.length).toBe(isFound ? result.lineCount + result.mergedRows : 0);
      }),
      { numRuns: 2000 },
    );
    // The fuzz must reach the line reader often, not only the «not found» answer.
    expect(found).toBeGreaterThan(200);
  });

  it("counts two rows with the same key as one line and says the other was added to it", () => {
    // The fuzz's counterexample (seed 975233602): a funksjon «1 000 kr» twice, no amounts.
    const values = [["Tjeneste", "ØP 2030", "Prosjekt"], ["1 000 kr"], ["1 000 kr"]];
    const named = [sheetOf(values)];
    const result = detectBudget({ grids: named });
    if (result.status !== "found") throw new Error(messageText(result));
    expect([result.lineCount, result.mergedRows]).toEqual([1, 1]);
    expect(readBudgetLines(result.mapping, named).lines).toHaveLength(2);
  });

  it("reads an amount that overflows in 1 000 kr as no amount, not as -Infinity", () => {
    // The fuzz's counterexample (seed -1839846771).
    const values = [
      ["1 000 kr"],
      ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"],
      [0, 0, 0, -1.797693134862316e305],
      [0, 0, 1, 5],
    ];
    const named = [sheetOf(values)];
    const result = detectBudget({ grids: named });
    if (result.status !== "found") throw new Error(messageText(result));
    const read = readBudgetLines(result.mapping, named);
    expect(read.lines.map((l) => l.amounts)).toEqual([[5000, 0, 0, 0]]);
    expect(read.badCells).toHaveLength(1);
  });

  it("connects, confirms and loads a random workbook with merged titles without an exception", async () => {
    const seedCell: fc.Arbitrary<SeedCell> = fc.oneof(
      cell,
      fc.constantFrom<SeedCell>(
        { formula: "=SUBTOTAL(9,D2:D9)", value: 0 },
        { formula: "=#REF!", value: "#REF!" },
      ),
    );
    const sheet = fc.record({
      title: fc.constantFrom("Budsjett 2027 – drift", "", "#REF!"),
      header: budgetHeader,
      rows: fc.array(fc.array(seedCell, { maxLength: 9 }), { maxLength: 15 }),
    });
    let loadedCount = 0;
    await fc.assert(
      fc.asyncProperty(sheet, async ({ title, header, rows }) => {
        const workbook = MemoryWorkbook.fromSeed({
          sheets: [{ name: "Budsjett", rows: [[title], header, ...rows], merges: ["A1:G1"] }],
        });

        const result = await connectBudget(workbook);
        const found = result.status === "found";
        if (found) await confirmBudgetMapping(workbook, result.mapping);
        const loaded = found ? await loadBudget(workbook) : null;
        if (loaded?.status === "loaded") loadedCount++;

        expect(found ? loaded?.status : "not-found").toBe(found ? "loaded" : result.status);
        expect(found ? "" : messageText(result)).toMatch(found ? /^$/ : /[a-zæøå]/i);
        expect(nonFinitePaths(loaded?.status === "loaded" ? loaded.lines : [])).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(loadedCount).toBeGreaterThan(30);
  });
});
