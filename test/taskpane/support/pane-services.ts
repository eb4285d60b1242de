import { MemoryWorkbook, type WorkbookSeed } from "../../../src/adapters/memory";
import type { PaneServices } from "../../../src/taskpane/services";

/** localStorage's two methods over a Map, so tests never share state. */
export function aMemoryStorage(
  initial: Record<string, string> = {},
): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

/** The pane's services over a MemoryWorkbook, at a fixed time (1 October 2026, 12:00). */
export function paneServicesFor(
  workbook: MemoryWorkbook,
  storage = aMemoryStorage(),
): PaneServices {
  return {
    port: workbook,
    now: () => new Date(2026, 9, 1, 12, 0),
    user: "Test",
    storage,
  };
}

export function aWorkbook(seed: WorkbookSeed): MemoryWorkbook {
  return MemoryWorkbook.fromSeed(seed);
}
