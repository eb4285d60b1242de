import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BudgetLine } from "../../../src/core/budget/budget.types";
import type { Measure } from "../../../src/core/model/portfolio.types";
import { LinkEditor } from "../../../src/taskpane/components/LinkEditor";
import type { PortfolioEdit } from "../../../src/taskpane/hooks/usePortfolioEdit";
import { aPortfolio } from "../support/gevinst-workbook";
import { renderWithFluent } from "../support/render-with-fluent";

function aLine(
  ansvar: string,
  ansvarName: string,
  art: string,
  artName: string,
  row: number,
): BudgetLine {
  return {
    key: { ansvar, art, funksjon: "254", prosjekt: "" },
    names: { ansvar: ansvarName, art: artName, funksjon: "Hjemmetjenester" },
    amounts: [1_000_000, 1_000_000, 1_000_000, 1_000_000],
    source: 0,
    row,
  };
}

const LINES = [
  aLine("3100", "Hjemmetjenesten", "10100", "Fastlønn", 5),
  aLine("3100", "Hjemmetjenesten", "10200", "Lønn til vikarer", 6),
  aLine("3200", "Sykehjemmet", "10100", "Fastlønn", 7),
];

function anEditor(): PortfolioEdit & { edit: jest.Mock } {
  return {
    action: { running: null, outcome: null, outcomeKey: null, run: jest.fn(), dismiss: jest.fn() },
    edit: jest.fn(),
  };
}

function measuresWithoutLinks(): Measure[] {
  const [measure] = aPortfolio(100_000, "vedtatt", 0).measures;
  if (!measure) throw new Error("no measure");
  return [{ ...measure, benefits: measure.benefits.map((b) => ({ ...b, links: [] })) }];
}

describe("LinkEditor", () => {
  it("finds budget lines by code and name together", async () => {
    const user = userEvent.setup();
    renderWithFluent(
      <LinkEditor measures={measuresWithoutLinks()} lines={LINES} editor={anEditor()} />,
    );

    await user.type(screen.getByRole("searchbox"), "3100 vikar");

    expect(screen.getAllByRole("button", { name: /^Velg / })).toHaveLength(1);
    expect(
      screen.getByRole("button", { name: /^Velg 3100 Hjemmetjenesten 10200/ }),
    ).toBeInTheDocument();
  });

  it("saves only when the shares add up to 100 %", async () => {
    const user = userEvent.setup();
    const editor = anEditor();
    renderWithFluent(
      <LinkEditor measures={measuresWithoutLinks()} lines={LINES} editor={editor} />,
    );
    const search = screen.getByRole("searchbox");
    await user.type(search, "fastlønn 3100");
    await user.click(screen.getByRole("button", { name: /^Velg 3100/ }));
    await user.type(search, "sykehjem");
    await user.click(screen.getByRole("button", { name: /^Velg 3200/ }));
    const save = screen.getByRole("button", { name: "Lagre koblinger" });
    // The first line takes 100 %, the second 0 %: not a valid split yet.
    expect(save).toBeDisabled();

    const shares = screen.getAllByRole("textbox", { name: /^Andel i prosent/ });
    await user.clear(shares[0]!);
    await user.type(shares[0]!, "60");
    await user.clear(shares[1]!);
    await user.type(shares[1]!, "30");
    expect(save).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent("Sum andeler: 90 %");
    await user.clear(shares[1]!);
    await user.type(shares[1]!, "40");
    await user.click(save);

    expect(editor.edit).toHaveBeenCalledTimes(1);
    const [key, change] = editor.edit.mock.calls[0] as [
      string,
      (p: ReturnType<typeof aPortfolio>) => ReturnType<typeof aPortfolio>,
    ];
    expect(key).toBe("links");
    const edited = change({
      ...aPortfolio(100_000, "vedtatt", 0),
      measures: measuresWithoutLinks(),
    });
    expect(edited.measures[0]?.benefits[0]?.links).toEqual([
      { ansvar: "3100", art: "10100", funksjon: "254", share: 0.6 },
      { ansvar: "3200", art: "10100", funksjon: "254", share: 0.4 },
    ]);
  });
});
