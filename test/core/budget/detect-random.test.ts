import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { SeedCell } from "../../../src/adapters/memory/workbook-seed";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import { generateLines } from "../../support/budget-workbooks";
import { messageText } from "../../../src/app/messages";

type Column = { header: string; value: (i: number) => SeedCell; role: string };

/** A budget sheet of random shape: title rows, column order, codes as text or numbers. */
const shapes = fc.record({
  titles: fc.array(fc.constantFrom("Budsjett 2027", "Kommune X", "Økonomiplan 2027–2030", ""), {
    maxLength: 5,
  }),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8], { minLength: 9, maxLength: 9 }),
  codesAsNumbers: fc.boolean(),
  lineCount: fc.integer({ min: 1, max: 40 }),
  headers: fc.record({
    ansvar: fc.constantFrom("Ansvar", "Ansvarssted", "ANSVAR"),
    art: fc.constantFrom("Art", "Konto", "Kontoart"),
    funksjon: fc.constantFrom("Funksjon", "Tjeneste"),
    b: fc.constantFrom("Budsjett 2027", "B2027", "Vedtatt budsjett 2027", "2027"),
    op: fc.constantFrom("ØP", "Økonomiplan", "B"),
  }),
});

describe("detectBudget on randomly shaped budgets", () => {
  it("finds the key columns, the plan-year columns and every line", async () => {
    await fc.assert(
      fc.asyncProperty(shapes, async (shape) => {
        const lines = generateLines(shape.lineCount, shape.lineCount);
        const code = (text: string): SeedCell => (shape.codesAsNumbers ? Number(text) : text);
        const columns: Column[] = [
          {
            header: shape.headers.ansvar,
            value: (i) => code(lines[i]?.ansvar ?? ""),
            role: "ansvar",
          },
          { header: shape.headers.art, value: (i) => code(lines[i]?.art ?? ""), role: "art" },
          {
            header: shape.headers.funksjon,
            value: (i) => code(lines[i]?.funksjon ?? ""),
            role: "funksjon",
          },
          { header: "Regnskap 2025", value: (i) => lines[i]?.reference[0] ?? 0, role: "ref" },
          { header: "Merknad", value: () => null, role: "other" },
          { header: shape.headers.b, value: (i) => lines[i]?.amounts[0] ?? 0, role: "p0" },
          ...[1, 2, 3].map((k) => ({
            header: `${shape.headers.op} ${2027 + k}`,
            value: (i: number) => lines[i]?.amounts[k] ?? 0,
            role: `p${k}`,
          })),
        ];
        const ordered = shape.order.map((i) => columns[i] as Column);
        const rows: SeedCell[][] = shape.titles.map((t) => [t]);
        rows.push(ordered.map((c) => c.header));
        lines.forEach((_, i) => rows.push(ordered.map((c) => c.value(i))));
        const workbook = MemoryWorkbook.fromSeed({ sheets: [{ name: "Ark1", rows }] });
        const grids = await workbook.readSheets(["Ark1"], { formulas: true });
        const colOf = (role: string): number => ordered.findIndex((c) => c.role === role);

        const result = detectBudget({ grids });

        if (result.status !== "found") throw new Error(messageText(result));
        const source = result.mapping.sources[0];
        expect(source?.keyColumns).toEqual({
          ansvar: colOf("ansvar"),
          art: colOf("art"),
          funksjon: colOf("funksjon"),
        });
        expect(source?.planColumns).toEqual([colOf("p0"), colOf("p1"), colOf("p2"), colOf("p3")]);
        expect(source?.headerRow).toBe(shape.titles.length);
        expect(result.mapping.budgetYear).toBe(2027);
        expect(result.lineCount).toBe(shape.lineCount);
      }),
      { numRuns: 150 },
    );
  });
});
