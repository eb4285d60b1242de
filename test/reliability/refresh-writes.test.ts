/**
 * Refresh writes only cells whose content differs (fewer writes, fewer co-authoring merge
 * conflicts): every cell a refresh writes is counted at the port, and each must have held
 * something else before.
 */
import { importPortfolio } from "../../src/app/import-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import type { MemoryWorkbook } from "../../src/adapters/memory";
import { toA1 } from "../../src/core/workbook/address";
import type { WorkbookChange, WorkbookPort } from "../../src/core/workbook/workbook-port";
import { MAPPING, budgetWorkbook, handMadePortfolio } from "../app/sheets/sheets-fixture";
import { locateDeepDiveField, locateRowField } from "./support/sheet-locator";
import type { Host } from "./support/hosts";

const OPTIONS = { now: new Date("2026-10-01T08:00:00Z"), user: "Budsjettsjef", mapping: MAPPING };

type Write = { sheet: string; a1: string; content: unknown };

/** A port that records every cell written (skips excluded) and forwards everything. */
function recording(workbook: MemoryWorkbook): {
  port: WorkbookPort;
  writes: Write[];
  applies: WorkbookChange[][];
} {
  const writes: Write[] = [];
  const applies: WorkbookChange[][] = [];
  const port: WorkbookPort = {
    capabilities: workbook.capabilities,
    describe: () => workbook.describe(),
    readSheets: (names, options) => workbook.readSheets(names, options),
    apply: (changes) => {
      applies.push([...changes]);
      for (const change of changes) {
        if (change.kind !== "writeCells") continue;
        change.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.kind === "skip") return;
            writes.push({
              sheet: change.sheet,
              a1: toA1({ row: change.at.row + r, col: change.at.col + c }),
              content: cell.kind === "formula" ? cell.formula : cell.value,
            });
          }),
        );
      }
      return workbook.apply(changes);
    },
  };
  return { port, writes, applies };
}

async function imported() {
  const workbook = budgetWorkbook();
  await importPortfolio(workbook, handMadePortfolio(), OPTIONS);
  const host: Host = {
    kind: "memory",
    port: workbook,
    snapshot: () => Promise.reject(new Error("not used")),
    type: (sheet, a1, input) => workbook.typeCell(sheet, a1, input),
    value: (sheet, a1) => workbook.cell(sheet, a1).value,
    formula: (sheet, a1) => workbook.cell(sheet, a1).formula,
    sheetNames: () => workbook.sheets.map((s) => s.name),
  };
  return { workbook, host };
}

/** What a cell holds, as the port would write it: the formula, else the value (null for empty). */
function contentOf(workbook: MemoryWorkbook, sheet: string, a1: string): unknown {
  const cell = workbook.cell(sheet, a1);
  return cell.formula ?? (cell.value === "" ? null : cell.value);
}

describe("refresh writes only what differs", () => {
  it("calls apply not at all when nothing changed", async () => {
    const { workbook } = await imported();
    const { port, applies } = recording(workbook);

    const result = await refreshGevinstSheets(port, OPTIONS);

    expect(result.cellsWritten).toBe(0);
    expect(applies).toEqual([]);
  });

  it("writes no cell after a line manager typed a new amount (the formulas already use it)", async () => {
    const { workbook, host } = await imported();
    const at = await locateRowField(host, "Gevinster", 1, "T1-G1", "Årlig effekt (kr eller timer)");
    if (!at) throw new Error("no amount cell");
    workbook.typeCell(at.sheet, at.a1, 950_000);
    const { port, writes } = recording(workbook);

    const result = await refreshGevinstSheets(port, OPTIONS);

    expect(writes).toEqual([]);
    expect(result.cellsWritten).toBe(0);
    expect(workbook.cell(at.sheet, at.a1).value).toBe(950_000);
  });

  it("after a deep-dive's name is changed, writes only cells whose content changes, and counts them", async () => {
    const { workbook, host } = await imported();
    const at = await locateDeepDiveField(host, "DD1", "Navn");
    if (!at) throw new Error("no name cell");
    workbook.typeCell(at.sheet, at.a1, "Omsorg i hjemmet");
    const total = workbook.sheets
      .filter((s) => s.name.startsWith("Gevinst"))
      .reduce((sum, s) => sum + s.cells.size, 0);
    const { port, writes, applies } = recording(workbook);
    const renames = new Map<string, string>();
    const contentBefore = (sheet: string, a1: string) =>
      contentOf(workbook, renames.get(sheet) ?? sheet, a1);
    // Record what each written cell held before the refresh (the renamed sheet under its old name).
    const before = new Map<string, unknown>();
    const originalApply = port.apply.bind(port);
    port.apply = (changes) => {
      for (const change of changes)
        if (change.kind === "renameSheet") renames.set(change.to, change.from);
      for (const change of changes)
        if (change.kind === "writeCells")
          change.cells.forEach((row, r) =>
            row.forEach((_, c) => {
              const a1 = toA1({ row: change.at.row + r, col: change.at.col + c });
              before.set(`${change.sheet}!${a1}`, contentBefore(change.sheet, a1));
            }),
          );
      return originalApply(changes);
    };

    const result = await refreshGevinstSheets(port, OPTIONS);

    const unchanged = writes.filter((w) => before.get(`${w.sheet}!${w.a1}`) === w.content);
    expect(unchanged).toEqual([]);
    expect(writes.length).toBe(result.cellsWritten);
    expect(writes.length).toBeGreaterThan(0);
    // A new name touches its title and the cells that show it: far fewer than all cells.
    expect(writes.length).toBeLessThan(total / 10);
    expect(applies).toHaveLength(1);
  });
});
