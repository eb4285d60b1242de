import { importPortfolio } from "../../../src/app/import-portfolio";
import { isGevinstSheet } from "../../../src/core/workbook/workbook-port";
import { evaluateWorkbook } from "../../support/formula-engine";
import { compareWithCore, nameValues } from "./engine-compare";
import { MAPPING, NOW, USER, budgetWorkbook, findCell, handMadePortfolio } from "./sheets-fixture";
import { generatedPortfolio } from "./generated-portfolio";

describe("the Gevinst sheets evaluated by IronCalc", () => {
  it("agree with the core to 0.01 kr on the hand-made portfolio", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    evaluateWorkbook(workbook);
    const { mismatches, compared } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it("show the hand-worked totals of the small portfolio", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    evaluateWorkbook(workbook);

    // Counted: T1 (800 000 × 50 % / 100 %) and T2 (2 000 h × 600 kr = 1 200 000 kr a year).
    expect(nameValues(workbook, "Gevinst_Brutto")).toEqual([
      1_600_000, 2_000_000, 2_000_000, 2_000_000,
    ]);
    // T1 uttak: 400 000 × 0.8 = 320 000, then 640 000; T2 is omdisponering.
    expect(nameValues(workbook, "Gevinst_Uttak")).toEqual([320_000, 640_000, 640_000, 640_000]);
    // T1 costs: 300 000 + 50 000 in 2027, 50 000 in 2028.
    expect(nameValues(workbook, "Gevinst_Netto")).toEqual([-30_000, 590_000, 640_000, 640_000]);
    expect(nameValues(workbook, "Gevinst_Gap")).toEqual([530_000, 310_000, 360_000, 360_000]);
  });

  it("agree with the core on a generated portfolio of 40 measures", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, generatedPortfolio(40, 7), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    evaluateWorkbook(workbook);
    const { mismatches, compared } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(900);
  });

  it("still agree after a line manager types into input cells, text included", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    const before = workbook.snapshot((name) => !isGevinstSheet(name));
    workbook.setEvaluator(evaluateWorkbook);
    const sheet = "Gevinst DD Hjemmetjenesten";

    workbook.typeCell(sheet, findCell(workbook, sheet, "T1-G1", "Konfidens"), 0.5);
    workbook.typeCell(sheet, findCell(workbook, sheet, "T2", "Status"), "avbrutt");
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1-G1", "Innfasing 2029"), "ca halvparten");
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1", "Driftskostnad 2029"), 75_000);
    const { mismatches } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(nameValues(workbook, "Gevinst_Uttak")).toEqual([200_000, 400_000, 0, 400_000]);
    expect(workbook.snapshot((name) => !isGevinstSheet(name))).toEqual(before);
  });
});
