import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, LANGUAGE_STORAGE_KEY } from "../../../src/taskpane/App";
import { settingsRows } from "../../../src/core/sheets/settings/render-settings";
import { toA1 } from "../../../src/core/workbook/address";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { aMemoryStorage, paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

describe("A3Approval", () => {
  it("approves the kommune's A3 in the chosen version and fills its approval line", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 500_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);
    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    const approve = await screen.findByRole("button", { name: "Godkjenn A3" });
    await user.click(await screen.findByRole("combobox", { name: "Dokument" }));
    await user.click(screen.getByRole("option", { name: "Kommunen som helhet" }));
    // Not yet: the kommune's A3 needs a version chosen.
    await user.click(screen.getByRole("combobox", { name: "Godkjenner som" }));
    await user.click(screen.getByRole("option", { name: "Kommunedirektør" }));
    await user.type(screen.getByRole("textbox", { name: "Navn" }), "Kari Nordmann");
    expect(approve).toBeDisabled();
    await user.click(screen.getByRole("combobox", { name: "Versjon" }));
    await user.click(screen.getByRole("option", { name: "K4" }));
    await user.click(approve);

    expect(
      await screen.findByText(/Kommunen som helhet \(K4\) er godkjent av Kari Nordmann/),
    ).toBeInTheDocument();
    const log = workbook.snapshot((name) => name === "Gevinst Logg")["Gevinst Logg"] ?? {};
    const texts = Object.values(log).map((c) => c.value);
    expect(texts).toContain("Kari Nordmann (kommunedirektør)");
    expect(texts).toContain("Godkjent Kommunen som helhet [K1]");
    expect(texts).toContain("K4");
    // Many clicks and two workbook plans: generous on a busy 2-core CI machine.
  }, 60_000);

  it("offers each unit typed on the settings sheet, named in the pane's language, as K4", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 500_000));
    workbook.typeCell(
      "Gevinst Innstillinger",
      toA1({ row: settingsRows().a3Units as number, col: 1 }),
      "3100, funksjon 254",
    );
    const storage = aMemoryStorage({ [LANGUAGE_STORAGE_KEY]: "nn" });
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook, storage)} />);
    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    const approve = await screen.findByRole("button", { name: "Godkjenn A3" });
    await user.click(await screen.findByRole("combobox", { name: "Dokument" }));
    expect(screen.getByRole("option", { name: "Tenesteområde 254" })).toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: "Resultateining 3100" }));
    // A unit's A3 has one version, K4: shown, not to be chosen.
    expect(screen.getByRole("combobox", { name: "Versjon" })).toHaveTextContent("K4");
    await user.click(screen.getByRole("combobox", { name: "Godkjenner som" }));
    await user.click(screen.getByRole("option", { name: "Økonomisjef" }));
    await user.type(screen.getByRole("textbox", { name: "Namn" }), "Eva Hansen");
    await user.click(approve);

    expect(
      await screen.findByText(/Resultateining 3100 \(K4\) er godkjend av Eva Hansen/),
    ).toBeInTheDocument();
    const log = workbook.snapshot((name) => name === "Gevinst Logg")["Gevinst Logg"] ?? {};
    const texts = Object.values(log).map((c) => c.value);
    // The log speaks bokmål, as every Gevinst sheet.
    expect(texts).toContain("Godkjent Resultatenhet 3100 [K4 ansvar 3100]");
    expect(texts).toContain("Eva Hansen (økonomisjef)");
    // The unit's A3 is drawn from the budget, its approval line referring to the log.
    const a3 = workbook.requireSheet("Gevinst A3 Enhet 3100");
    expect(a3.get(2, 4)?.formula).toMatch(/^='Gevinst Logg'!\$B\$\d+&""$/);
  }, 60_000);
});
