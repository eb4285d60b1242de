/**
 * The Office.js port's `watch` over the simulator, which raises onChanged for Gevinst's own writes
 * as Excel does: a watcher hears each own write once (from `apply`, not from Excel's echo), people's
 * changes and sheet events as `others`, and a run of typed cells as one call.
 */
import { createExcelWorkbook } from "../../../src/adapters/excel";
import type { WorkbookChangeSource } from "../../../src/core/workbook/workbook-port";
import { guardedStorage } from "../../../src/taskpane/guarded-storage";
import { createExcelSimulator } from "../../support/excel-simulator";

const SETTLE = 30;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function watched(triggerSource: boolean) {
  const sim = createExcelSimulator({
    sheets: [
      { name: "Budsjett", rows: [["Ansvar"]] },
      { name: "Gevinst Tiltak", rows: [["Tiltak"]] },
    ],
  });
  sim.host.events.triggerSource = triggerSource;
  const port = createExcelWorkbook(sim.run, {
    isSetSupported: () => true,
    events: sim.run as unknown as typeof Excel.run,
    settleMs: SETTLE,
    ownWriteGraceMs: 200,
    // Cell-edit mode fails at once: no waiting in the test.
    retry: { backoffMs: [] },
  });
  if (!port.watch) throw new Error("The Office.js port has no watch.");
  const heard: WorkbookChangeSource[] = [];
  const stop = port.watch((source) => heard.push(source));
  await wait(10);
  return { sim, port, stop, heard };
}

const write = {
  kind: "writeCells" as const,
  sheet: "Gevinst Tiltak",
  at: { row: 1, col: 0 },
  cells: [[{ kind: "value" as const, value: "T1" }]],
};

describe.each([
  ["an Excel that marks its events (ExcelApi 1.14)", true],
  ["an older Excel", false],
])("change events in %s", (_name, triggerSource) => {
  it("tells of Gevinst's own write once, though Excel raises onChanged and onAdded for it", async () => {
    const { sim, port, stop, heard } = await watched(triggerSource);

    await port.apply([write, { kind: "addSheet", name: "Gevinst Ny" }]);
    await wait(SETTLE * 3);

    expect(sim.host.events.raised.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["changed", "added"]),
    );
    expect(heard).toEqual(["own"]);
    stop();
  });

  it("tells of a failed own write too: the sheets may be half written", async () => {
    const { sim, port, stop, heard } = await watched(triggerSource);
    sim.setCellEditMode(true);

    await expect(port.apply([write])).rejects.toMatchObject({ reason: "cell-edit-mode" });

    expect(heard).toEqual(["own"]);
    stop();
  });

  it("tells once of a run of typed cells, after Gevinst's own write has settled", async () => {
    const { sim, port, stop, heard } = await watched(triggerSource);
    await port.apply([write]);
    await wait(250);

    for (const row of [2, 3, 4, 5]) sim.userEdits("Gevinst Tiltak", `B${row}`, "ja");
    await wait(SETTLE * 3);

    expect(heard).toEqual(["own", "others"]);
    stop();
  });

  it("tells when a person adds, deletes or renames a sheet", async () => {
    const { sim, stop, heard } = await watched(triggerSource);

    for (const kind of ["added", "deleted", "nameChanged"] as const) {
      sim.host.events.raise(kind, "7", false);
      await wait(SETTLE * 3);
    }

    expect(heard).toEqual(["others", "others", "others"]);
    stop();
  });

  it("stops listening to Excel when the last watcher leaves", async () => {
    const { sim, stop } = await watched(triggerSource);

    stop();
    await wait(10);

    expect(sim.host.events.listening).toBe(false);
  });
});

describe("the pane's storage", () => {
  it("works in memory where the browser blocks storage in the add-in's frame", () => {
    const storage = guardedStorage(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });

    storage.setItem("gevinst.language", "nn");

    expect(storage.getItem("gevinst.language")).toBe("nn");
  });

  it("puts Office's partition key in front of its keys", () => {
    const values = new Map<string, string>();
    const fake = {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
      removeItem: (k: string) => void values.delete(k),
    } as unknown as Storage;
    const storage = guardedStorage(() => fake, "abc");

    storage.setItem("gevinst.language", "en");

    expect(values.get("abc.gevinst.language")).toBe("en");
    expect(storage.getItem("gevinst.language")).toBe("en");
  });
});
