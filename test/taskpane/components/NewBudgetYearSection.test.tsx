import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { writePortfolioJson } from "../../../src/core/portfolio-json";
import { App } from "../../../src/taskpane/App";
import { aConnectedWorkbook, aPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

jest.setTimeout(30_000);

/** Last year's portfolio (2026–2029) as the file downloaded from last year's workbook. */
function lastYearsFile(): File {
  const portfolio = aPortfolio(600_000, "vedtatt", 500_000);
  portfolio.budgetYear = 2026;
  portfolio.savingsTarget = { "2026": 400_000, "2027": 500_000, "2028": 500_000, "2029": 500_000 };
  portfolio.measures[0]!.benefits[0]!.realised = { "2026": 450_000 };
  const text = writePortfolioJson(portfolio);
  const file = new File([text], "gevinst-portefolje-2026.json", { type: "application/json" });
  // jsdom's File has no text(); the pane calls it as a browser has it.
  Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  return file;
}

describe("«Nytt budsjettår» in the budget officer's view", () => {
  it("moves last year's portfolio file onto the connected budget and says what needs a decision", async () => {
    const user = userEvent.setup();
    const { workbook } = await aConnectedWorkbook();
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);
    await user.click(screen.getByRole("tab", { name: "Budsjettansvarlig" }));

    await user.upload(
      await screen.findByLabelText("Velg fjorårets porteføljefil"),
      lastYearsFile(),
    );

    expect(
      await screen.findByText(
        "Porteføljen er flyttet fra budsjettår 2026 til 2027 (økonomiplan 2027–2030).",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Innsparingskravet for 2030 mangler/)).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).toContain("Gevinst Historikk");
  });
});
