import { openXlsx, saveXlsx } from "../support/xlsx-adapter";
import type { XlsxWorkbook } from "../support/xlsx-adapter";
import { fromA1 } from "../../src/core/workbook/address";
import { describePortContract } from "../support/port-contract";
import { seedToXlsx } from "./xlsx/seed-to-xlsx";

function cellOf(book: XlsxWorkbook, sheet: string, a1: string) {
  const { row, col } = fromA1(a1);
  const found = book.requireSheet(sheet).findCell(row + 1, col + 1);
  if (!found) return { value: null, formula: null, numberFormat: null };
  const value = found.isMerged && found.master !== found ? null : found.value;
  const formula = found.formula ? `=${found.formula.replace(/^=/, "")}` : null;
  const plain =
    value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)
      ? ((value as { result?: unknown }).result ?? null)
      : value;
  return {
    value: (plain ?? null) as string | number | boolean | null,
    formula,
    numberFormat: found.numFmt && found.numFmt !== "General" ? found.numFmt : null,
  };
}

describePortContract("xlsx (exceljs)", async (seed) => {
  const book = await openXlsx(await seedToXlsx(seed));
  return { port: book, cell: (sheet, a1) => cellOf(book, sheet, a1) };
});

describePortContract("xlsx after a save and load", async (seed) => {
  const book = await openXlsx(await saveXlsx(await openXlsx(await seedToXlsx(seed))));
  return { port: book, cell: (sheet, a1) => cellOf(book, sheet, a1) };
});
