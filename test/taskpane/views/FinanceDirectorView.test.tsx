import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

const kr = (n: number) => `${new Intl.NumberFormat("nb-NO").format(n)} kr`;

// Several writes and re-reads per test: slow on a busy two-core runner.
jest.setTimeout(30_000);

describe("FinanceDirectorView", () => {
  it("shows a counted measure's totals and the gap to the savings requirement", async () => {
    const user = userEvent.setup();
    // 600 000 kr/year, confidence 1, full effect from 2027, uttak 100 %, no cost; requirement 1 000 000.
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 1_000_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    const totals = await screen.findByRole("table", {
      name: "Summer per planår (tiltak som telles)",
    });
    const brutto = within(totals).getByRole("row", { name: /^Brutto/ });
    expect(
      within(brutto)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([kr(600_000), kr(600_000), kr(600_000), kr(600_000)]);
    const balance = screen.getByRole("table", { name: "Balanse mot innsparingskravet" });
    // gap = 1 000 000 − 600 000 = 400 000 each year.
    const row2027 = within(balance).getByRole("row", { name: /^2027/ });
    expect(
      within(row2027)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([kr(1_000_000), kr(600_000), kr(400_000)]);
    expect(screen.getByRole("img", { name: /Netto budsjettvirkning/ })).toBeInTheDocument();
  });

  it("counts nothing while the only measure is still proposed, names it in the proposal and takes it", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "foreslatt", 1_000_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    const totals = await screen.findByRole("table", {
      name: "Summer per planår (tiltak som telles)",
    });
    const netto = within(totals).getByRole("row", { name: /^Netto/ });
    expect(
      within(netto)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([kr(0), kr(0), kr(0), kr(0)]);
    // Nothing counted: the checklist is not green about measures or balance, and approval waits.
    expect(readinessState("measures")).toBe("missing");
    expect(readinessState("balance")).toBe("missing");
    expect(screen.getByText("Kan ikke godkjennes før dette er klart:")).toBeInTheDocument();

    await user.click(
      screen.getByRole("button", { name: "Ta med «Digitalt tilsyn» (status prioritert)" }),
    );
    expect(
      await screen.findByText("«Digitalt tilsyn» er prioritert og telles nå med."),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(
          within(
            screen.getByRole("table", { name: "Summer per planår (tiltak som telles)" }),
          ).getByRole("row", { name: /^Brutto/ }),
        ).getAllByRole("cell")[0]?.textContent,
      ).toBe(kr(600_000)),
    );
  });

  it("is never green without an innsparingskrav, and then does not call the gap closed", async () => {
    const user = userEvent.setup();
    const portfolio = aPortfolio(600_000, "vedtatt", 0);
    portfolio.savingsTarget = {};
    const workbook = await aWorkbookWithPortfolio(portfolio);
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);
    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    await screen.findByRole("table", { name: "Summer per planår (tiltak som telles)" });
    expect(readinessState("target")).toBe("missing");
    expect(readinessState("balance")).toBe("missing");
    expect(readinessState("measures")).toBe("ok");
    expect(readinessState("baseline")).toBe("none");
    expect(
      screen.getByText("Innsparingskravet er ikke satt, så gapet kan ikke vurderes ennå."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Gapet er lukket/)).toBeNull();
    await user.type(screen.getByRole("textbox", { name: "Navnet ditt" }), "Ola");
    expect(screen.getByRole("button", { name: "Godkjent" })).toBeDisabled();
  });

  it("writes «Godkjent» with the approver's name to the log sheet and shows it afterwards", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 500_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);
    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    expect(await screen.findByText("Budsjettforslaget er ikke godkjent ennå.")).toBeInTheDocument();
    await user.type(await screen.findByRole("textbox", { name: "Navnet ditt" }), "Ola Økonom");
    await user.click(screen.getByRole("button", { name: "Godkjent" }));

    expect(
      await screen.findByText(/Godkjent av Ola Økonom .*Skrevet i loggen/),
    ).toBeInTheDocument();
    const log = workbook.snapshot((name) => name === "Gevinst Logg")["Gevinst Logg"] ?? {};
    const texts = Object.values(log).map((c) => c.value);
    expect(texts).toContain("Ola Økonom");
    expect(texts).toContain("Godkjent budsjettforslag 2027");
    // Read back from the log: who, when and which budget year, after the outcome bar is gone.
    const shown = await screen.findByText(/^Godkjent av Ola Økonom .*\(budsjettår 2027\)\.$/);
    expect(shown).toHaveAttribute("data-approval", "approved");
    // The approval plans the whole workbook (the A3s too): generous on a busy CI machine.
  }, 30_000);
});

function readinessState(key: string): string | null {
  return document.querySelector(`[data-readiness="${key}"]`)?.getAttribute("data-state") ?? null;
}
