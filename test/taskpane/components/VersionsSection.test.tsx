import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { App } from "../../../src/taskpane/App";
import { aPortfolio, aWorkbookWithPortfolio, NOW } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

// Two versions, an import between them and the finance view: several writes and re-reads.
jest.setTimeout(90_000);

const kr = (n: number) => `${new Intl.NumberFormat("nb-NO").format(n)} kr`;

function readText(blob: Blob): Promise<string> {
  // jsdom's Blob has no text(); its FileReader reads it.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("versions and the budget changes in the pane (spec §15)", () => {
  const created: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  beforeAll(() => {
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:changes";
    };
    URL.revokeObjectURL = () => undefined;
  });
  afterAll(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it("freezes the proposal, then the adopted budget, and shows the finance director what changed", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 1_000_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(await screen.findByRole("button", { name: "Frys versjonen" }));
    expect(
      await screen.findByText("«Forslag 2027» er frosset som V1 i «Gevinst Versjoner»."),
    ).toBeInTheDocument();

    // The council halves the measure: 300 000 a year instead of 600 000.
    await act(() =>
      importPortfolio(workbook, aPortfolio(300_000, "vedtatt", 1_000_000), {
        now: NOW,
        user: "Test",
      }),
    );
    await user.click(screen.getByRole("combobox", { name: "Versjon" }));
    await user.click(screen.getByRole("option", { name: "Vedtatt" }));
    await user.click(screen.getByRole("button", { name: "Frys versjonen" }));
    expect(
      await screen.findByText("«Vedtatt 2027» er frosset som V2 i «Gevinst Versjoner»."),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Last ned budsjettendringene (.csv)" }));
    expect(await screen.findByText("4 endringslinjer er lastet ned.")).toBeInTheDocument();
    const csv = await readText(created[0] as Blob);
    // One line 3100/10100/254, four plan years, 300 000 taken out each (budget sign: −).
    expect(csv.split("\r\n").filter((l) => l.includes("3100"))).toHaveLength(4);

    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));
    const list = await screen.findByRole("list", { name: "Hva politikken endret" });
    const item = within(list).getByText(/^T1 Digitalt tilsyn: endret/);
    for (const year of ["2027", "2028", "2029", "2030"])
      expect(item.textContent).toContain(`netto ${year}: ${kr(600_000)} → ${kr(300_000)}`);
    const gap = screen.getByRole("table", { name: "Gap per planår, fra og til" });
    await waitFor(() =>
      expect(
        within(within(gap).getByRole("row", { name: /^2027/ }))
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ).toEqual([kr(400_000), kr(700_000)]),
    );
  });
});
