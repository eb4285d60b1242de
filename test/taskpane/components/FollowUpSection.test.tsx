import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { App } from "../../../src/taskpane/App";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

jest.setTimeout(90_000);

const kr = (n: number) => `${new Intl.NumberFormat("nb-NO").format(n)} kr`;
/** Text with every kind of space as one: Intl writes no-break spaces. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/\s/g, " ");

describe("the tertial follow-up in the pane (spec §14)", () => {
  it("the line manager enters T1 and a prognosis; the finance director sees the avvik and the gap", async () => {
    const user = userEvent.setup();
    // T1 expects 600 000 in 2027, 200 000 per tertial (even); krav 1 000 000.
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 1_000_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(screen.getByRole("tab", { name: "Linjeleder" }));
    await user.click(await screen.findByRole("combobox", { name: "Hvem er du?" }));
    await user.click(screen.getByRole("option", { name: "Kari Nordmann" }));
    const t1 = await screen.findByRole("textbox", {
      name: "Realisert for «Færre nattbesøk» 1. tertial",
    });
    await user.type(t1, "150 000");
    await user.type(screen.getByRole("textbox", { name: /^Prognose for året/ }), "450000");
    await user.type(
      screen.getByRole("textbox", { name: "Forklaring på avviket" }),
      "Oppstarten ble forsinket",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Korrigerende tiltak" }),
      "Flere brukere fra mars",
    );
    await user.click(screen.getByRole("button", { name: "Lagre oppfølgingen" }));
    expect(
      await screen.findByText("Oppfølgingen av «Digitalt tilsyn» er lagret."),
    ).toBeInTheDocument();

    // In the deep-dive sheet, read back as the portfolio.
    const { portfolio } = await readPortfolio(workbook);
    const measure = portfolio.measures[0];
    expect(measure?.benefits[0]?.realisedPeriods).toEqual({ "2027": { T1: 150_000 } });
    expect(measure?.forecast).toEqual({ "2027": 450_000 });
    expect(measure?.deviationNote).toBe("Oppstarten ble forsinket");
    expect(measure?.correctiveAction).toBe("Flere brukere fra mars");

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));
    const list = await screen.findByRole("list", { name: "Tiltakene, avvik først" });
    const item = within(list)
      .getByText(/^T1 Digitalt tilsyn/)
      .closest("li") as HTMLElement;
    // 150 000 of 200 000 to date: 75 % < 80 % → avvik.
    expect(item).toHaveTextContent("Avvik");
    expect(plain(item.textContent)).toContain(plain(`Forventet hittil${kr(200_000)}`));
    expect(plain(item.textContent)).toContain(plain(`Realisert hittil${kr(150_000)}`));
    expect(plain(item.textContent)).toContain(plain(`Prognose for året${kr(450_000)}`));
    expect(item).toHaveTextContent("Forklaring: Oppstarten ble forsinket");
    expect(plain(screen.getByText(/^Gap mot innsparingskravet etter prognosen/).textContent)).toBe(
      plain(`Gap mot innsparingskravet etter prognosen: ${kr(550_000)}.`),
    );
  });
});
