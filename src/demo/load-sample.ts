/**
 * «Eksempel med tiltak»: puts the sample budget back, connects it, creates the Gevinst sheets and
 * imports the sample portfolio — the same use-cases a budget officer runs from the task pane, in
 * one click, so a visitor sees the finance director's review with figures at once.
 */
import { MemoryWorkbook } from "../adapters/memory";
import { confirmBudgetMapping, connectBudget, loadBudget } from "../app/connect-budget";
import { importPortfolio } from "../app/import-portfolio";
import { setUpGevinstSheets } from "../app/set-up-sheets";
import { readPortfolioJson } from "../core/portfolio-json/read-portfolio-json";
import type { DemoSession } from "./demo-session";
import { sampleBudgetSeed } from "./sample-budget";
import samplePortfolio from "./sample-portfolio.json";

/** @throws Error when the sample does not fit together (a bug in the sample, never user data). */
export async function loadSampleWithMeasures(session: DemoSession, now: Date): Promise<void> {
  session.replace(MemoryWorkbook.fromSeed(sampleBudgetSeed()));
  const context = { now, user: "Demo" };
  const found = await connectBudget(session.port);
  if (found.status !== "found") throw new Error(`Eksempelbudsjettet ble ikke funnet: ${found.key}`);
  await confirmBudgetMapping(session.port, found.mapping);
  await setUpGevinstSheets(session.port, { ...context, mapping: found.mapping });
  const { portfolio } = readPortfolioJson(JSON.stringify(samplePortfolio));
  if (!portfolio) throw new Error("Eksempelporteføljen kunne ikke leses.");
  const budget = await loadBudget(session.port);
  await importPortfolio(session.port, portfolio, {
    ...context,
    mapping: found.mapping,
    ...(budget.status === "loaded" ? { budget: budget.index } : {}),
  });
  session.markUnedited();
}
