/**
 * The bench's CI smoke version (issue 9): round trips per action do not grow with the budget.
 * The same portfolio through the Office.js simulator on a 200-line and a 2 000-line budget must
 * take the same number of syncs for every action, and no request may pass Excel on the web's 5 MB.
 */
import { ACTIONS, connect, runAction, type Action } from "../../scripts/bench/actions";
import { benchPortfolio, budgetSeed } from "../../scripts/bench/fixtures";
import {
  onTheWire,
  PAYLOAD_LIMIT_BYTES,
  type WireFigures,
} from "../../scripts/bench/simulator-run";
import { createExcelSimulator } from "../support/excel-simulator";
import { createExcelWorkbook } from "../../src/adapters/excel";
import { readPortfolio } from "../../src/app/read-portfolio";

async function syncsPerAction(lines: number, measures: number): Promise<Map<Action, WireFigures>> {
  const seed = budgetSeed(lines);
  const portfolio = benchPortfolio(measures, lines);
  const sim = createExcelSimulator(seed, { payloadLimitBytes: PAYLOAD_LIMIT_BYTES });
  const figures = new Map<Action, WireFigures>();
  let mapping = null;
  for (const action of ACTIONS) {
    if (action === "connect") {
      sim.resetStats();
      mapping = await connect(createExcelWorkbook(sim.run, { isSetSupported: () => true }));
      figures.set(action, {
        syncs: sim.stats.syncs,
        maxRequestBytes: Math.max(...sim.stats.requestBytes),
        maxResponseBytes: Math.max(...sim.stats.responseBytes),
        cellsWritten: 0,
        wallMs: 0,
      });
      continue;
    }
    figures.set(action, await onTheWire(sim, action, { mapping, portfolio }));
  }
  return figures;
}

describe("round trips at growing budget size", () => {
  it("takes the same syncs for every action on 200 and 2 000 budget lines", async () => {
    const small = await syncsPerAction(200, 20);
    const large = await syncsPerAction(2000, 20);

    for (const action of ACTIONS)
      expect({ action, syncs: large.get(action)?.syncs }).toEqual({
        action,
        syncs: small.get(action)?.syncs,
      });
    for (const figures of [...small.values(), ...large.values()])
      expect(figures.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  }, 15_000);

  it("reads back sheets whose formulas outweigh the first guess at a row's size", async () => {
    // At 64 kB the Gevinst sheets no longer come back in one response, and a deep-dive row's
    // formulas are far longer than the 40 bytes a cell the band reader guesses at first.
    const seed = budgetSeed(200);
    const portfolio = benchPortfolio(20, 200);
    const sim = createExcelSimulator(seed);
    const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
    const mapping = await connect(port);
    await runAction("set up", port, { mapping, portfolio });
    await runAction("import", port, { mapping, portfolio });
    sim.host.payloadLimitBytes = 64 * 1024;
    sim.resetStats();
    const small = createExcelWorkbook(sim.run, {
      isSetSupported: () => true,
      payloadBudgetBytes: 48 * 1024,
    });

    const read = await readPortfolio(small);

    const ids = (list: { id: string }[]) => list.map((m) => m.id).sort();
    expect(ids(read.portfolio.measures)).toEqual(ids(portfolio.measures));
    // Refused: the whole read, and at least one band group guessed too small.
    expect(sim.stats.syncs - sim.stats.responseBytes.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sim.stats.responseBytes)).toBeLessThanOrEqual(64 * 1024);
  }, 15_000);
});
