import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { rangeFromA1 } from "../../../src/core/workbook/address";
import { evaluateWorkbook } from "../../support/formula-engine";
import { compareWithCore, nameValues } from "./engine-compare";
import { MAPPING, NOW, USER, budgetWorkbook, findCell, handMadePortfolio } from "./sheets-fixture";

/** The hand-made portfolio with realised figures (spec §12) and T1 innarbeidet i budsjettet. */
function followedUp(): Portfolio {
  const portfolio = handMadePortfolio();
  const [t1, t2] = portfolio.measures;
  // T1-G1 expects 800 000 × 0.5 × 0.8 = 320 000 in 2027; 250 000 realised → 78 % → avvik
  t1!.benefits[0]!.realised = { "2027": 250_000 };
  t1!.includedInBudget = true;
  // T2-G1 (tid) expects 2 000 h × 600 kr × 0.9 = 1 080 000 a year; 1 700 h = 1 020 000 → i rute;
  // 1 500 h = 900 000 in 2028 → 83 % → følg med
  t2!.benefits[0]!.realised = { "2027": 1_700, "2028": 1_500 };
  return portfolio;
}

async function imported(portfolio: Portfolio) {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  evaluateWorkbook(workbook);
  return workbook;
}

const SHEET = "Gevinst DD Hjemmetjenesten";

describe("realisation follow-up in the sheets (spec §12), evaluated by IronCalc", () => {
  it("shows realised, deviation and status per measure and year as the core computes them", async () => {
    const workbook = await imported(followedUp());
    const value = (id: string, header: string) => {
      const { row, col } = rangeFromA1(findCell(workbook, SHEET, id, header));
      return workbook.requireSheet(SHEET).get(row, col)?.value;
    };

    const { mismatches, result } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(value("T1", "Realisert 2027")).toBeCloseTo(250_000, 2);
    expect(value("T1", "Avvik kr 2027")).toBeCloseTo(-70_000, 2);
    expect(value("T1", "Realisering 2027")).toBe("Avvik");
    expect(value("T1", "Realisering 2028")).toBe("");
    expect(value("T2", "Realisert 2027")).toBeCloseTo(1_020_000, 2);
    expect(value("T2", "Realisering 2027")).toBe("I rute");
    expect(value("T2", "Realisering 2028")).toBe("Følg med");
    expect(result.measures[1]?.realisation["2028"]?.status).toBe("folg_med");
  });

  it("reads realised figures and innarbeidet i budsjettet back from the sheets", async () => {
    const workbook = await imported(followedUp());

    const { portfolio } = await readPortfolio(workbook);

    expect(portfolio.measures[0]?.includedInBudget).toBe(true);
    expect(portfolio.measures[0]?.benefits[0]?.realised).toEqual({ "2027": 250_000 });
    expect(portfolio.measures[1]?.benefits[0]?.realised).toEqual({ "2027": 1_700, "2028": 1_500 });
  });

  it("takes nothing off the lines of a measure innarbeidet i budsjettet, and still counts it", async () => {
    const plain = await imported(handMadePortfolio());
    const included = await imported(followedUp());

    // Withdrawals (Gevinst_Uttak) and the balance are the same: T1 still counts.
    expect(nameValues(included, "Gevinst_Uttak")).toEqual(nameValues(plain, "Gevinst_Uttak"));
    expect(nameValues(included, "Gevinst_Gap")).toEqual(nameValues(plain, "Gevinst_Gap"));
    const { mismatches, result } = await compareWithCore(included, MAPPING);
    expect(mismatches).toEqual([]);
    const line = result.budgetAdjustments.find((a) => a.key.ansvar === "3100");
    expect(line?.years["2027"]?.adjustment).toBe(0);
  });

  it("updates live when the gevinstansvarlig types a realised figure", async () => {
    const workbook = await imported(handMadePortfolio());
    workbook.setEvaluator(evaluateWorkbook);

    workbook.typeCell(
      SHEET,
      findCell(workbook, SHEET, "T1-G1", "Realisert (kr/timer) 2028"),
      600_000,
    );
    const { mismatches, result } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    // expected 2028: 800 000 × 1 × 0.8 = 640 000; 600 000 is 93.75 % → i rute
    expect(result.measures[0]?.realisation["2028"]).toMatchObject({
      realised: 600_000,
      deviation: -40_000,
      status: "i_rute",
    });
  });
});
