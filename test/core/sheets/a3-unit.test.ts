/**
 * The optional A3 «Tjenesteområde / resultatenhet» (spec §11, K4): typed on the settings sheet,
 * drawn from the budget. Every figure is a live formula that equals the core, evaluated by
 * IronCalc: each adopted measure's net effect, each budget line's original and adjusted amount
 * per plan year, the «Øvrige linjer» row and the unit's sum.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import type { BudgetLine, BudgetMapping } from "../../../src/core/budget/budget.types";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import {
  UNIT_LINES_SHOWN,
  formatA3Units,
  parseA3Units,
  unitLines,
} from "../../../src/core/sheets/a3/render-a3-unit";
import { settingsRows } from "../../../src/core/sheets/settings/render-settings";
import { toA1 } from "../../../src/core/workbook/address";
import { evaluateWorkbook } from "../../support/formula-engine";
import { NOW, USER, handMadePortfolio } from "../../app/sheets/sheets-fixture";

const HEADER = ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"];

/** 3100 with two lines (one code typed as a number), 5100 with 25 lines, 2100 with two. */
function budgetRows(): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["3100", "10300", "254", 5_000_000, 5_100_000, 5_200_000, 5_300_000],
    [3100, 11500, 254, 800_000, 800_000, 800_000, 800_000],
    ["1300", "12400", "120", 400_000, 400_000, 400_000, 400_000],
    ["2100", "16000", "201", -1_200_000, -1_250_000, -1_300_000, -1_350_000],
    ["2100", "10100", "201", 9_000_000, 9_000_000, 9_000_000, 9_000_000],
  ];
  for (let i = 0; i < 25; i++)
    rows.push(["5100", String(10100 + i * 10), "265", (i + 1) * 10_000, 0, (i % 3) * 1_000, -i]);
  return rows;
}

function unitWorkbook(planColumns: [number, number, number, number] = [3, 4, 5, 6]): {
  workbook: MemoryWorkbook;
  mapping: BudgetMapping;
} {
  const rows = budgetRows();
  const workbook = MemoryWorkbook.fromSeed({
    sheets: [{ name: "Budsjett", rows: [HEADER, ...rows] }],
  });
  const mapping: BudgetMapping = {
    budgetYear: 2027,
    sources: [
      {
        sheet: "Budsjett",
        headerRow: 0,
        firstRow: 1,
        lastRow: rows.length,
        keyColumns: { ansvar: 0, art: 1, funksjon: 2 },
        nameColumns: {},
        planColumns,
        yearColumns: [],
        unit: 1,
      },
    ],
  };
  return { workbook, mapping };
}

/** T1 adopted (uttak on 3100) with a cost on 5100; T3 stays proposed (2100, not shown). */
function portfolio(): Portfolio {
  const p = handMadePortfolio();
  const t1 = p.measures.find((m) => m.id === "T1");
  if (!t1) throw new Error("T1");
  t1.status = "vedtatt";
  t1.costLink = { ansvar: "5100", art: "10100", funksjon: "265" };
  return p;
}

async function drawn(units: string, planColumns?: [number, number, number, number]) {
  const { workbook, mapping } = unitWorkbook(planColumns);
  const grids = await workbook.readSheets(["Budsjett"]);
  const budget = createBudgetIndex(readBudgetLines(mapping, grids).lines);
  const p = portfolio();
  await importPortfolio(workbook, p, { now: NOW, user: USER, mapping, budget });
  // The finance department types the units on the settings sheet, then refreshes.
  workbook.typeCell(
    "Gevinst Innstillinger",
    toA1({ row: settingsRows().a3Units as number, col: 1 }),
    units,
  );
  await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping, budget });
  // A second refresh has nothing to do: the unit A3s are stable, the typed setting kept.
  const again = await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping, budget });
  expect(again.cellsWritten).toBe(0);
  evaluateWorkbook(workbook);
  return { workbook, budget, result: calculatePortfolio(p, { budget }), portfolio: p };
}

/** The formulas of the årshjul's link column. */
function wheelLinks(workbook: MemoryWorkbook): string[] {
  return [...workbook.requireSheet("Gevinst Årshjul").cells].flatMap(([, c]) =>
    c.formula?.startsWith("=HYPERLINK(") ? [c.formula] : [],
  );
}

function rowOf(workbook: MemoryWorkbook, sheet: string, test: (label: string) => boolean) {
  for (const [key, cell] of workbook.requireSheet(sheet).cells)
    if (key.endsWith(",0") && typeof cell.value === "string" && test(cell.value))
      return Number(key.split(",")[0]);
  throw new Error(`no row in ${sheet}`);
}

function num(workbook: MemoryWorkbook, sheet: string, row: number, col: number): number {
  const value = workbook.requireSheet(sheet).get(row, col)?.value;
  return typeof value === "number" ? value : NaN;
}

describe("A3 per tjenesteområde / resultatenhet", () => {
  it("reads the units as the settings row holds them, and writes them back the same", () => {
    const units = parseA3Units("3100; funksjon 254 , ansvar F460, f:120, 3100");
    expect(units).toEqual([
      { dimension: "ansvar", code: "3100" },
      { dimension: "funksjon", code: "254" },
      { dimension: "ansvar", code: "F460" },
      { dimension: "funksjon", code: "120" },
    ]);
    expect(parseA3Units(formatA3Units(units))).toEqual(units);
    expect(parseA3Units(3100)).toEqual([{ dimension: "ansvar", code: "3100" }]);
    expect(parseA3Units(null)).toEqual([]);
  });

  it("is made only for the units typed, and every figure equals the core", async () => {
    const { workbook, budget, result, portfolio: p } = await drawn("3100, 5100");
    const names = workbook.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Gevinst A3 Enhet 3100", "Gevinst A3 Enhet 5100"]),
    );
    expect(names.filter((n) => n.startsWith("Gevinst A3 Enhet"))).toHaveLength(2);
    const years = result.years;
    const adjusted = (line: BudgetLine, year: string) =>
      result.budgetAdjustments.find((a) =>
        (["ansvar", "art", "funksjon"] as const).every((d) => a.key[d] === line.key[d]),
      )?.years[year]?.adjusted ??
      line.amounts[years.indexOf(year)] ??
      NaN;
    let compared = 0;
    for (const code of ["3100", "5100"]) {
      const sheet = `Gevinst A3 Enhet ${code}`;
      const lines = unitLines(budget.lines, { dimension: "ansvar", code });
      expect(lines.length).toBeGreaterThan(0);
      const shown = lines.slice(0, UNIT_LINES_SHOWN);
      const rest = lines.slice(UNIT_LINES_SHOWN);
      const check = (row: number, group: readonly BudgetLine[]) =>
        years.forEach((year, i) => {
          const original = group.reduce((s, l) => s + (l.amounts[i] ?? 0), 0);
          const adj = group.reduce((s, l) => s + adjusted(l, year), 0);
          expect(num(workbook, sheet, row, 1 + i)).toBeCloseTo(original, 2);
          expect(num(workbook, sheet, row, 5 + i)).toBeCloseTo(adj, 2);
          compared += 2;
        });
      for (const line of shown) {
        const label = `${line.key.ansvar}-${line.key.art}-${line.key.funksjon}`;
        check(
          rowOf(workbook, sheet, (l) => l.startsWith(label)),
          [line],
        );
      }
      if (rest.length > 0)
        check(
          rowOf(workbook, sheet, (l) => l.startsWith("Øvrige linjer")),
          rest,
        );
      check(
        rowOf(workbook, sheet, (l) => l.startsWith("Sum resultatenhet")),
        lines,
      );
      // The adopted measure acting on the unit: its net effect per year.
      const t1 = result.measures.find((m) => m.id === "T1");
      const row = rowOf(workbook, sheet, (l) => l.startsWith("T1 "));
      years.forEach((year, i) => {
        expect(num(workbook, sheet, row, 3 + i)).toBeCloseTo(t1?.years[year]?.budgetNet ?? NaN, 2);
        compared++;
      });
    }
    // 5100 has more lines than the page shows: the rest are one row, and the sum still holds.
    expect(budget.lines.filter((l) => l.key.ansvar === "5100").length).toBeGreaterThan(
      UNIT_LINES_SHOWN,
    );
    // The adjustments are not all zero: the test would see a formula that drops them.
    const line3100 = budget.lines.find((l) => l.key.art === "10300");
    expect(line3100 && adjusted(line3100, "2028")).not.toBe(line3100?.amounts[1]);
    expect(compared).toBeGreaterThan(100);
    expect(p.measures.some((m) => m.status === "foreslatt")).toBe(true);
  });

  it("shows no proposed measure and draws a funksjon unit with its own label", async () => {
    const { workbook } = await drawn("funksjon 201");
    const sheet = "Gevinst A3 Tjeneste 201";
    expect(workbook.sheets.map((s) => s.name)).toContain(sheet);
    // T3 on 2100/201 is only proposed: the A3 names no measure.
    expect(() => rowOf(workbook, sheet, (l) => l.startsWith("T3 "))).toThrow();
    rowOf(workbook, sheet, (l) => l.startsWith("Ingen vedtatte tiltak"));
    rowOf(workbook, sheet, (l) => l.startsWith("Sum tjenesteområde 201"));
  });

  it("says which plan years carry the budget year forward (spec §4)", async () => {
    const { workbook } = await drawn("3100", [3, 3, 3, 3]);
    const row = rowOf(workbook, "Gevinst A3 Enhet 3100", (l) =>
      l.startsWith("Videreført fra 2027"),
    );
    expect(workbook.requireSheet("Gevinst A3 Enhet 3100").get(row, 0)?.value).toMatch(
      /: 2028, 2029, 2030\.$/,
    );
    const plain = await drawn("3100");
    expect(() =>
      rowOf(plain.workbook, "Gevinst A3 Enhet 3100", (l) => l.startsWith("Videreført")),
    ).toThrow();
  });

  it("is not made when no unit is typed", async () => {
    const { workbook } = await drawn("");
    expect(workbook.sheets.some((s) => s.name.startsWith("Gevinst A3 Enhet"))).toBe(false);
    expect(wheelLinks(workbook).filter((f) => f.includes("Gevinst A3 Enhet"))).toEqual([]);
  });

  it("is linked from the årshjul under Q4, also after a refresh without the budget", async () => {
    const { workbook } = await drawn("3100, funksjon 201");
    const link = (sheet: string) => `=HYPERLINK("#'${sheet}'!A1","${sheet}")`;
    const expected = [link("Gevinst A3 Enhet 3100"), link("Gevinst A3 Tjeneste 201")];
    const wheel = workbook.requireSheet("Gevinst Årshjul");
    const rows = expected.map((formula) => {
      const found = [...wheel.cells].find(([, c]) => c.formula === formula)?.[0];
      expect(found).toBeDefined();
      return Number(found?.split(",")[0]);
    });
    // Right under Q4's last activity, one row each, with no quarter of their own.
    const quarters = [...wheel.cells]
      .filter(([key, c]) => key.endsWith(",0") && /^K[1-4]$/.test(String(c.value)))
      .map(([key, c]) => ({ row: Number(key.split(",")[0]), quarter: c.value }));
    const last = quarters.reduce((a, b) => (b.row > a.row ? b : a));
    expect(last.quarter).toBe("K4");
    expect(rows).toEqual([last.row + 1, last.row + 2]);
    expect(wheel.get(rows[0] as number, 0)?.value ?? null).toBeNull();

    // Without the budget no unit A3 is drawn, but the sheets stay and so do their links.
    await refreshGevinstSheets(workbook, { now: NOW, user: USER });
    expect(wheelLinks(workbook)).toEqual(expect.arrayContaining(expected));
  });
});
