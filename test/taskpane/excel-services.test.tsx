/**
 * The pane inside an Excel that lacks some APIs (Excel 2016 without updates: ExcelApi 1.1–1.3):
 * the Excel services wrap the Office.js port so set-up still works, and the pane explains each
 * missing feature once.
 */
import { TextEncoder as NodeTextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MISSING_FEATURE_MESSAGES } from "../../src/app/capability-port";
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

const TITLE = "Denne Excel-versjonen mangler noe Gevinst bruker";

function anOldExcel() {
  const sim = createExcelSimulator(sampleBudgetSeed(), {
    missingApis: ["Range.dataValidation", "Range.conditionalFormats", "Worksheet.pageLayout"],
    // The pane test checks the pane; request sizes are measured in test/adapters/excel (node).
    officeRuntime: false,
  });
  const services = createExcelServices({
    run: sim.run,
    runForEvents: sim.run as unknown as typeof Excel.run,
    isSetSupported: (_, version) => Number(version.split(".")[1]) <= 3,
  });
  return { sim, services };
}

async function connectAndCreateSheets(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Koble til budsjett" }));
  await user.click(await screen.findByRole("button", { name: "Bekreft" }));
  await screen.findByText(/Koblingen er lagret/);
  await user.click(await screen.findByRole("button", { name: "Opprett gevinstark" }));
  await screen.findByText(/La til \d+ ark/);
}

describe("the Excel services in an Excel without drop-down lists, conditional formats and page layout", () => {
  jest.setTimeout(20_000);

  it("sets up the Gevinst sheets and explains each missing feature once", async () => {
    const user = userEvent.setup();
    const { sim, services } = anOldExcel();
    renderWithFluent(
      <App host={{ kind: "excel", platform: "OfficeOnline" }} services={services} />,
    );

    await connectAndCreateSheets(user);
    // A second set-up (the simulator sends no change events, so the pane has not re-read).
    await user.click(await screen.findByRole("button", { name: "Opprett gevinstark" }));
    await screen.findByText(/^(Alt var allerede oppdatert|Oppdaterte \d+ celler)\.$/);

    expect(screen.getByText(TITLE)).toBeInTheDocument();
    expect(sim.sheetNames()).toContain("Gevinst Sammendrag");
    expect(sim.sheet("Gevinst Oversikt").validations).toEqual([]);
    for (const message of [
      MISSING_FEATURE_MESSAGES.dataValidation,
      MISSING_FEATURE_MESSAGES.conditionalFormats,
      MISSING_FEATURE_MESSAGES.pageLayout,
    ])
      expect(screen.getAllByText(message)).toHaveLength(1);
    expect(screen.queryByText(MISSING_FEATURE_MESSAGES.protection)).toBeNull();
  });

  it("does not bring a closed explanation back on the next action", async () => {
    const user = userEvent.setup();
    const { services } = anOldExcel();
    renderWithFluent(
      <App host={{ kind: "excel", platform: "OfficeOnline" }} services={services} />,
    );
    await connectAndCreateSheets(user);
    // The explanation's own message bar, not the outcome bars of the sections.
    const bar = screen.getByText(TITLE).closest(".fui-MessageBar") as HTMLElement;

    await user.click(within(bar).getByRole("button", { name: "Lukk" }));
    // A second set-up (the simulator sends no change events, so the pane has not re-read).
    await user.click(await screen.findByRole("button", { name: "Opprett gevinstark" }));
    await screen.findByText(/^(Alt var allerede oppdatert|Oppdaterte \d+ celler)\.$/);

    expect(screen.queryByText(TITLE)).toBeNull();
  });
});
