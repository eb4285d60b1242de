import { createExcelWorkbook } from "../../src/adapters/excel";
import { createExcelSimulator } from "../support/excel-simulator";
import { describePortContract } from "../support/port-contract";

describePortContract("excel (Office.js simulator)", (seed) => {
  const sim = createExcelSimulator(seed);
  const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
  return Promise.resolve({
    port,
    cell: (sheet, a1) => {
      const { value, formula, numberFormat } = sim.cell(sheet, a1);
      return { value, formula, numberFormat: numberFormat === "General" ? null : numberFormat };
    },
  });
});
