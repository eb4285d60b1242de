import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { describePortContract } from "../support/port-contract";

describePortContract("memory", (seed) => {
  const workbook = MemoryWorkbook.fromSeed(seed);
  return Promise.resolve({
    port: workbook,
    cell: (sheet, a1) => {
      const { value, formula, numberFormat } = workbook.cell(sheet, a1);
      return { value, formula, numberFormat };
    },
  });
});
