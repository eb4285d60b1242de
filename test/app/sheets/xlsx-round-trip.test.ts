import { createXlsx, openXlsx, saveXlsx } from "../../support/xlsx-adapter";
import { buildWorkbookReport } from "../../../src/app/build-report";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { buildReport } from "../../../src/core/report/build-report";
import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets-fixture";
import { messageText } from "../../../src/app/messages";

async function xlsxWithBudget() {
  const book = createXlsx();
  const memory = budgetWorkbook();
  for (const sheet of memory.sheets) {
    const target = book.workbook.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      target.getCell(row + 1, col + 1).value = cell.value;
    }
  }
  return book;
}

describe("the Gevinst sheets in an .xlsx file", () => {
  it("read back the same portfolio after save and open, and need no refresh", async () => {
    const book = await xlsxWithBudget();
    const portfolio = handMadePortfolio();
    await importPortfolio(book, portfolio, { now: NOW, user: USER, mapping: MAPPING });

    const reopened = await openXlsx(await saveXlsx(book));
    const read = await readPortfolio(reopened);
    const refresh = await refreshGevinstSheets(reopened, {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    expect(read.portfolio.measures).toEqual(portfolio.measures);
    expect(read.portfolio.deepDives).toEqual(portfolio.deepDives);
    expect(refresh.cellsWritten).toBe(0);
    expect(reopened.workbook.definedNames.getRanges("Gevinst_Netto").ranges).toEqual([
      "'Gevinst Sammendrag'!$B$11:$E$11",
    ]);
  });
});

describe("buildWorkbookReport", () => {
  it("reports what the core computes from the portfolio the sheets hold", async () => {
    const workbook = budgetWorkbook();
    const portfolio = handMadePortfolio();
    await importPortfolio(workbook, portfolio, { now: NOW, user: USER, mapping: MAPPING });
    const budget = createBudgetIndex(
      readBudgetLines(MAPPING, await workbook.readSheets(["Budsjett"])).lines,
    );

    const report = await buildWorkbookReport(workbook, { mapping: MAPPING });

    const direct = buildReport(portfolio, { budget, text: messageText });
    expect(report.totals).toEqual(direct.totals);
    expect(report.budgetAdjustments).toEqual(direct.budgetAdjustments);
    expect(report.balance).toEqual(direct.balance);
    expect(report.measures.map((m) => m.npv)).toEqual(direct.measures.map((m) => m.npv));
  });
});
