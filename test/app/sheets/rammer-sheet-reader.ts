/**
 * Reads «Gevinst Rammer» as IronCalc left it — per plan year block, each row's ramme, netto, krav,
 * gap and «I balanse?» by the area code in column A — and compares it with the report's areas[].
 */
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import type { AreaFigures } from "../../../src/core/areas";
import { RAMMER_SUM_LABEL } from "../../../src/core/sheets/rammer/rammer.layout";
import { SHEET_RAMMER } from "../../../src/core/sheets/shared/sheet-names";

type SheetYear = {
  ramme: unknown;
  budgetNet: unknown;
  target: unknown;
  gap: unknown;
  balanced: unknown;
};

/** Per plan year, the sheet's row for each area id and the «Sum» row, as IronCalc left them. */
export function sheetFigures(workbook: MemoryWorkbook): Record<string, Record<string, SheetYear>> {
  const sheet = workbook.requireSheet(SHEET_RAMMER);
  const out: Record<string, Record<string, SheetYear>> = {};
  let year: string | null = null;
  const rows = Math.max(...[...sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
  for (let row = 0; row <= rows; row++) {
    const a = sheet.get(row, 0)?.value;
    const section = typeof a === "string" ? /^Planår (\d{4})$/.exec(a) : null;
    if (section) {
      year = section[1] as string;
      out[year] = {};
      continue;
    }
    if (year === null || typeof a !== "string" || a === "" || a === "Rammeområde") continue;
    const v = (col: number) => sheet.get(row, col)?.value;
    (out[year] as Record<string, SheetYear>)[a] = {
      ramme: v(2),
      budgetNet: v(3),
      target: v(4),
      gap: v(5),
      balanced: v(6),
    };
  }
  return out;
}

export function expectSheetEqualsReport(
  sheet: Record<string, Record<string, SheetYear>>,
  areas: readonly AreaFigures[],
  years: readonly string[],
): void {
  for (const year of years) {
    const byId = sheet[year] ?? {};
    for (const area of areas) {
      const want = area.years[year]!;
      const got = byId[area.id];
      expect({ area: area.id, year, ...got }).toEqual({
        area: area.id,
        year,
        ramme: expect.closeTo(want.ramme, 2),
        budgetNet: expect.closeTo(want.budgetNet, 2),
        target: expect.closeTo(want.target, 2),
        gap: expect.closeTo(want.gap, 2),
        balanced: want.balanced ? "Ja" : "Nei",
      });
    }
    const sum = (pick: (a: AreaFigures) => number) => areas.reduce((s, a) => s + pick(a), 0);
    const total = byId[RAMMER_SUM_LABEL];
    expect(total?.ramme).toBeCloseTo(
      sum((a) => a.years[year]!.ramme),
      2,
    );
    expect(total?.budgetNet).toBeCloseTo(
      sum((a) => a.years[year]!.budgetNet),
      2,
    );
    expect(total?.target).toBeCloseTo(
      sum((a) => a.years[year]!.target),
      2,
    );
  }
}
