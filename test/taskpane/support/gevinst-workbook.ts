/** A memory workbook with the sample budget connected and the Gevinst sheets made, through the use-cases. */
import { confirmBudgetMapping, connectBudget } from "../../../src/app/connect-budget";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { BudgetMapping } from "../../../src/core/budget/budget.types";
import { emptyPortfolio } from "../../../src/core/model/settings";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { sampleBudgetSeed } from "../../../src/demo/sample-budget";

export const NOW = new Date(2026, 9, 1, 12, 0);

export async function aConnectedWorkbook(): Promise<{
  workbook: MemoryWorkbook;
  mapping: BudgetMapping;
}> {
  const workbook = MemoryWorkbook.fromSeed(sampleBudgetSeed());
  const detected = await connectBudget(workbook);
  if (detected.status !== "found") throw new Error("sample budget not found");
  await confirmBudgetMapping(workbook, detected.mapping);
  await setUpGevinstSheets(workbook, { mapping: detected.mapping, now: NOW, user: "Test" });
  return { workbook, mapping: detected.mapping };
}

/**
 * One deep-dive (Kari Nordmann) with measure T1, status `status`, one kostnad benefit of
 * `annual` kr/year with uttak, linked 100 % to 3100/10100/254; savings requirement `target` each year.
 */
export function aPortfolio(
  annual: number,
  status: "foreslatt" | "vedtatt",
  target: number,
): Portfolio {
  const portfolio = emptyPortfolio(2027, "Eksempel kommune");
  portfolio.savingsTarget = { "2027": target, "2028": target, "2029": target, "2030": target };
  portfolio.deepDives = [{ id: "DD1", name: "Hjemmetjenester", owner: "Kari Nordmann" }];
  portfolio.measures = [
    {
      id: "T1",
      name: "Digitalt tilsyn",
      deepDive: "DD1",
      owner: "Kari Nordmann",
      status,
      costs: { oneTime: {}, running: {} },
      benefits: [
        {
          id: "T1-G1",
          name: "Færre nattbesøk",
          type: "kostnad",
          annual,
          budgetEffect: "uttak",
          links: [{ ansvar: "3100", art: "10100", funksjon: "254", share: 1 }],
          indicators: [],
        },
      ],
    },
  ];
  return portfolio;
}

export async function aWorkbookWithPortfolio(portfolio: Portfolio): Promise<MemoryWorkbook> {
  const { workbook, mapping } = await aConnectedWorkbook();
  await importPortfolio(workbook, portfolio, { mapping, now: NOW, user: "Test" });
  return workbook;
}
