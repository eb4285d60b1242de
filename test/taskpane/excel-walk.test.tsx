/**
 * The pane in Excel, on the Excel JS API simulator, walked as a budget officer does it: connect →
 * set up → import → edit. After each step the pane shows the new state without anyone pressing a
 * button (Gevinst's own write makes it read again, through the port's `watch`), and its own writes
 * never set off more reads once the step has settled, though Excel raises onChanged for each.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextEncoder as NodeTextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";
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

jest.setTimeout(60_000);

/** Longer than the pane's re-read delay (400 ms) and Excel's settling (400 ms) together. */
const QUIET_MS = 1000;
const quiet = (ms = QUIET_MS) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const SHOWN = { timeout: 5000 };

/** The port, counting the reads the pane makes (`describe` and `readSheets` calls). */
function counted(port: WorkbookPort): { port: WorkbookPort; reads: () => number } {
  let reads = 0;
  return {
    port: {
      ...port,
      describe: () => {
        reads++;
        return port.describe();
      },
      readSheets: (names, options) => {
        reads++;
        return port.readSheets(names, options);
      },
    },
    reads: () => reads,
  };
}

function samplePortfolioFile(): File {
  const text = readFileSync(join(__dirname, "../../src/demo/sample-portfolio.json"), "utf8");
  const file = new File([text], "gevinst-portefolje-2027.json", { type: "application/json" });
  // jsdom's File has no text(); the pane calls it as a browser has it.
  Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  return file;
}

// Not through the Office.js runtime: loaded inside the pane's jsdom, its mirrored requests fail
// (test/adapters/excel/walk-office-runtime.test.ts walks the same steps through it in node).
describe.each([
  ["an Excel that marks its own events (ExcelApi 1.14)", true],
  ["an older Excel, whose events do not say who made them", false],
])("the pane in %s", (_name, triggerSource) => {
  it("shows the new state after connect, set up, import and edit, with no re-read storm", async () => {
    const user = userEvent.setup();
    const sim = createExcelSimulator(sampleBudgetSeed(), { officeRuntime: false });
    sim.host.events.triggerSource = triggerSource;
    const services = createExcelServices({
      run: sim.run,
      runForEvents: sim.run as unknown as typeof Excel.run,
      isSetSupported: () => true,
    });
    const { port, reads } = counted(services.port);
    renderWithFluent(
      <App host={{ kind: "excel", platform: "OfficeOnline" }} services={{ ...services, port }} />,
    );
    const perStep: Record<string, number> = {};
    let before = 0;
    const settle = async (step: string) => {
      await quiet();
      const settled = reads();
      await quiet();
      // No storm: once the step has settled, nothing reads again by itself.
      expect(reads()).toBe(settled);
      perStep[step] = settled - before;
      before = settled;
    };
    await screen.findByRole("button", { name: "Koble til budsjett" }, SHOWN);
    await settle("open");

    await user.click(screen.getByRole("button", { name: "Koble til budsjett" }));
    await user.click(await screen.findByRole("button", { name: "Bekreft" }));
    expect(
      await screen.findByText(/^Koblet til: \d+ budsjettlinjer, budsjettår 2027\.$/, {}, SHOWN),
    ).toBeInTheDocument();
    await settle("connect");

    await user.click(screen.getByRole("button", { name: "Opprett gevinstark" }));
    await screen.findByText(/La til \d+ ark/);
    const refresh = () => screen.getByRole("button", { name: "Oppdater gevinstark" });
    await waitFor(() => expect(refresh()).toBeEnabled(), SHOWN);
    await settle("set up");

    await user.upload(screen.getByLabelText("Importer portefølje"), samplePortfolioFile());
    await screen.findByText(/Importerte porteføljen \(\d+ tiltak\)/, {}, SHOWN);
    expect(
      await screen.findByText("DD1 Hjemmetjenesten – Kari Nordmann", {}, SHOWN),
    ).toBeInTheDocument();
    await settle("import");

    await user.type(screen.getByRole("textbox", { name: "Navn på dypdykk" }), "Rus og psykiatri");
    await user.click(screen.getByRole("button", { name: "Legg til dypdykk" }));
    expect(await screen.findByText("DD4 Rus og psykiatri", {}, SHOWN)).toBeInTheDocument();
    await settle("edit");

    // Excel did raise onChanged for Gevinst's own writes: the pane heard them once, from the port.
    expect(sim.host.events.raised.filter((e) => e.kind === "changed").length).toBeGreaterThan(0);
    expect(refresh()).toBeEnabled();
    // Opening reads 3 times (describe, the budget, the Gevinst sheets): that is one re-read. Each
    // step is the action's own reads plus exactly one re-read; a second re-read for Excel's echo
    // of the write would add 3 more.
    expect(perStep).toEqual({ open: 3, connect: 6, "set up": 7, import: 7, edit: 9 });
  });
});

// The §13–§15 actions in Excel: each writes the sheets, and the pane shows the new state from
// Excel's own cells (the area's krav read back from «Gevinst Rammer», the frozen version from
// «Gevinst Versjoner»), not from what it sent.
describe("the pane in Excel, after the rammeområde, version and follow-up actions", () => {
  it("shows each new state read back from the workbook", async () => {
    const user = userEvent.setup();
    const sim = createExcelSimulator(sampleBudgetSeed(), { officeRuntime: false });
    const services = createExcelServices({
      run: sim.run,
      runForEvents: sim.run as unknown as typeof Excel.run,
      isSetSupported: () => true,
    });
    renderWithFluent(
      <App host={{ kind: "excel", platform: "OfficeOnline" }} services={services} />,
    );
    await user.click(await screen.findByRole("button", { name: "Koble til budsjett" }, SHOWN));
    await user.click(await screen.findByRole("button", { name: "Bekreft" }));
    await screen.findByText(/^Koblet til: /, {}, SHOWN);
    await user.click(screen.getByRole("button", { name: "Opprett gevinstark" }));
    await screen.findByText(/La til \d+ ark/, {}, SHOWN);
    await user.upload(screen.getByLabelText("Importer portefølje"), samplePortfolioFile());
    await screen.findByText(/Importerte porteføljen \(\d+ tiltak\)/, {}, SHOWN);

    // An area's krav: saved, then read back — the grouping locks once a krav is in the sheet.
    const name = await screen.findByRole("textbox", { name: "Navn på rammeområdet" }, SHOWN);
    await user.clear(name);
    await user.type(name, "Styring");
    await user.type(
      screen.getByRole("textbox", { name: "Innsparingskrav for Styring per planår 2027" }),
      "100000",
    );
    await user.click(screen.getByRole("button", { name: "Lagre kravet for rammeområdet" }));
    await screen.findByText("Kravet for «Styring» er lagret.", {}, SHOWN);
    await waitFor(
      () =>
        expect(
          screen.getByRole("combobox", { name: "Del budsjettet i rammeområder etter" }),
        ).toBeDisabled(),
      SHOWN,
    );
    expect(sim.sheetNames()).toContain("Gevinst Rammer");

    // A version: frozen into «Gevinst Versjoner», and the next one is V2.
    await user.click(screen.getByRole("button", { name: "Frys versjonen" }));
    await screen.findByText("«Forslag 2027» er frosset som V1 i «Gevinst Versjoner».", {}, SHOWN);
    await quiet();
    await user.click(screen.getByRole("button", { name: "Frys versjonen" }));
    await screen.findByText(/ er frosset som V2 i «Gevinst Versjoner»\.$/, {}, SHOWN);

    // The finance director reads the area from Excel's cells.
    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));
    const table = await screen.findByRole(
      "table",
      { name: "Rammeområder 2027: krav, netto og hva som mangler" },
      SHOWN,
    );
    expect(table).toHaveTextContent("Styring");
  });
});
