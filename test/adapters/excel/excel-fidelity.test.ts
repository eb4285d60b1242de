/**
 * Where Excel differs from a naive simulator, pinned through the whole flow on the simulator that
 * now fails (or respells) as Excel does: sheet names in formulas, a second protect, page-header
 * codes, oversize refusals in either form.
 */
import { createExcelWorkbook } from "../../../src/adapters/excel";
import { connect, runAction } from "../../../scripts/bench/actions";
import { benchPortfolio, budgetSeed } from "../../../scripts/bench/fixtures";
import { onTheWire } from "../../../scripts/bench/simulator-run";
import { createExcelSimulator } from "../../support/excel-simulator";

function budgetNamed(name: string) {
  const seed = budgetSeed(200);
  const budget = seed.sheets[0];
  if (!budget) throw new Error("no budget sheet");
  return { ...seed, sheets: [{ ...budget, name }, ...seed.sheets.slice(1)] };
}

describe("a budget sheet named like a reference, or plainly", () => {
  it.each(["R2026", "B2027", "INV2027", "Økonomiplan", "Budsjett.2027"])(
    "%s: set up and import write, and refresh then rewrites nothing",
    async (name) => {
      const sim = createExcelSimulator(budgetNamed(name));
      const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
      const portfolio = benchPortfolio(10, 200);
      const mapping = await connect(port);
      await runAction("set up", port, { mapping, portfolio });
      await runAction("import", port, { mapping, portfolio });

      const refresh = await onTheWire(sim, "refresh", { mapping, portfolio });

      expect(refresh.cellsWritten).toBe(0);
      const formulas = sim.state.sheets.flatMap((s) =>
        [...s.cells.values()].map((c) => c.formula ?? ""),
      );
      expect(formulas.some((f) => f.includes(`${name}!`) || f.includes(`'${name}'!`))).toBe(true);
    },
  );
});
