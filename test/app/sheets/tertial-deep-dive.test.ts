/**
 * The tertial follow-up's inputs on the deep-dive sheets (spec §14): realised per period, the
 * period profile, the prognosis, its explanation and the corrective action are typed there, read
 * back into the portfolio and kept on refresh; «Realisert kr» sums the periods (IronCalc against
 * the core).
 */
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { rangeFromA1, toA1 } from "../../../src/core/workbook/address";
import { evaluateWorkbook } from "../../support/formula-engine";
import { compareWithCore } from "./engine-compare";
import { MAPPING, NOW, USER, budgetWorkbook, findCell, handMadePortfolio } from "./sheets-fixture";

const SHEET = "Gevinst DD Hjemmetjenesten";

/** T1-G1 expects 320 000 in 2027 (800 000 × 0.5 × 0.8); T2-G1 is tid (hours). */
function tertial(): Portfolio {
  const portfolio = handMadePortfolio();
  const [t1, t2] = portfolio.measures;
  t1!.benefits[0]!.realisedPeriods = { "2027": { T1: 60_000, T2: 90_000 } };
  t1!.benefits[0]!.periodProfile = { T1: 0.2, T2: 0.4, T3: 0.4 };
  t1!.forecast = { "2027": 280_000 };
  t1!.deviationNote = "Senere oppstart i sone nord";
  t1!.correctiveAction = "Flere brukere fra mai";
  // A year's figure beside its periods: the periods win (600 h + 500 h = 1 100 h).
  t2!.benefits[0]!.realised = { "2027": 9_999 };
  t2!.benefits[0]!.realisedPeriods = { "2027": { T1: 600, T2: 500 } };
  return portfolio;
}

async function imported(portfolio: Portfolio) {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  evaluateWorkbook(workbook);
  return workbook;
}

/** The row of the first cell in `sheet` below the «Realisert per periode» title holding `text` in column A. */
function periodRow(workbook: Awaited<ReturnType<typeof imported>>, text: string, nth = 0): number {
  const sheet = workbook.requireSheet(SHEET);
  let title = -1;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c === 0 && cell.value === "Realisert per periode") title = r;
  }
  const rows: number[] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c === 0 && r > title && cell.value === text) rows.push(r);
  }
  return rows.sort((a, b) => a - b)[nth] ?? -1;
}

describe("the tertial inputs on the deep-dive sheet", () => {
  it("sums the periods into «Realisert kr» as the core does (IronCalc)", async () => {
    const workbook = await imported(tertial());
    const value = (id: string, header: string) => {
      const { row, col } = rangeFromA1(findCell(workbook, SHEET, id, header));
      return workbook.requireSheet(SHEET).get(row, col)?.value;
    };

    const { mismatches, result } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    // T1: 60 000 + 90 000; T2: (600 + 500) h × 600 kr = 660 000 (not 9 999 h)
    expect(value("T1-G1", "Realisert kr 2027")).toBeCloseTo(150_000, 2);
    expect(value("T1", "Realisert 2027")).toBeCloseTo(150_000, 2);
    expect(value("T2-G1", "Realisert kr 2027")).toBeCloseTo(660_000, 2);
    expect(result.measures[1]!.realisation["2027"]!.realised).toBeCloseTo(660_000, 2);
  });

  it("reads every tertial field back, and a refresh keeps them", async () => {
    const workbook = await imported(tertial());
    await refreshGevinstSheets(workbook, { now: NOW, user: USER });

    const { portfolio } = await readPortfolio(workbook);
    const [t1, t2] = portfolio.measures;

    expect(t1!.benefits[0]!.realisedPeriods).toEqual({ "2027": { T1: 60_000, T2: 90_000 } });
    expect(t1!.benefits[0]!.periodProfile).toEqual({ T1: 0.2, T2: 0.4, T3: 0.4 });
    expect(t1!.forecast).toEqual({ "2027": 280_000 });
    expect(t1!.deviationNote).toBe("Senere oppstart i sone nord");
    expect(t1!.correctiveAction).toBe("Flere brukere fra mai");
    expect(t2!.benefits[0]!.realised).toEqual({ "2027": 9_999 });
    expect(t2!.benefits[0]!.realisedPeriods).toEqual({ "2027": { T1: 600, T2: 500 } });
  });

  it("takes a period typed in plain Excel into «Realisert kr» live and into the portfolio", async () => {
    const workbook = await imported(tertial());
    workbook.setEvaluator(evaluateWorkbook);
    // The first spare row under T2-G1's two period rows.
    const row = periodRow(workbook, "T2-G1", 1) + 1;
    const sheet = workbook.requireSheet(SHEET);
    expect(sheet.get(row, 0)?.value ?? null).toBeNull();
    workbook.typeCell(SHEET, toA1({ row, col: 0 }), "T1-G1");
    workbook.typeCell(SHEET, toA1({ row, col: 1 }), 2027);
    workbook.typeCell(SHEET, toA1({ row, col: 2 }), "t3");
    workbook.typeCell(SHEET, toA1({ row, col: 3 }), 50_000);

    const { row: r, col } = rangeFromA1(findCell(workbook, SHEET, "T1-G1", "Realisert kr 2027"));
    expect(sheet.get(r, col)?.value).toBeCloseTo(200_000, 2);
    const { mismatches } = await compareWithCore(workbook, MAPPING);
    expect(mismatches).toEqual([]);
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.measures[0]!.benefits[0]!.realisedPeriods).toEqual({
      "2027": { T1: 60_000, T2: 90_000, T3: 50_000 },
    });
  });

  it("does not count a period outside the scheme, as the core", async () => {
    const portfolio = tertial();
    portfolio.measures[0]!.benefits[0]!.realisedPeriods = { "2027": { T1: 60_000, M05: 1_000 } };
    const workbook = await imported(portfolio);
    const { mismatches, result } = await compareWithCore(workbook, MAPPING);
    const { issues } = await readPortfolio(workbook);
    expect(mismatches).toEqual([]);
    expect(result.measures[0]!.realisation["2027"]!.realised).toBe(60_000);
    expect(issues.some((i) => i.code === "PERIOD_OUTSIDE_SCHEME")).toBe(true);
  });
});
