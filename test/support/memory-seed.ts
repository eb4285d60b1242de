/** A MemoryWorkbook's sheets as a seed (values only), so the same workbook opens in every host. */
import type { MemoryWorkbook, WorkbookSeed } from "../../src/adapters/memory";
import type { SeedCell } from "../../src/adapters/memory/workbook-seed";

export function seedOf(
  workbook: MemoryWorkbook,
  include: (sheet: string) => boolean = () => true,
): WorkbookSeed {
  return {
    sheets: workbook.sheets
      .filter((sheet) => include(sheet.name))
      .map((sheet) => {
        const rows: SeedCell[][] = [];
        for (const [key, cell] of sheet.cells) {
          const [r, c] = key.split(",").map(Number) as [number, number];
          (rows[r] ??= [])[c] = cell.value;
        }
        return {
          name: sheet.name,
          rows: Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null)),
        };
      }),
  };
}
