/**
 * The budget-link sheet built to recalculate fast (issue 9): originals read at the stored budget
 * row after a key check, adjustments summed from the link details — and still the core's figures
 * to 0.01 kr when the budget is re-sorted or a line manager types a link in plain Excel.
 */
import * as ironcalc from "@ironcalc/wasm";

import type { MemoryWorkbook } from "../../../src/adapters/memory";
import {
  loadIntoIronCalc,
  readIronCalcValue,
} from "../../../src/adapters/formula-engine/ironcalc-evaluator";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import { BUDGET_LINK_COLUMNS } from "../../../src/core/sheets/budget-link/budget-link.layout";
import { expandColumns } from "../../../src/core/sheets/shared/layout.types";
import { SHEET_BUDGET_LINKS } from "../../../src/core/sheets/shared/sheet-names";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { columnLetters } from "../../../src/core/workbook/address";
import { aBenefit, aDeepDive, aLink, aMeasure } from "../../support/builders";
import { ensureIronCalc, evaluateWorkbook } from "../../support/formula-engine";
import { compareWithCore } from "./engine-compare";
import { generatedPortfolio } from "./generated-portfolio";
import { MAPPING, NOW, USER, budgetWorkbook, findCell, handMadePortfolio } from "./sheets-fixture";

const YEARS = ["2027", "2028", "2029", "2030"];
const COLUMNS = expandColumns(BUDGET_LINK_COLUMNS, YEARS);
const colOf = (field: string) => COLUMNS.findIndex((c) => c.field === field);

async function budgetOf(workbook: MemoryWorkbook) {
  const grids = await workbook.readSheets(["Budsjett"]);
  return createBudgetIndex(readBudgetLines(MAPPING, grids).lines);
}

/** The budget workbook with `portfolio` imported given the budget, as the task pane does. */
async function importedWithBudget(portfolio: Portfolio): Promise<MemoryWorkbook> {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, portfolio, {
    now: NOW,
    user: USER,
    mapping: MAPPING,
    budget: await budgetOf(workbook),
  });
  return workbook;
}

/** The hand-made portfolio plus T5: one link to a line of two rows, one to a line not in the budget. */
function portfolioWithBadLinks(): Portfolio {
  const portfolio = handMadePortfolio();
  portfolio.measures.push(
    aMeasure({
      id: "T5",
      deepDive: "DD2",
      benefits: [
        aBenefit({
          id: "T5-G1",
          links: [
            aLink({ ansvar: "4100", art: "10100", funksjon: "265", share: 0.5 }),
            aLink({ ansvar: "9999", art: "10100", funksjon: "265", share: 0.5 }),
          ],
        }),
      ],
    }),
  );
  return portfolio;
}

/** A line's cell on the budget-link sheet, by its ansvar and art. */
function lineCell(workbook: MemoryWorkbook, ansvar: string, art: string, field: string): unknown {
  const sheet = workbook.requireSheet(SHEET_BUDGET_LINKS);
  for (let row = 3; row < 40; row++)
    if (sheet.get(row, 0)?.value === ansvar && sheet.get(row, 1)?.value === art)
      return sheet.get(row, colOf(field))?.value;
  throw new Error(`Ingen linje ${ansvar}/${art}`);
}

/**
 * The 1-based row in a deep-dive sheet's Budsjettkoblinger section that holds `benefit`'s first
 * link, or (null) the first blank row there.
 */
function linkRow(workbook: MemoryWorkbook, sheetName: string, benefit: string | null): number {
  const sheet = workbook.requireSheet(sheetName);
  let row = 0;
  while (row < 200 && sheet.get(row, 0)?.value !== "Budsjettkoblinger") row++;
  row += 2;
  while (benefit === null ? sheet.get(row, 0)?.value : sheet.get(row, 0)?.value !== benefit) row++;
  return row + 1;
}

function longestFormula(workbook: MemoryWorkbook): number {
  let longest = 0;
  for (const sheet of workbook.sheets)
    for (const cell of sheet.cells.values()) longest = Math.max(longest, cell.formula?.length ?? 0);
  return longest;
}

describe("the budget-link sheet's fast formulas", () => {
  it("read originals at the stored budget row and agree with the core, bad links included", async () => {
    const workbook = await importedWithBudget(portfolioWithBadLinks());

    evaluateWorkbook(workbook);
    const { mismatches, compared } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    // 3100/10300/254 is the budget's second sheet row: stored, and the key there checks out.
    expect(lineCell(workbook, "3100", "10300", "sourceRow")).toBe(2);
    expect(lineCell(workbook, "3100", "10300", "rowChecked")).toBe(1);
    expect(lineCell(workbook, "3100", "10300", "original.0")).toBe(5_000_000);
    // Two rows 4100/10100/265 are one line with their sum (spec §4), read by SUMIFS; none 9999
    // (LINK_NOT_FOUND): original 0.
    expect(lineCell(workbook, "4100", "10100", "rowChecked")).toBe(0);
    expect(lineCell(workbook, "4100", "10100", "matches")).toBe(2);
    expect(lineCell(workbook, "4100", "10100", "original.0")).toBe(5_000_000);
    expect(lineCell(workbook, "9999", "10100", "matches")).toBe(0);
    expect(lineCell(workbook, "9999", "10100", "original.0")).toBe(0);
  });

  it("fall back to SUMIFS when the budget is re-sorted under them", async () => {
    const workbook = await importedWithBudget(handMadePortfolio());
    workbook.setEvaluator(evaluateWorkbook);

    // Swap sheet rows 2 (3100/10300/254) and 5 (2100/16000/201), as a sort would.
    const rowTwo = ["3100", "10300", "254", 1, 5_000_000, 5_100_000, 5_200_000, 5_300_000];
    const rowFive = ["2100", "16000", "201", 1, -1_200_000, -1_250_000, -1_300_000, -1_350_000];
    "ABCDEFGH".split("").forEach((col, i) => {
      workbook.typeCell("Budsjett", `${col}2`, rowFive[i] as string | number);
      workbook.typeCell("Budsjett", `${col}5`, rowTwo[i] as string | number);
    });
    const { mismatches } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(lineCell(workbook, "3100", "10300", "rowChecked")).toBe(0);
    expect(lineCell(workbook, "3100", "10300", "original.1")).toBe(5_100_000);
    expect(lineCell(workbook, "2100", "16000", "original.1")).toBe(-1_250_000);
    // 1300/12400/120 did not move: still read at its row.
    expect(lineCell(workbook, "1300", "12400", "rowChecked")).toBe(1);
  });

  it("follow a line when a budget row is inserted above it, and fall back when its row is deleted", async () => {
    const workbook = await importedWithBudget(handMadePortfolio());
    evaluateWorkbook(workbook);
    const budget = workbook.sheets.findIndex((s) => s.name === "Budsjett");
    const links = workbook.sheets.findIndex((s) => s.name === SHEET_BUDGET_LINKS);
    const lineRow = (ansvar: string) => {
      const sheet = workbook.requireSheet(SHEET_BUDGET_LINKS);
      for (let row = 3; row < 40; row++) if (sheet.get(row, 0)?.value === ansvar) return row + 1;
      throw new Error(`Ingen linje ${ansvar}`);
    };
    const [moved, gone] = [lineRow("3100"), lineRow("1300")];

    // IronCalc moves references when rows are inserted or deleted, as Excel does.
    ensureIronCalc();
    const model = loadIntoIronCalc(ironcalc, workbook);
    try {
      model.resumeEvaluation();
      const cell = (row: number, field: string) =>
        readIronCalcValue(model, links, row, colOf(field) + 1);
      // A new line typed above the budget's first line: the references follow their rows.
      model.insertRows(budget, 2, 1);
      ["9100", "10100", "120", "1", "7", "7", "7", "7"].forEach((v, i) =>
        model.setUserInput(budget, 2, i + 1, v),
      );
      model.evaluate();
      expect(cell(moved, "rowChecked")).toBe(1);
      expect(cell(moved, "original.0")).toBe(5_000_000);

      // 1300/12400/120's row (now row 5) deleted: the check fails on #REF!, the lookup finds no
      // line. (Not the first budget row: IronCalc, unlike Excel, then breaks the whole range.)
      expect(cell(gone, "original.0")).toBe(400_000);
      model.deleteRows(budget, 5, 1);
      model.evaluate();
      expect(cell(gone, "rowChecked")).toBe(0);
      expect(cell(gone, "matches")).toBe(0);
      expect(cell(gone, "original.0")).toBe(0);
      expect(cell(moved, "rowChecked")).toBe(1);
    } finally {
      model.free();
    }
  });

  it("keep the stored rows through a refresh that has no budget", async () => {
    const workbook = await importedWithBudget(handMadePortfolio());
    evaluateWorkbook(workbook);

    const result = await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping: MAPPING });
    evaluateWorkbook(workbook);

    expect(result.cellsWritten).toBe(0);
    expect(lineCell(workbook, "2100", "16000", "sourceRow")).toBe(5);
    expect(lineCell(workbook, "2100", "16000", "rowChecked")).toBe(1);
  });

  it("count a link typed into a spare row, and a changed key, at once", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    workbook.setEvaluator(evaluateWorkbook);
    const sheet = "Gevinst DD Hjemmetjenesten";

    // T1-G1 (uttak 320 000 kr in 2027) now splits 50/50 over 3100/10300/254 and 2100/10100/201.
    workbook.typeCell(sheet, `F${linkRow(workbook, sheet, "T1-G1")}`, 0.5);
    const spare = linkRow(workbook, sheet, null);
    workbook.typeCell(sheet, `A${spare}`, "T1-G1");
    workbook.typeCell(sheet, `B${spare}`, "2100");
    workbook.typeCell(sheet, `C${spare}`, 10100);
    workbook.typeCell(sheet, `D${spare}`, "201");
    workbook.typeCell(sheet, `F${spare}`, 0.5);
    const typed = await compareWithCore(workbook, MAPPING);

    expect(typed.mismatches).toEqual([]);
    // 2100/10100/201 already had T3's 40 % (foreslått, not counted): now −160 000 kr in 2027.
    expect(lineCell(workbook, "2100", "10100", "adjustment.0")).toBeCloseTo(-160_000, 2);
    expect(lineCell(workbook, "3100", "10300", "adjustment.0")).toBeCloseTo(-160_000, 2);

    // T1's cost (350 000 kr in 2027) moved by hand from 1300/12400/120 to 2100/16000/201.
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1", "Kostnad ansvar"), "2100");
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1", "Kostnad art"), "16000");
    workbook.typeCell(sheet, findCell(workbook, sheet, "T1", "Kostnad funksjon"), 201);
    const changed = await compareWithCore(workbook, MAPPING);

    expect(changed.mismatches).toEqual([]);
    expect(lineCell(workbook, "2100", "16000", "adjustment.0")).toBeCloseTo(350_000, 2);
  });

  it("say so when a deep-dive row is missing from the link details", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    workbook.setEvaluator(evaluateWorkbook);
    const links = workbook.requireSheet(SHEET_BUDGET_LINKS);
    const warning = () =>
      [...links.cells.entries()]
        .filter(([key]) => key.startsWith("1,"))
        .map(([, cell]) => cell.value)
        .find((value) => typeof value === "string" && value.startsWith("Dypdykkarkene"));
    const before = warning();

    // The first detail row is T1's cost on 1300/12400/120; as if its deep-dive row had no detail row.
    const detailCol = COLUMNS.length + 1;
    for (let c = detailCol + 7; c < detailCol + 11; c++)
      workbook.typeCell(SHEET_BUDGET_LINKS, `${columnLetters(c)}4`, null);

    expect(before).toBeUndefined();
    expect(warning()).toMatch(/Oppdater gevinstark/);
  });

  it("stay under Excel's 8 192-character formula limit with 30 deep-dives", async () => {
    const portfolio = generatedPortfolio(90, 11);
    portfolio.deepDives = Array.from({ length: 30 }, (_, i) =>
      aDeepDive({ id: `DD${i + 1}`, name: `Tjenesteområde nummer ${i + 1}`, owner: "Leder" }),
    );
    portfolio.measures.forEach((measure, i) => {
      measure.deepDive = `DD${(i % 30) + 1}`;
    });
    const workbook = await importedWithBudget(portfolio);

    evaluateWorkbook(workbook);
    const { mismatches, compared } = await compareWithCore(workbook, MAPPING);

    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(2000);
    expect(longestFormula(workbook)).toBeLessThan(8192);
  });
});
