import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { MeasureForm } from "../../../src/taskpane/components/MeasureForm";
import type { PortfolioEdit } from "../../../src/taskpane/hooks/usePortfolioEdit";
import { aPortfolio } from "../support/gevinst-workbook";
import { renderWithFluent } from "../support/render-with-fluent";

function anEditor(): PortfolioEdit & { edit: jest.Mock } {
  return {
    action: { running: null, outcome: null, outcomeKey: null, run: jest.fn(), dismiss: jest.fn() },
    edit: jest.fn(),
  };
}

/** The portfolio as the sheets hold it when the edit runs: one deep-dive with its line manager. */
function withOneDeepDive(): Portfolio {
  const portfolio = aPortfolio(100_000, "vedtatt", 0);
  return {
    ...portfolio,
    deepDives: [{ id: "DD7", name: "Hjemmetjenester", owner: "Kari Nordmann" }],
    measures: [],
  };
}

describe("MeasureForm", () => {
  it("puts the measure in the deep-dive just added, even before the dropdown has seen it", async () => {
    const user = userEvent.setup();
    const editor = anEditor();
    // The pane has not re-read the sheets yet: no deep-dives in the props.
    renderWithFluent(<MeasureForm deepDives={[]} editor={editor} />);

    await user.type(screen.getByRole("textbox", { name: "Navn på tiltak" }), "Digitalt tilsyn");
    await user.click(screen.getByRole("button", { name: "Legg til tiltak" }));
    const change = editor.edit.mock.calls[0]?.[1] as (p: Portfolio) => Portfolio;
    const edited = change(withOneDeepDive());

    expect(edited.measures).toHaveLength(1);
    expect(edited.measures[0]).toMatchObject({ deepDive: "DD7", owner: "Kari Nordmann" });
  });
});
