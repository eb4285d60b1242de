/**
 * onWorkbookSettled, the one path by which the pane learns to read again: one call per settled
 * burst, 50 ms after Gevinst's own write and 400 ms after other people's edits, none after
 * unsubscribing, and nothing on a port without `watch`.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { goToSheet } from "../../src/app/go-to-sheet";
import {
  OWN_REREAD_DELAY_MS,
  REREAD_DELAY_MS,
  onWorkbookSettled,
} from "../../src/app/workbook-changes";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";

function aWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSeed({
    sheets: [
      { name: "Budsjett", rows: [["Ansvar"]] },
      { name: "Gevinst Oversikt", rows: [["Oversikt"]] },
    ],
  });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("onWorkbookSettled", () => {
  it("calls once, shortly after Gevinst's own writes, however many there were", async () => {
    const workbook = aWorkbook();
    const settled = jest.fn();
    onWorkbookSettled(workbook, settled);

    await goToSheet(workbook, "Gevinst Oversikt");
    await goToSheet(workbook, "Gevinst Oversikt", "B2");
    jest.advanceTimersByTime(OWN_REREAD_DELAY_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);

    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("waits for other people's edits to go quiet", () => {
    const workbook = aWorkbook();
    const settled = jest.fn();
    onWorkbookSettled(workbook, settled);

    workbook.typeCell("Budsjett", "A2", "3100");
    jest.advanceTimersByTime(REREAD_DELAY_MS - 100);
    workbook.typeCell("Budsjett", "A3", "3200");
    jest.advanceTimersByTime(REREAD_DELAY_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);

    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("calls no more once unsubscribed, not even for a change still waiting", () => {
    const workbook = aWorkbook();
    const settled = jest.fn();
    const unsubscribe = onWorkbookSettled(workbook, settled, { othersMs: 10 });

    workbook.typeCell("Budsjett", "A2", "3100");
    unsubscribe();
    workbook.typeCell("Budsjett", "A3", "3200");
    jest.advanceTimersByTime(1_000);

    expect(settled).not.toHaveBeenCalled();
  });

  it("does nothing on a port that cannot watch (a file)", async () => {
    const workbook = aWorkbook();
    const file: WorkbookPort = {
      capabilities: workbook.capabilities,
      describe: () => workbook.describe(),
      readSheets: (names, options) => workbook.readSheets(names, options),
      apply: (changes) => workbook.apply(changes),
    };
    const settled = jest.fn();

    const unsubscribe = onWorkbookSettled(file, settled);
    await goToSheet(file, "Gevinst Oversikt");
    jest.advanceTimersByTime(1_000);
    unsubscribe();

    expect(settled).not.toHaveBeenCalled();
  });
});

describe("goToSheet", () => {
  it("activates the sheet and selects the cell, writing no content", async () => {
    const workbook = aWorkbook();
    const before = workbook.snapshot();
    const apply = jest.spyOn(workbook, "apply");

    await goToSheet(workbook, "Gevinst Oversikt", "D12");

    expect(apply).toHaveBeenCalledWith([
      {
        kind: "activate",
        sheet: "Gevinst Oversikt",
        select: { row: 11, col: 3, rows: 1, cols: 1 },
      },
    ]);
    expect(workbook.snapshot()).toEqual(before);
  });
});
