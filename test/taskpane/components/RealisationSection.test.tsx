import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { buildReport } from "../../../src/core/report";
import {
  realisationGroups,
  realisationRows,
} from "../../../src/taskpane/hooks/realisation-summary";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";
import { messageText } from "../../../src/app/messages";

const kr = (n: number) => `${new Intl.NumberFormat("nb-NO").format(n)} kr`;

/** T1 (DD1) expects 600 000 a year and realised 590 000 (i rute) in 2027, 300 000 (avvik) in 2028; T2 (no deep-dive) 420 000 of 500 000 in 2027 (følg med). */
function followedUp() {
  const portfolio = aPortfolio(600_000, "vedtatt", 1_000_000);
  const t1 = portfolio.measures[0]!;
  t1.benefits[0]!.realised = { "2027": 590_000, "2028": 300_000 };
  portfolio.measures.push({
    ...t1,
    id: "T2",
    name: "Ny turnus",
    deepDive: undefined,
    benefits: [{ ...t1.benefits[0]!, id: "T2-G1", annual: 500_000, realised: { "2027": 420_000 } }],
  });
  return portfolio;
}

describe("the finance director's follow-up (spec §12)", () => {
  it("lists measure-years with the avvik first, and sums per deep-dive and for the kommune", () => {
    const portfolio = followedUp();
    const report = buildReport(portfolio, { text: messageText });

    const rows = realisationRows(report, portfolio);
    const groups = realisationGroups(rows, portfolio);

    expect(rows.map((r) => `${r.measure} ${r.year} ${r.status} ${r.deviation}`)).toEqual([
      "T1 2028 avvik -300000",
      "T2 2027 folg_med -80000",
      "T1 2027 i_rute -10000",
    ]);
    // DD1: 890 000 of 1 200 000 (avvik); no deep-dive: 420 000 of 500 000; kommune −390 000
    expect(groups.map((g) => [g.key, g.realised, g.deviation, g.status])).toEqual([
      ["DD1", 890_000, -310_000, "avvik"],
      ["", 420_000, -80_000, "folg_med"],
      ["*", 1_310_000, -390_000, "avvik"],
    ]);
  });

  it("shows them in the Økonomisjef view", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(followedUp());
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));

    const byMeasure = await screen.findByRole("table", {
      name: "Realisert per tiltak og år, avvik først",
    });
    const first = within(byMeasure).getAllByRole("row")[1]!;
    expect(first.textContent).toContain("T1 Digitalt tilsyn (2028)");
    expect(first.textContent).toContain(kr(300_000));
    expect(first.textContent).toContain("Avvik");
    const byArea = screen.getByRole("table", { name: "Realisert per dypdykk og for kommunen" });
    const kommune = within(byArea).getByRole("row", { name: /^Kommunen/ });
    expect(kommune.textContent).toContain(kr(1_310_000));
  });
});
