/**
 * «Gevinst Tertial» (spec §14): every figure a live formula over the deep-dive sheets, evaluated
 * by IronCalc and compared with core calculateFollowUp on the portfolio read back from the sheets;
 * the follow-up settings typed there are read back; avvik first.
 */
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { calculateFollowUp } from "../../../src/core/follow-up/calculate-follow-up";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { SHEET_TERTIAL } from "../../../src/core/sheets/shared/sheet-names";
import { REALISATION_STATUS_TEXT } from "../../../src/core/sheets/deep-dive/deep-dive-formulas";
import { toA1 } from "../../../src/core/workbook/address";
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import { evaluateWorkbook } from "../../support/formula-engine";
import { aBenefit, aMeasure, KRONER_TOLERANCE } from "../../support/builders";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets-fixture";

/** T1 behind (avvik), T2 typed prognosis with explanation, T3 in DD2 on plan, T9 proposed. */
function tertial(): Portfolio {
  const portfolio = handMadePortfolio();
  const [t1, t2] = portfolio.measures;
  // T1-G1 expects 320 000 in 2027; profile 0.2/0.4/0.4 → 192 000 due by T2; 60 000 + 40 000 came
  t1!.benefits[0]!.realisedPeriods = { "2027": { T1: 60_000, T2: 40_000 } };
  t1!.benefits[0]!.periodProfile = { T1: 0.2, T2: 0.4, T3: 0.4 };
  t1!.deviationNote = "Senere oppstart i sone nord";
  t1!.correctiveAction = "Flere brukere fra mai";
  // T2-G1 (tid) 1 080 000 a year, even: 720 000 due by T2; 700 h + 500 h = 720 000 kr → i rute
  t2!.benefits[0]!.realisedPeriods = { "2027": { T1: 700, T2: 500 } };
  t2!.forecast = { "2027": 1_000_000 };
  t2!.deviationNote = "Færre timer enn ventet etter sommeren";
  portfolio.measures.push(
    aMeasure({
      id: "T9",
      status: "foreslatt",
      benefits: [aBenefit({ id: "T9-G1", annual: 50_000 })],
    }),
  );
  return portfolio;
}

async function imported(portfolio: Portfolio) {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  evaluateWorkbook(workbook);
  return workbook;
}

/** The tertial sheet's measure rows: id → header → value. */
function table(workbook: MemoryWorkbook): Map<string, Record<string, unknown>> {
  const sheet = workbook.requireSheet(SHEET_TERTIAL);
  let headerRow = -1;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c === 0 && cell.value === "Tiltak-id") headerRow = r;
  }
  const headers: string[] = [];
  for (let c = 0; c < 12; c++) headers.push(String(sheet.get(headerRow, c)?.value ?? ""));
  const rows = new Map<string, Record<string, unknown>>();
  for (let r = headerRow + 1; ; r++) {
    const id = sheet.get(r, 0)?.value;
    if (typeof id !== "string" || id.startsWith("Sum")) {
      rows.set("Sum", Object.fromEntries(headers.map((h, c) => [h, sheet.get(r, c)?.value])));
      rows.set("Krav", { value: sheet.get(r + 1, 7)?.value });
      rows.set("Gap", { value: sheet.get(r + 2, 7)?.value });
      break;
    }
    rows.set(id, Object.fromEntries(headers.map((h, c) => [h, sheet.get(r, c)?.value])));
  }
  return rows;
}

const close = (a: unknown, b: number) =>
  typeof a === "number" && Math.abs(a - b) <= KRONER_TOLERANCE;

describe("«Gevinst Tertial»", () => {
  it("shows the core's follow-up per measure, avvik first, and the gap by prognosis (IronCalc)", async () => {
    const workbook = await imported(tertial());
    const { portfolio } = await readPortfolio(workbook);
    const result = calculatePortfolio(portfolio);
    const followUp = calculateFollowUp(portfolio, result);
    const rows = table(workbook);
    const ids = [...rows.keys()].filter((k) => !["Sum", "Krav", "Gap"].includes(k));

    // Counted measures only; T1 (avvik) first.
    expect(ids[0]).toBe("T1");
    expect(ids).not.toContain("T9");
    expect(ids.sort()).toEqual(
      result.measures
        .filter((m) => m.counted)
        .map((m) => m.id)
        .sort(),
    );
    const sheet = workbook.requireSheet(SHEET_TERTIAL);
    expect(sheet.get(4, 2)?.value).toBe("T2");
    // Every figure against the core; the to-date columns only where the core has them.
    const mismatches: string[] = [];
    let compared = 0;
    const check = (id: string, what: string, ok: boolean) => {
      if (!ok) mismatches.push(`${id} ${what}`);
    };
    result.measures.forEach((m, i) => {
      if (!m.counted) return;
      const row = rows.get(m.id)!;
      const f = followUp.measures[i]?.["2027"];
      const expected = m.years["2027"]!.expected;
      check(m.id, "forventet", close(row["Forventet i år"], expected));
      check(m.id, "prognose", close(row["Prognose for året"], f?.forecast ?? expected));
      const toDate = f?.toDate;
      if (!toDate) {
        check(m.id, "uten til dato", row["Forventet til dato"] === "" && row.Status === "");
        return;
      }
      compared++;
      check(m.id, "forventet til dato", close(row["Forventet til dato"], toDate.expectedToDate));
      check(m.id, "realisert til dato", close(row["Realisert til dato"], toDate.realisedToDate));
      check(m.id, "avvik til dato", close(row["Avvik til dato"], toDate.deviationToDate));
      check(m.id, "status", row.Status === REALISATION_STATUS_TEXT[toDate.statusToDate]);
    });
    expect(mismatches).toEqual([]);
    expect(compared).toBe(2);
    // Hand-worked: T1 192 000 due, 100 000 came → 52 % → avvik; prognosis 100/192 × 320 000
    expect(rows.get("T1")!.Status).toBe("Avvik");
    expect(close(rows.get("T1")!["Prognose for året"], (100_000 / 192_000) * 320_000)).toBe(true);
    expect(rows.get("T1")!.Forklaring).toBe("Senere oppstart i sone nord");
    expect(rows.get("T1")!["Korrigerende tiltak"]).toBe("Flere brukere fra mai");
    expect(rows.get("T2")!["Prognose regnet"]).toBe("Nei");
    expect(rows.get("T1")!["Prognose regnet"]).toBe("Ja");
    expect(close(rows.get("Sum")!["Prognose for året"], followUp.totals["2027"]!.forecast)).toBe(
      true,
    );
    expect(close(rows.get("Gap")!.value, followUp.followUp!.gapByForecast)).toBe(true);
  });

  it("reads the follow-up settings typed on it, and follows a typed period live", async () => {
    const workbook = await imported(tertial());
    workbook.setEvaluator(evaluateWorkbook);
    workbook.typeCell(SHEET_TERTIAL, toA1({ row: 3, col: 2 }), "t1");
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.settings.followUpPeriod).toBe("T1");
    expect(portfolio.settings.followUpPeriods).toBe("tertial");
    const followUp = calculateFollowUp(portfolio, calculatePortfolio(portfolio));
    const row = table(workbook).get("T1")!;
    expect(workbook.requireSheet(SHEET_TERTIAL).get(4, 2)?.value).toBe("T1");
    // T1-G1: 320 000 × 0.2 = 64 000 due by T1, 60 000 came
    expect(close(row["Forventet til dato"], 64_000)).toBe(true);
    expect(
      close(row["Forventet til dato"], followUp.measures[0]!["2027"]!.toDate!.expectedToDate),
    ).toBe(true);
    expect(close(row["Realisert til dato"], 60_000)).toBe(true);
    await refreshGevinstSheets(workbook, { now: NOW, user: USER });
    expect((await readPortfolio(workbook)).portfolio.settings.followUpPeriod).toBe("T1");
  });

  it("follows up per month when the sheet says «Måned»", async () => {
    const portfolio = tertial();
    portfolio.settings.followUpPeriods = "month";
    portfolio.measures[0]!.benefits[0]!.realisedPeriods = { "2027": { M01: 10_000, M04: 30_000 } };
    portfolio.measures[0]!.benefits[0]!.periodProfile = undefined;
    portfolio.measures[1]!.benefits[0]!.realisedPeriods = undefined;
    const workbook = await imported(portfolio);
    const read = (await readPortfolio(workbook)).portfolio;
    expect(read.settings.followUpPeriods).toBe("month");
    const followUp = calculateFollowUp(read, calculatePortfolio(read));
    const row = table(workbook).get("T1")!;
    expect(workbook.requireSheet(SHEET_TERTIAL).get(4, 2)?.value).toBe("M04");
    // 320 000 × 4/12 due, 40 000 came
    expect(
      close(row["Forventet til dato"], followUp.measures[0]!["2027"]!.toDate!.expectedToDate),
    ).toBe(true);
    expect(close(row["Forventet til dato"], 320_000 / 3)).toBe(true);
    expect(close(row["Realisert til dato"], 40_000)).toBe(true);
  });
});
