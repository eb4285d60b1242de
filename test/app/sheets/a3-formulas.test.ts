/**
 * Every figure on the A3 sheets is a live formula that equals the core (spec §11), evaluated by
 * IronCalc as the other formula tests do: the kommune's balance and deep-dive potential, each
 * deep-dive's potential (K2), its measures' net effect and kr per krone (K3), the adopted
 * measures' net effect (K4) and the withdrawals per budget line.
 */
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { prioritiseMeasures } from "../../../src/core/prioritisation";
import { evaluateWorkbook } from "../../support/formula-engine";
import { generatedPortfolio } from "./generated-portfolio";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets-fixture";

type Mismatch = { where: string; sheet: number | string | null; core: number };

function rowOf(workbook: MemoryWorkbook, sheet: string, label: string): number {
  for (const [key, cell] of workbook.requireSheet(sheet).cells)
    if (key.endsWith(",0") && cell.value === label) return Number(key.split(",")[0]);
  return -1;
}

function valueAt(workbook: MemoryWorkbook, sheet: string, row: number, col: number) {
  const value = workbook.requireSheet(sheet).get(row, col)?.value ?? null;
  return typeof value === "boolean" ? null : value;
}

async function compareA3(
  portfolio: Portfolio,
): Promise<{ mismatches: Mismatch[]; compared: number }> {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  evaluateWorkbook(workbook);
  const result = calculatePortfolio(portfolio);
  const years = result.years;
  const mismatches: Mismatch[] = [];
  let compared = 0;
  const check = (where: string, sheet: unknown, core: number) => {
    compared++;
    const value = typeof sheet === "number" ? sheet : sheet === "" || sheet === null ? 0 : NaN;
    if (!(Math.abs(value - core) <= 0.01))
      mismatches.push({ where, sheet: sheet as number | string | null, core });
  };
  const byId = new Map(result.measures.map((m) => [m.id, m]));

  const kommune = "Gevinst A3 Kommunen";
  const lines: [string, "target" | "budgetNet" | "gap"][] = [
    ["Omstillingsbehov (innsparingskrav)", "target"],
    ["Netto budsjettvirkning (telles)", "budgetNet"],
    ["Gap (krav − netto)", "gap"],
  ];
  for (const [label, key] of lines) {
    const row = rowOf(workbook, kommune, label);
    years.forEach((year, i) =>
      check(
        `kommune ${key} ${year}`,
        valueAt(workbook, kommune, row, 1 + i),
        result.balance[year]?.[key] ?? NaN,
      ),
    );
  }
  for (const deepDive of portfolio.deepDives) {
    const measures = portfolio.measures.filter((m) => m.deepDive === deepDive.id);
    const pipeline = (year: string, figure: "expected" | "gross" | "budgetNet") =>
      measures
        .filter((m) => m.status !== "avbrutt")
        .reduce((sum, m) => sum + (byId.get(m.id)?.years[year]?.[figure] ?? 0), 0);
    // The kommune's table: one row per deep-dive, its name in column A.
    const row = rowOf(workbook, kommune, deepDive.name);
    years.forEach((year, i) =>
      check(
        `kommune ${deepDive.id} ${year}`,
        valueAt(workbook, kommune, row, 1 + i),
        pipeline(year, "expected"),
      ),
    );
    const sheets = workbook.sheets.map((s) => s.name);
    const short = deepDive.name.slice(0, 8).replace(/[:/]/g, "-");
    const k2 = sheets.find((n) => n.startsWith("Gevinst A3 K2") && n.includes(short));
    if (k2) {
      const gross = rowOf(workbook, k2, "Brutto gevinst");
      const net = rowOf(workbook, k2, "Netto budsjettvirkning");
      years.forEach((year, i) => {
        check(
          `K2 ${deepDive.id} brutto ${year}`,
          valueAt(workbook, k2, gross, 1 + i),
          pipeline(year, "gross"),
        );
        check(
          `K2 ${deepDive.id} netto ${year}`,
          valueAt(workbook, k2, net, 1 + i),
          pipeline(year, "budgetNet"),
        );
      });
    }
    const k3 = sheets.find((n) => n.startsWith("Gevinst A3 K3") && n.includes(short));
    if (k3) {
      const ranking = new Map(prioritiseMeasures(portfolio).ranking.map((r) => [r.id, r]));
      for (const m of measures.filter((m) => m.status !== "avbrutt")) {
        const row = rowOf(workbook, k3, `${m.id} ${m.name}`);
        years.forEach((year, i) =>
          check(
            `K3 ${m.id} netto ${year}`,
            valueAt(workbook, k3, row, 4 + i),
            byId.get(m.id)?.years[year]?.budgetNet ?? NaN,
          ),
        );
        const perKrone = ranking.get(m.id)?.effectPerKrone ?? null;
        if (perKrone !== null)
          check(`K3 ${m.id} kr per kr`, valueAt(workbook, k3, row, 9), perKrone);
      }
    }
  }
  return { mismatches, compared };
}

describe("the A3 sheets evaluated by IronCalc", () => {
  it("equal the core on the hand-made portfolio", async () => {
    const { mismatches, compared } = await compareA3(handMadePortfolio());
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(40);
  });

  it("equal the core on a generated portfolio of 40 measures", async () => {
    const { mismatches, compared } = await compareA3(generatedPortfolio(40, 7));
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(200);
  });
});
