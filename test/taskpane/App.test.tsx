import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { App, LANGUAGE_STORAGE_KEY } from "../../src/taskpane/App";
import { aMemoryStorage, paneServicesFor } from "./support/pane-services";
import { renderWithFluent } from "./support/render-with-fluent";

describe("App", () => {
  it("shows the Gevinst heading and a tab for each role and the annual cycle", () => {
    renderWithFluent(<App host={{ kind: "excel", platform: "PC" }} />);

    expect(screen.getByRole("heading", { level: 1, name: "Gevinst" })).toBeInTheDocument();
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(4);
    for (const name of ["Budsjettansvarlig", "Linjeleder", "Økonomisjef", "Årshjul"]) {
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    }
  });

  it("shows no host warning inside a supported Excel", () => {
    renderWithFluent(<App host={{ kind: "excel", platform: "OfficeOnline" }} />);

    expect(screen.queryByText("Excel er ikke til stede")).not.toBeInTheDocument();
    expect(screen.queryByText("Denne Excel-versjonen er for gammel")).not.toBeInTheDocument();
  });

  it("tells the user that Excel is missing and how to open the demo", () => {
    renderWithFluent(<App host={{ kind: "no-excel", reason: "no-host" }} />);

    expect(screen.getByText("Excel er ikke til stede")).toBeInTheDocument();
    expect(screen.getByText(/npm run demo/)).toHaveTextContent("http://localhost:3000");
  });

  it("says when Excel is too old for ExcelApi 1.9", () => {
    renderWithFluent(<App host={{ kind: "excel-too-old", platform: "PC" }} />);

    expect(screen.getByText("Denne Excel-versjonen er for gammel")).toBeInTheDocument();
    expect(screen.getByText(/ExcelApi 1\.9/)).toBeInTheDocument();
  });

  it("opens the budget officer's view first", () => {
    renderWithFluent(<App host={{ kind: "excel", platform: "PC" }} />);

    expect(screen.getByRole("tab", { name: "Budsjettansvarlig" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByRole("tabpanel", { name: "Budsjettansvarlig" })).toBeInTheDocument();
  });

  it("switches to the finance director's view when its tab is chosen", async () => {
    const user = userEvent.setup();
    renderWithFluent(<App host={{ kind: "excel", platform: "PC" }} />);

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    const panel = screen.getByRole("tabpanel", { name: "Økonomisjef" });
    expect(panel).toHaveTextContent(/innsparingskravet/);
  });

  // Arrow-key movement between tabs is Tabster's and needs real layout (jsdom has none); the
  // end-to-end test in Chromium covers it. Here: a focused tab is chosen with the keyboard.
  it("chooses a focused role tab with Enter", async () => {
    const user = userEvent.setup();
    renderWithFluent(<App host={{ kind: "excel", platform: "PC" }} />);

    screen.getByRole("tab", { name: "Linjeleder" }).focus();
    await user.keyboard("{Enter}");

    expect(screen.getByRole("tab", { name: "Linjeleder" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByRole("tabpanel", { name: "Linjeleder" })).toHaveTextContent("Mine ark");
  });

  it("switches every text to English and remembers the choice", async () => {
    const user = userEvent.setup();
    const storage = aMemoryStorage();
    renderWithFluent(
      <App host={{ kind: "demo" }} services={paneServicesFor(new MemoryWorkbook(), storage)} />,
    );

    await user.click(screen.getByRole("combobox", { name: "Språk" }));
    await user.click(screen.getByRole("option", { name: "English" }));

    expect(screen.getByRole("tab", { name: "Budget officer" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Language" })).toBeInTheDocument();
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
  });

  it("starts in nynorsk when that was chosen before", () => {
    const storage = aMemoryStorage({ [LANGUAGE_STORAGE_KEY]: "nn" });

    renderWithFluent(
      <App host={{ kind: "demo" }} services={paneServicesFor(new MemoryWorkbook(), storage)} />,
    );

    expect(screen.getByRole("tab", { name: "Budsjettansvarleg" })).toBeInTheDocument();
  });
});
