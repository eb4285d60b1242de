import { createExcelWorkbook } from "../../src/adapters/excel";
import { confirmBudgetMapping, connectBudget, loadBudget } from "../../src/app/connect-budget";
import { CONFIG_SHEET } from "../../src/core/config/config.types";
import { createExcelSimulator } from "../support/excel-simulator";
import { BUDGET_WORKBOOKS, erpExport } from "../support/budget-workbooks";
import { messageText } from "../../src/app/messages";

describe("connectBudget through the Office.js simulator", () => {
  it.each(Object.entries(BUDGET_WORKBOOKS))(
    "connects, confirms and loads %s without changing a budget cell",
    async (_name, make) => {
      const { seed, expected } = make();
      const sim = createExcelSimulator(seed);
      const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
      const cells = (): unknown[] =>
        seed.sheets.map((s) =>
          s.rows.map((row, r) =>
            row.map((_, c) => sim.cell(s.name, `${String.fromCharCode(65 + c)}${r + 1}`)),
          ),
        );
      const before = cells();

      const result = await connectBudget(port);
      if (result.status !== "found") throw new Error(messageText(result));
      await confirmBudgetMapping(port, result.mapping);
      const loaded = await loadBudget(port);

      if (loaded.status !== "loaded") throw new Error(messageText(loaded));
      expect(loaded.lines).toHaveLength(expected?.lineCount ?? -1);
      expect(loaded.check.ok).toBe(true);
      expect(cells()).toEqual(before);
      expect(sim.visibility(CONFIG_SHEET)).toBe("veryHidden");
    },
  );

  it("reads a 5 000-line budget for detection in few syncs", async () => {
    const sim = createExcelSimulator(erpExport(5000).seed);
    const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
    sim.resetStats();

    const result = await connectBudget(port);

    expect(result.status).toBe("found");
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
  });
});
