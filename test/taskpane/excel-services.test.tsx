/**
 * The pane through the Excel services, on the Excel JS API simulator: set-up writes the Gevinst
 * sheets with drop-down lists, colour marks, print set-up and protection. No old-Excel case:
 * the manifest asks for ExcelApi 1.9, so Office never runs the pane where these APIs are missing.
 */
import { TextEncoder as NodeTextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleBudgetSeed } from "../../src/demo/sample-budget";
import { App } from "../../src/taskpane/App";
import { createExcelServices } from "../../src/taskpane/excel-services";
import { createExcelSimulator } from "../support/excel-simulator";
import { renderWithFluent } from "./support/render-with-fluent";

// jsdom's global lacks two things every browser Excel runs the pane in has: TextEncoder (the
// adapter sizes its requests with it) and structuredClone (the simulator copies state with it).
globalThis.TextEncoder ??= NodeTextEncoder as typeof TextEncoder;
globalThis.structuredClone ??= ((value: unknown) =>
  deserialize(serialize(value)) as unknown) as typeof structuredClone;

function anExcel() {
  const sim = createExcelSimulator(sampleBudgetSeed(), {
    // The pane test checks the pane; request sizes are measured in test/adapters/excel (node).
    officeRuntime: false,
  });
  const services = createExcelServices({
    run: sim.run,
    runForEvents: sim.run as unknown as typeof Excel.run,
    isSetSupported: () => true,
  });
  return { sim, services };
}

describe("the Excel services", () => {
  jest.setTimeout(20_000);

  it("set up the Gevinst sheets with drop-down lists, colour marks, print set-up and protection", async () => {
    const user = userEvent.setup();
    const { sim, services } = anExcel();
    renderWithFluent(
      <App host={{ kind: "excel", platform: "OfficeOnline" }} services={services} />,
    );

    await user.click(await screen.findByRole("button", { name: "Koble til budsjett" }));
    await user.click(await screen.findByRole("button", { name: "Bekreft" }));
    await screen.findByText(/Koblingen er lagret/);
    // The pane reads the connected budget again after its own write, then offers the sheets.
    const create = await screen.findByRole("button", { name: "Opprett gevinstark" });
    await waitFor(() => expect(create).toBeEnabled());
    await user.click(create);
    await screen.findByText(/La til \d+ ark/);

    const sheets = sim.sheetNames().filter((name) => name.startsWith("Gevinst "));
    expect(sheets).toContain("Gevinst Sammendrag");
    const all = sheets.map((name) => sim.sheet(name));
    expect(all.flatMap((sheet) => sheet.validations).length).toBeGreaterThan(0);
    expect(all.flatMap((sheet) => sheet.conditionalFormats).length).toBeGreaterThan(0);
    expect(all.some((sheet) => sheet.isProtected)).toBe(true);
    expect(sim.sheet("Gevinst Oversikt").pageLayout.orientation).toBe("Landscape");
  });
});
