/**
 * Fuzzing the read-back of Gevinst sheets that people have mangled (guarantee 3): rows deleted
 * and inserted, columns inserted and deleted, text in number cells, error values like #REF!,
 * huge and empty strings, merged-away cells. Reading never throws, every issue names its sheet,
 * no NaN reaches a report total, and refresh on the mangled workbook neither throws nor touches a
 * non-Gevinst sheet.
 */
import fc from "fast-check";
import { importPortfolio } from "../../src/app/import-portfolio";
import { readPortfolio } from "../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { MemoryWorkbook, type SeedCell, type WorkbookSeed } from "../../src/adapters/memory";
import { buildReport } from "../../src/core/report/build-report";
import { readGevinstSheets } from "../../src/core/sheets/read-workbook";
import { toA1 } from "../../src/core/workbook/address";
import type { CellValue, SheetGrid } from "../../src/core/workbook/workbook-port";
import { MAPPING, budgetWorkbook, handMadePortfolio } from "../app/sheets/sheets-fixture";
import { expectNonGevinstUnchanged, snapshotMemory } from "../support/workbook-guard";
import { nonFinitePaths } from "./support/no-nan";
import { seedOf } from "../support/memory-seed";
import { messageText } from "../../src/app/messages";

const OPTIONS = { now: new Date("2026-10-01T08:00:00Z"), user: "Budsjettsjef", mapping: MAPPING };

type Mutation =
  | { kind: "deleteRow" | "insertRow"; sheet: number; row: number }
  | { kind: "deleteColumn" | "insertColumn"; sheet: number; col: number; from: number; to: number }
  | { kind: "set"; sheet: number; row: number; col: number; value: CellValue };

const value = fc.oneof(
  fc.constantFrom<CellValue>(
    "#REF!",
    "#N/A",
    "#DIV/0!",
    "",
    null,
    "ca 800 000",
    "1 234,50",
    "−250 000",
    "50 %",
    "ja",
    "prioritert",
    "ukjent status",
    true,
    false,
    "x".repeat(40_000),
    "T1",
    "T1-G1",
    "DD1",
  ),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.string({ maxLength: 8 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("deleteRow" as const, "insertRow" as const),
    sheet: fc.nat(),
    row: fc.nat({ max: 80 }),
  }),
  fc.record({
    kind: fc.constantFrom("deleteColumn" as const, "insertColumn" as const),
    sheet: fc.nat(),
    col: fc.nat({ max: 30 }),
    from: fc.nat({ max: 80 }),
    to: fc.nat({ max: 80 }),
  }),
  {
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(),
      row: fc.nat({ max: 80 }),
      col: fc.nat({ max: 30 }),
      value,
    }),
    weight: 4,
  },
);

/** Applies the mutations to copies of the grids (values and formulas kept in step). */
function mangle(grids: readonly SheetGrid[], mutations: readonly Mutation[]): SheetGrid[] {
  const out = grids.map((g) => ({
    ...g,
    values: g.values.map((row) => [...row]),
    formulas: (g.formulas ?? g.values.map((row) => row.map(() => null))).map((row) => [...row]),
  }));
  for (const m of mutations) {
    const grid = out[m.sheet % out.length];
    if (!grid) continue;
    const { values, formulas } = grid;
    switch (m.kind) {
      case "deleteRow":
        values.splice(m.row, 1);
        formulas.splice(m.row, 1);
        break;
      case "insertRow":
        values.splice(Math.min(m.row, values.length), 0, []);
        formulas.splice(Math.min(m.row, formulas.length), 0, []);
        break;
      case "deleteColumn":
      case "insertColumn":
        for (
          let r = Math.min(m.from, m.to);
          r <= Math.max(m.from, m.to) && r < values.length;
          r++
        ) {
          if (m.kind === "deleteColumn") {
            values[r]?.splice(m.col, 1);
            formulas[r]?.splice(m.col, 1);
          } else {
            values[r]?.splice(m.col, 0, null);
            formulas[r]?.splice(m.col, 0, null);
          }
        }
        break;
      case "set": {
        const row = (values[m.row] ??= []);
        const formulaRow = (formulas[m.row] ??= []);
        row[m.col] = m.value;
        formulaRow[m.col] = null;
        break;
      }
    }
  }
  // Rows that were never written stay holes in the arrays; a grid from a port has none.
  for (const g of out) {
    g.values = Array.from(g.values, (row) => Array.from(row ?? [], (v) => v ?? null));
    g.formulas = Array.from(g.formulas, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  return out;
}

let imported: { grids: SheetGrid[]; seed: WorkbookSeed } | null = null;

/** The Gevinst sheets after importing the hand-made portfolio, read with formulas (once). */
async function importedGrids(): Promise<{ grids: SheetGrid[]; seed: WorkbookSeed }> {
  if (imported) return imported;
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, handMadePortfolio(), OPTIONS);
  const names = workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Gevinst"));
  const grids = await workbook.readSheets(names, { formulas: true });
  const seed = seedOf(workbook, (name) => !name.startsWith("Gevinst"));
  imported = { grids, seed };
  return imported;
}

/** Only the sheets the parser reads (deep-dives, settings, overview), mangled. */
const READ_SHEETS = /^Gevinst (DD |Andre tiltak|Innstillinger|Oversikt)/;

describe("reading mangled Gevinst sheets", () => {
  it("never throws, names a sheet in every issue, and keeps NaN out of every total", async () => {
    const { grids } = await importedGrids();
    const targets = grids.filter((g) => READ_SHEETS.test(g.name));
    const others = grids.filter((g) => !READ_SHEETS.test(g.name));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const mangled = [...others, ...mangle(targets, mutations)];

        const read = readGevinstSheets(mangled, 2027);

        expect(read.issues.filter((i) => !i.sheet)).toEqual([]);
        const report = buildReport(read.portfolio, { text: messageText });
        expect(
          nonFinitePaths({
            totals: report.totals,
            pipeline: report.pipeline,
            balance: report.balance,
            measures: report.measures,
            budgetAdjustments: report.budgetAdjustments,
          }),
        ).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it.each([-99_974_432, 2_958_466, 1e12])(
    "reports the number %d in a date cell as BAD_VALUE at its cell (found by this fuzz: it threw RangeError)",
    async (serial) => {
      const { grids } = await importedGrids();
      const sheet = "Gevinst DD Hjemmetjenesten";
      const grid = grids.find((g) => g.name === sheet) as SheetGrid;
      const row = grid.values.findIndex((r) => r[0] === "Indikatorer") + 2;
      const col = grid.values[row - 1]?.indexOf("Dato nullpunkt") ?? -1;
      const mangled = mangle(grids, [
        { kind: "set", sheet: grids.indexOf(grid), row, col, value: serial },
      ]);

      const read = readGevinstSheets(mangled, 2027);

      expect(col).toBeGreaterThan(0);
      expect(read.issues).toContainEqual(
        expect.objectContaining({
          code: "BAD_VALUE",
          sheet,
          indicator: "I1",
          cell: toA1({ row, col }),
        }),
      );
    },
  );

  it("refreshes a mangled workbook without an exception and without touching other sheets", async () => {
    const { grids, seed } = await importedGrids();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        const mangled = mangle(grids, mutations);
        const workbook = MemoryWorkbook.fromSeed({
          sheets: [
            ...seed.sheets,
            ...mangled.map((g) => ({
              name: g.name,
              rows: g.values.map((row, r) =>
                row.map((v, c): SeedCell => {
                  const formula = g.formulas?.[r]?.[c];
                  return formula ? { formula, value: v } : v;
                }),
              ),
            })),
          ],
        });
        const before = snapshotMemory(workbook);

        await refreshGevinstSheets(workbook, OPTIONS);
        const read = await readPortfolio(workbook);

        expectNonGevinstUnchanged(before, snapshotMemory(workbook));
        expect(read.issues.filter((i) => messageText(i).trim() === "")).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
