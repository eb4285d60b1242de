/**
 * The deep-dive formulas that read their partner rows directly (issue 9): a measure sums its own
 * block of benefit rows, a benefit reads its measure's row, a link reads its benefit's row — each
 * after a check that the rows are still what Gevinst wrote, with the lookup by id as fallback.
 * Each test makes a line manager's edit, shows whether the check holds (a probe cell evaluates
 * the formula's own check) and that IronCalc still agrees with the core to 0.01 kr.
 */
import * as ironcalc from "@ironcalc/wasm";

import type { MemoryWorkbook } from "../../../src/adapters/memory";
import {
  loadIntoIronCalc,
  readIronCalcValue,
} from "../../../src/adapters/formula-engine/ironcalc-evaluator";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { SHEET_REGISTER } from "../../../src/core/sheets/shared/sheet-names";
import { fromA1, toA1 } from "../../../src/core/workbook/address";
import { aBenefit, aDeepDive, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { ensureIronCalc, evaluateWorkbook } from "../../support/formula-engine";
import { compareWithCore } from "./engine-compare";
import { MAPPING, NOW, USER, budgetWorkbook, findCell } from "./sheets-fixture";

const SHEET = "Gevinst DD Hjemmetjenesten";

/** T1 with three benefits, T2 with two, T3 with none; every benefit linked to a budget line. */
function blockPortfolio() {
  const link = aLink({ ansvar: "3100", art: "10300", funksjon: "254", share: 1 });
  const benefit = (id: string, annual: number) =>
    aBenefit({ id, annual, confidence: 0.8, links: [link] });
  return aPortfolio({
    savingsTarget: { "2027": 500_000, "2028": 900_000, "2029": 1_000_000, "2030": 1_000_000 },
    deepDives: [aDeepDive({ id: "DD1", name: "Hjemmetjenesten" })],
    measures: [
      aMeasure({
        id: "T1",
        deepDive: "DD1",
        status: "vedtatt",
        benefits: [benefit("T1-G1", 100_000), benefit("T1-G2", 200_000), benefit("T1-G3", 400_000)],
      }),
      aMeasure({
        id: "T2",
        deepDive: "DD1",
        status: "prioritert",
        benefits: [benefit("T2-G1", 30_000), benefit("T2-G2", 50_000)],
      }),
      aMeasure({ id: "T3", deepDive: "DD1", status: "vedtatt", benefits: [] }),
    ],
  });
}

async function imported(): Promise<MemoryWorkbook> {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, blockPortfolio(), { now: NOW, user: USER, mapping: MAPPING });
  evaluateWorkbook(workbook);
  return workbook;
}

/** The check inside the formula at `a1` — `IFERROR(AND(…),FALSE)` or `IFERROR(x=y,FALSE)`. */
function checkOf(workbook: MemoryWorkbook, a1: string, sheet: string): string {
  const formula = workbook.cell(sheet, a1).formula ?? "";
  const check = /IFERROR\((AND\(.*?\)|('[^']+'!)?\$?[A-Z]+\$?\d+=\$?[A-Z]+\$?\d+),FALSE\)/.exec(
    formula,
  );
  if (!check) throw new Error(`Ingen sjekk i ${a1}: ${formula}`);
  return check[0];
}

/** Whether the check in the formula at `a1` holds now (a probe cell, evaluated by IronCalc). */
function holds(workbook: MemoryWorkbook, a1: string, sheet = SHEET): boolean {
  const { row } = fromA1(a1);
  // Relative references: the probe must sit on the formula's row.
  workbook.typeCell(sheet, `ZZ${row + 1}`, `=${checkOf(workbook, a1, sheet)}`);
  evaluateWorkbook(workbook);
  const value = workbook.cell(sheet, `ZZ${row + 1}`).value;
  workbook.typeCell(sheet, `ZZ${row + 1}`, null);
  return value === true;
}

/** The A1 address of a measure's figure on «Gevinst Tiltak». */
function registerCell(workbook: MemoryWorkbook, id: string, header: string): string {
  const sheet = workbook.requireSheet(SHEET_REGISTER);
  let row = -1;
  let col = -1;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (cell.value === id) row = r;
    if (cell.value === header) col = c;
  }
  return toA1({ row, col });
}

function typeRow(workbook: MemoryWorkbook, row: number, values: Record<string, unknown>): void {
  for (const [column, value] of Object.entries(values))
    workbook.typeCell(SHEET, `${column}${row}`, value as string | number | null);
}

/** The input columns of a benefit row, Tiltak-id (A) … Gevinsteier (M); «Telles» (N) is a formula. */
const BENEFIT_INPUTS = "ABCDEFGHIJKLM".split("");

function benefitInputs(workbook: MemoryWorkbook, row: number): (string | number | null)[] {
  return BENEFIT_INPUTS.map(
    (c) => workbook.cell(SHEET, `${c}${row}`).value as string | number | null,
  );
}

const rowOf = (a1: string) => fromA1(a1).row + 1;

/** The 1-based row whose column A holds `id` (a link row holds its benefit's id there). */
function rowWithInA(workbook: MemoryWorkbook, id: string): number {
  for (const [key, cell] of workbook.requireSheet(SHEET).cells)
    if (key.endsWith(",0") && cell.value === id) return Number(key.split(",")[0]) + 1;
  throw new Error(`${id} finnes ikke i kolonne A`);
}

/** The column letters of the header `header`. */
function columnOf(workbook: MemoryWorkbook, header: string): string {
  for (const [key, cell] of workbook.requireSheet(SHEET).cells)
    if (cell.value === header) return toA1({ row: 0, col: Number(key.split(",")[1]) }).slice(0, -1);
  throw new Error(`Ingen kolonne ${header}`);
}

describe("deep-dive formulas that read their partner rows directly", () => {
  it("take the direct reads on an untouched sheet, and agree with the core", async () => {
    const workbook = await imported();

    expect(holds(workbook, findCell(workbook, SHEET, "T1", "Brutto 2027"))).toBe(true);
    expect(holds(workbook, findCell(workbook, SHEET, "T2", "Uttak 2030"))).toBe(true);
    // T3 has no benefit rows: its figures are 0 while «Gevinster» is 0, without a lookup.
    const t3Count = findCell(workbook, SHEET, "T3", "Gevinster");
    expect(
      workbook.cell(SHEET, findCell(workbook, SHEET, "T3", "Forventet 2028")).formula,
    ).toContain(`IF(${t3Count}=0,0,`);
    expect(
      holds(workbook, `${columnOf(workbook, "Tas ut 2028")}${rowWithInA(workbook, "T1-G3")}`),
    ).toBe(true);
    expect(holds(workbook, findCell(workbook, SHEET, "T1-G2", "Telles"))).toBe(true);
    expect(workbook.cell(SHEET, findCell(workbook, SHEET, "T1", "Gevinster")).value).toBe(3);
    expect(holds(workbook, registerCell(workbook, "T2", "Uttak 2029"), SHEET_REGISTER)).toBe(true);
    expect((await compareWithCore(workbook, MAPPING)).mismatches).toEqual([]);
  });

  it("fall back to the lookup when a benefit is typed into a spare row", async () => {
    const workbook = await imported();
    const spare = rowOf(findCell(workbook, SHEET, "T2-G2", "Tiltak-id")) + 1;
    typeRow(workbook, spare, { A: "T1", B: "T1-G4", C: "Ny", D: "kostnad", E: 90_000, L: "uttak" });
    evaluateWorkbook(workbook);

    expect(holds(workbook, findCell(workbook, SHEET, "T1", "Brutto 2027"))).toBe(false);
    expect(workbook.cell(SHEET, findCell(workbook, SHEET, "T1", "Gevinster")).value).toBe(4);
    expect((await compareWithCore(workbook, MAPPING)).mismatches).toEqual([]);
  });

  it("fall back when a block row is given to another measure, or two benefit rows are sorted", async () => {
    const workbook = await imported();
    const g2 = rowOf(findCell(workbook, SHEET, "T1-G2", "Tiltak-id"));
    workbook.typeCell(SHEET, `A${g2}`, "T2");
    evaluateWorkbook(workbook);

    expect(holds(workbook, findCell(workbook, SHEET, "T1", "Brutto 2027"))).toBe(false);
    expect(holds(workbook, findCell(workbook, SHEET, "T2", "Brutto 2027"))).toBe(false);
    expect((await compareWithCore(workbook, MAPPING)).mismatches).toEqual([]);

    // Sort: swap the inputs of T1-G3 and T2-G1 (neighbouring rows of different measures).
    const g3 = rowOf(findCell(workbook, SHEET, "T1-G3", "Tiltak-id"));
    const t2g1 = rowOf(findCell(workbook, SHEET, "T2-G1", "Tiltak-id"));
    const [a, b] = [benefitInputs(workbook, g3), benefitInputs(workbook, t2g1)];
    BENEFIT_INPUTS.forEach((c, i) => {
      workbook.typeCell(SHEET, `${c}${g3}`, b[i] ?? null);
      workbook.typeCell(SHEET, `${c}${t2g1}`, a[i] ?? null);
    });
    evaluateWorkbook(workbook);

    // T1-G3's link row reads T1-G3's old row, which now holds T2-G1.
    const link = `${columnOf(workbook, "Tas ut 2028")}${rowWithInA(workbook, "T1-G3")}`;
    expect(holds(workbook, link)).toBe(false);
    expect((await compareWithCore(workbook, MAPPING)).mismatches).toEqual([]);
  });

  it("fall back when the measure rows are sorted or a measure stops counting", async () => {
    const workbook = await imported();
    const telles = findCell(workbook, SHEET, "T1-G1", "Telles");
    workbook.typeCell(SHEET, findCell(workbook, SHEET, "T2", "Status"), "foreslatt");
    evaluateWorkbook(workbook);
    expect(holds(workbook, telles)).toBe(true);

    // Swap the measure rows' ids and statuses: T1's benefits now find T1 one row down.
    const t1 = rowOf(findCell(workbook, SHEET, "T1", "Tiltak-id"));
    typeRow(workbook, t1, { A: "T2", D: "foreslatt" });
    typeRow(workbook, t1 + 1, { A: "T1", D: "vedtatt" });
    evaluateWorkbook(workbook);

    expect(holds(workbook, telles)).toBe(false);
    expect(holds(workbook, registerCell(workbook, "T1", "Brutto 2027"), SHEET_REGISTER)).toBe(
      false,
    );
    expect((await compareWithCore(workbook, MAPPING)).mismatches).toEqual([]);
  });
});

describe("direct reads in an engine that inserts and deletes rows (IronCalc)", () => {
  beforeAll(ensureIronCalc);

  it("keep a measure's figures right when a row inside its block is deleted or inserted", async () => {
    const workbook = await imported();
    const sheet = workbook.sheets.findIndex((s) => s.name === SHEET);
    const at = (a1: string) => {
      const { row, col } = fromA1(a1);
      return [row + 1, col + 1] as const;
    };
    const t1Gross = at(findCell(workbook, SHEET, "T1", "Brutto 2027"));
    const t2Gross = at(findCell(workbook, SHEET, "T2", "Brutto 2027"));
    const g2 = at(findCell(workbook, SHEET, "T1-G2", "Verdi 2027"));
    const before = Number(
      workbook.cell(SHEET, findCell(workbook, SHEET, "T1", "Brutto 2027")).value,
    );
    const t2Before = Number(
      workbook.cell(SHEET, findCell(workbook, SHEET, "T2", "Brutto 2027")).value,
    );
    const g2Value = Number(
      workbook.cell(SHEET, findCell(workbook, SHEET, "T1-G2", "Verdi 2027")).value,
    );
    expect(g2Value).toBeGreaterThan(0);

    const model = loadIntoIronCalc(ironcalc, workbook);
    try {
      model.resumeEvaluation();
      const value = ([row, col]: readonly [number, number]) =>
        readIronCalcValue(model, sheet, row, col);

      // Delete T1-G2's row: T1 loses it, nothing turns into #REF!.
      model.deleteRows(sheet, g2[0], 1);
      model.evaluate();
      expect(value([t1Gross[0], t1Gross[1]])).toBeCloseTo(before - g2Value, 2);

      // Insert a row inside T1's block and give it to T2 with a typed figure.
      model.insertRows(sheet, g2[0], 1);
      model.setUserInput(sheet, g2[0], 1, "T2");
      model.setUserInput(sheet, g2[0], 2, "T2-G9");
      model.setUserInput(sheet, g2[0], g2[1], "12345");
      model.evaluate();
      expect(value([t1Gross[0], t1Gross[1]])).toBeCloseTo(before - g2Value, 2);
      expect(value([t2Gross[0], t2Gross[1]])).toBeCloseTo(t2Before + 12_345, 2);
    } finally {
      model.free();
    }
  });
});
