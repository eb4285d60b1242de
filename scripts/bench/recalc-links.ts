/**
 * Focused recalculation bench for the budget-link sheet (issue 9 follow-up): the workbook after
 * connect, set up and import of the bench portfolio, evaluated by IronCalc whole, and again with
 * the «Gevinst Budsjettkobling» sheet's formulas left out, so its share of the time shows.
 * «rows stored»: after a refresh given the budget, so each line's budget row is on the sheet.
 * Usage: node dist/bench/scripts/bench/recalc-links.js 10000x100 1000x1000
 */
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { createBudgetIndex, mappingHasProsjekt } from "../../src/core/budget/budget-index";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { MemorySheet } from "../../src/adapters/memory/memory-sheet";
import { SHEET_BUDGET_LINKS } from "../../src/core/sheets/shared/sheet-names";
import { runAction } from "./actions";
import { budgetSeed, benchPortfolio } from "./fixtures";
import { recalculate } from "./recalc";
import { connect } from "./actions";

async function main(): Promise<void> {
  const cases = process.argv.slice(2).map((arg) => arg.split("x").map(Number) as [number, number]);
  for (const [lines, measures] of cases) {
    const memory = MemoryWorkbook.fromSeed(budgetSeed(lines));
    const mapping = await connect(memory);
    const workbook = new MemoryWorkbook();
    workbook.sheets.push(memory.sheets[0] as MemorySheet);
    const input = { mapping, portfolio: benchPortfolio(measures, lines) };
    for (const action of ["connect", "set up", "import"] as const)
      await runAction(action, workbook, input);
    const measure = (label: string) => {
      let longest = 0;
      let linkChars = 0;
      for (const sheet of workbook.sheets)
        for (const cell of sheet.cells.values()) {
          const length = cell.formula?.length ?? 0;
          longest = Math.max(longest, length);
          if (sheet.name === SHEET_BUDGET_LINKS) linkChars += length;
        }
      const whole = recalculate(workbook);
      const copy = new MemoryWorkbook();
      for (const sheet of workbook.sheets) {
        if (sheet.name !== SHEET_BUDGET_LINKS) copy.sheets.push(sheet);
      }
      for (const [key, name] of workbook.names) copy.names.set(key, name);
      const without = recalculate(copy);
      console.log(
        JSON.stringify({
          lines,
          measures,
          case: label,
          recalcMs: Math.round(whole.recalcMs),
          withoutLinkSheetMs: Math.round(without.recalcMs),
          formulas: whole.formulas,
          longestFormula: longest,
          linkSheetFormulaKB: Math.round(linkChars / 1024),
        }),
      );
    };
    measure("after import");
    const grids = await workbook.readSheets(mapping.sources.map((s) => s.sheet));
    const budget = createBudgetIndex(readBudgetLines(mapping, grids).lines, {
      hasProsjekt: mappingHasProsjekt(mapping),
    });
    await refreshGevinstSheets(workbook, {
      now: new Date("2026-09-01T10:00:00Z"),
      user: "Benk",
      budget,
    });
    measure("rows stored");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
