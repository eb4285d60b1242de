import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
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
});
