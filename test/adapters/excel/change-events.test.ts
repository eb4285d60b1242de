/**
 * The pane's change subscription over the simulator, which raises onChanged for Gevinst's own
 * writes as Excel does: the pane re-reads for people's changes and sheet events, never for its own
 * writes, and a run of typed cells becomes one re-read.
 */
import { createExcelWorkbook } from "../../../src/adapters/excel";
import { OwnWrites, subscribeToWorkbookChanges } from "../../../src/taskpane/excel-change-events";
import { guardedStorage } from "../../../src/taskpane/guarded-storage";
import { createExcelSimulator } from "../../support/excel-simulator";

const SETTLE = 30;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function subscribed(triggerSource: boolean) {
  const sim = createExcelSimulator({
    sheets: [
      { name: "Budsjett", rows: [["Ansvar"]] },
      { name: "Gevinst Tiltak", rows: [["Tiltak"]] },
    ],
  });
  sim.host.events.triggerSource = triggerSource;
  const own = new OwnWrites(200);
  const port = own.track(createExcelWorkbook(sim.run, { isSetSupported: () => true }));
  let rereads = 0;
  const stop = subscribeToWorkbookChanges(
    sim.run as unknown as typeof Excel.run,
    () => rereads++,
    own,
    SETTLE,
  );
  await wait(10);
  return { sim, port, stop, rereads: () => rereads };
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
  it("ignores Gevinst's own writes, though Excel raises onChanged for them", async () => {
    const { sim, port, stop, rereads } = await subscribed(triggerSource);

    await port.apply([write, { kind: "addSheet", name: "Gevinst Ny" }]);
    await wait(SETTLE * 3);

    expect(sim.host.events.raised.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["changed", "added"]),
    );
    expect(rereads()).toBe(0);
    stop();
  });

  it("re-reads once for a run of typed cells, after Gevinst's own write has settled", async () => {
    const { sim, port, stop, rereads } = await subscribed(triggerSource);
    await port.apply([write]);
    await wait(250);

    for (const row of [2, 3, 4, 5]) sim.userEdits("Gevinst Tiltak", `B${row}`, "ja");
    await wait(SETTLE * 3);

    expect(rereads()).toBe(1);
    stop();
  });

  it("re-reads when a person adds, deletes or renames a sheet", async () => {
    const { sim, stop, rereads } = await subscribed(triggerSource);

    for (const kind of ["added", "deleted", "nameChanged"] as const) {
      sim.host.events.raise(kind, "7", false);
      await wait(SETTLE * 3);
    }

    expect(rereads()).toBe(3);
    stop();
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
