import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { CONFIG_SHEET } from "../../../src/core/config/config.types";
import { isGevinstSheet } from "../../../src/core/workbook/workbook-port";
import { sampleBudgetSeed } from "../../../src/demo/sample-budget";
import { App } from "../../../src/taskpane/App";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

function renderPane(workbook: MemoryWorkbook) {
  return renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);
}

describe("BudgetOfficerView", () => {
  it("proposes the sample budget's mapping with a preview and the skipped «Sum» rows", async () => {
    const user = userEvent.setup();
    renderPane(MemoryWorkbook.fromSeed(sampleBudgetSeed()));

    await user.click(await screen.findByRole("button", { name: "Koble til budsjett" }));

    expect(await screen.findByText(/^\d+ budsjettlinjer leses\.$/)).toBeInTheDocument();
    // Five tjenesteområder, one «Sum …» row after each.
    expect(screen.getByText("Hoppet over (5 rader)")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Ansvar" })).toHaveTextContent("A: Ansvar");
    expect(screen.getByRole("combobox", { name: "Planår 1" })).toHaveTextContent(
      "I: Budsjett 2027",
    );
  });

  it("stores the mapping on «Bekreft» and leaves every budget cell as it was", async () => {
    const user = userEvent.setup();
    const workbook = MemoryWorkbook.fromSeed(sampleBudgetSeed());
    const before = workbook.snapshot((name) => !isGevinstSheet(name));
    renderPane(workbook);

    await user.click(await screen.findByRole("button", { name: "Koble til budsjett" }));
    await user.click(await screen.findByRole("button", { name: "Bekreft" }));

    expect(await screen.findByText(/Koblingen er lagret/)).toBeInTheDocument();
    expect(workbook.sheet("Gevinst_Config")).toBeTruthy();
    expect(workbook.snapshot((name) => !isGevinstSheet(name))).toEqual(before);
  });

  it("creates the Gevinst sheets once the budget is connected", async () => {
    const user = userEvent.setup();
    const workbook = MemoryWorkbook.fromSeed(sampleBudgetSeed());
    renderPane(workbook);
    await user.click(await screen.findByRole("button", { name: "Koble til budsjett" }));
    await user.click(await screen.findByRole("button", { name: "Bekreft" }));
    await screen.findByText(/Koblingen er lagret/);

    await user.click(await screen.findByRole("button", { name: "Opprett gevinstark" }));

    expect(await screen.findByText(/La til \d+ ark/)).toBeInTheDocument();
    expect(workbook.sheet("Gevinst Sammendrag")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Legg til dypdykk" })).toBeDisabled();
  });

  it("rebuilds a deleted Gevinst_Config on opening and keeps saying so after the re-read", async () => {
    const user = userEvent.setup();
    // The Gevinst sheets exist, the config sheet does not: someone deleted it.
    const seed = sampleBudgetSeed();
    const workbook = MemoryWorkbook.fromSeed({
      ...seed,
      sheets: [...seed.sheets, { name: "Gevinst Oversikt", rows: [["Oversikt"]] }],
    });
    const readsBefore = workbook.calls.read;
    renderPane(workbook);

    const notice = await screen.findByText(
      /^Koblingen til budsjettet i Gevinst_Config manglet eller var skadet\. Gevinst fant budsjettet på arket «.+» på nytt \(budsjettår 2027\)/,
    );
    // Saving the rebuilt config is an own write: the pane reads the workbook again 50 ms later
    // (nothing to repair then). Counted from before the pane opened, since that re-read may
    // already be done when the notice appears.
    await waitFor(() => expect(workbook.sheet(CONFIG_SHEET)).toBeTruthy(), { timeout: 3000 });
    await waitFor(() => expect(workbook.calls.read).toBeGreaterThan(readsBefore + 1), {
      timeout: 3000,
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));

    expect(workbook.sheet(CONFIG_SHEET)).toBeTruthy();
    expect(screen.getByText("Om koblingen til budsjettet")).toBeInTheDocument();
    expect(notice).toBeInTheDocument();
    expect(
      screen.getByText(/^Koblet til: \d+ budsjettlinjer, budsjettår 2027\.$/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Lukk" }));

    expect(screen.queryByText("Om koblingen til budsjettet")).not.toBeInTheDocument();
  });

  it("says nothing about the connection when there was nothing to repair", async () => {
    renderPane(MemoryWorkbook.fromSeed(sampleBudgetSeed()));

    expect(await screen.findByRole("button", { name: "Koble til budsjett" })).toBeEnabled();
    expect(screen.queryByText("Om koblingen til budsjettet")).not.toBeInTheDocument();
  });
});
