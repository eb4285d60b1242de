import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { WHO_STORAGE_KEY } from "../../../src/taskpane/hooks/useLineManager";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { aMemoryStorage, paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

describe("LineManagerView", () => {
  it("asks who you are once and remembers it on this computer", async () => {
    const user = userEvent.setup();
    const storage = aMemoryStorage();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 0));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook, storage)} />);
    await user.click(screen.getByRole("tab", { name: "Linjeleder" }));

    await user.click(await screen.findByRole("combobox", { name: "Hvem er du?" }));
    await user.click(screen.getByRole("option", { name: "Kari Nordmann" }));

    expect(await screen.findByRole("heading", { name: "Mine ark" })).toBeInTheDocument();
    expect(screen.getByText("Hjemmetjenester")).toBeInTheDocument();
    expect(storage.getItem(WHO_STORAGE_KEY)).toBe("Kari Nordmann");
  });

  it("lists what is missing and jumps to the cell of an issue", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 0));
    workbook.typeCell("Gevinst DD Hjemmetjenester", "A33", "T1"); // unchanged id: still one measure
    const storage = aMemoryStorage({ [WHO_STORAGE_KEY]: "Kari Nordmann" });
    const services = paneServicesFor(workbook, storage);
    const apply = jest.spyOn(workbook, "apply");
    renderWithFluent(<App host={{ kind: "demo" }} services={services} />);
    await user.click(screen.getByRole("tab", { name: "Linjeleder" }));

    await user.click(
      await screen.findByRole("button", { name: "Gå til arket Gevinst DD Hjemmetjenester" }),
    );

    expect(apply).toHaveBeenCalledWith([{ kind: "activate", sheet: "Gevinst DD Hjemmetjenester" }]);
    expect(screen.getByText(/ting mangler eller må rettes|Ingenting mangler/)).toBeInTheDocument();
  });

  it("lists only the measures and benefits of my deep-dives or that I own, each to edit", async () => {
    const user = userEvent.setup();
    const portfolio = aPortfolio(600_000, "vedtatt", 0);
    const [mine] = portfolio.measures;
    if (!mine) throw new Error("aPortfolio has a measure");
    // Per's deep-dive, with one measure Per owns and one Kari owns.
    portfolio.deepDives.push({ id: "DD2", name: "Sykehjem", owner: "Per Hansen" });
    portfolio.measures.push(
      { ...mine, id: "T2", name: "Vikarpool", deepDive: "DD2", owner: "Per Hansen", benefits: [] },
      { ...mine, id: "T3", name: "Turnus", deepDive: "DD2", owner: "Kari Nordmann", benefits: [] },
    );
    const workbook = await aWorkbookWithPortfolio(portfolio);
    const storage = aMemoryStorage({ [WHO_STORAGE_KEY]: "Kari Nordmann" });
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook, storage)} />);
    await user.click(screen.getByRole("tab", { name: "Linjeleder" }));

    expect(await screen.findByRole("button", { name: "Endre «Digitalt tilsyn»" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Endre «Turnus»" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Endre «Færre nattbesøk»" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Endre «Vikarpool»" })).toBeNull();
  });
});
