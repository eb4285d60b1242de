import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { App } from "../../../src/taskpane/App";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

jest.setTimeout(90_000);

const kr = (n: number) => `${new Intl.NumberFormat("nb-NO").format(n)} kr`;

describe("rammeområder in the pane (spec §13)", () => {
  it("sets an area's krav, keeps it in the workbook, and shows the finance director its gap", async () => {
    const user = userEvent.setup();
    // T1 takes 600 000 a year off 3100/10100/254; the sample budget has no tjenesteområde, so
    // the budget is grouped by funksjon.
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 1_000_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    const grouping = await screen.findByRole("combobox", {
      name: "Del budsjettet i rammeområder etter",
    });
    expect(grouping).toHaveTextContent("Funksjon");
    await user.click(screen.getByRole("combobox", { name: "Rammeområde" }));
    await user.click(
      screen.getByRole("option", { name: "254 Helse og omsorgstjenester i hjemmet" }),
    );
    const name = screen.getByRole("textbox", { name: "Navn på rammeområdet" });
    await user.clear(name);
    await user.type(name, "Hjemmetjenester");
    await user.type(
      screen.getByRole("textbox", { name: "Innsparingskrav for Hjemmetjenester per planår 2027" }),
      "800 000",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Innsparingskrav for Hjemmetjenester per planår 2028" }),
      "500000",
    );
    await user.click(screen.getByRole("button", { name: "Lagre kravet for rammeområdet" }));
    expect(await screen.findByText("Kravet for «Hjemmetjenester» er lagret.")).toBeInTheDocument();

    // In the workbook (the «Gevinst Rammer» sheet), not only in the pane.
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.areaDimension).toBe("funksjon");
    expect(portfolio.areas).toEqual([
      { id: "254", name: "Hjemmetjenester", savingsTarget: { "2027": 800_000, "2028": 500_000 } },
    ]);
    // With a krav set, the grouping cannot change under it.
    await waitFor(() =>
      expect(
        screen.getByRole("combobox", { name: "Del budsjettet i rammeområder etter" }),
      ).toBeDisabled(),
    );

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));
    const table = await screen.findByRole("table", {
      name: "Rammeområder 2027: krav, netto og hva som mangler",
    });
    const row = within(table).getByRole("row", { name: /^Hjemmetjenester/ });
    // 2027: krav 800 000, netto 600 000, 200 000 missing.
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([kr(800_000), kr(600_000), kr(200_000)]);
    await user.click(screen.getByRole("tab", { name: "2028" }));
    const row2028 = within(
      await screen.findByRole("table", {
        name: "Rammeområder 2028: krav, netto og hva som mangler",
      }),
    ).getByRole("row", { name: /^Hjemmetjenester/ });
    expect(within(row2028).getAllByRole("cell").at(-1)?.textContent).toBe("I balanse");
  });
});
