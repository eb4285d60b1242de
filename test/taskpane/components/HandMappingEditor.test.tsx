/** The pane's hand mapping (spec §4): any sheet, headers detection does not know, kept in the config. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { parseConfig } from "../../../src/core/config/config-sheet";
import { CONFIG_SHEET } from "../../../src/core/config/config.types";
import { isGevinstSheet } from "../../../src/core/workbook/workbook-port";
import { App, LANGUAGE_STORAGE_KEY } from "../../../src/taskpane/App";
import { aMemoryStorage, paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

jest.setTimeout(60_000);

const ROWS = [
  ["Drift"],
  ["Kostra art", "Konto (T)", "Ansvarssted", "Tjenestenummer", "Vedtatt"],
  [10100, "Lønn", 120, 37000, "1 635 543"],
  [11200, "Kjøp", 130, 38500, -12000],
];

async function choose(user: ReturnType<typeof userEvent.setup>, field: string, option: string) {
  await user.click(screen.getByRole("combobox", { name: field }));
  const listbox = await screen.findByRole("listbox");
  await user.click(within(listbox).getByRole("option", { name: option }));
}

describe("HandMappingEditor", () => {
  it("maps a sheet whose headers detection does not know and keeps the choice in the config", async () => {
    const user = userEvent.setup();
    const workbook = MemoryWorkbook.fromSeed({ sheets: [{ name: "Ark1", rows: ROWS }] });
    const before = workbook.snapshot((name) => !isGevinstSheet(name));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(await screen.findByRole("button", { name: "Koble for hånd" }));
    const row = await screen.findByRole("spinbutton", { name: "Overskriftsrad (radnummer)" });
    await user.clear(row);
    await user.type(row, "2");
    const year = screen.getByRole("spinbutton", { name: "Budsjettår" });
    await user.clear(year);
    await user.type(year, "2013");
    await choose(user, "Art", "A: Kostra art");
    await choose(user, "Ansvar", "C: Ansvarssted");
    await choose(user, "Funksjon", "D: Tjenestenummer");
    await choose(user, "Beløp 2013", "E: Vedtatt");

    expect(await screen.findByText("2 budsjettlinjer leses.")).toBeInTheDocument();
    expect(
      screen.getByText("Videreført fra budsjettåret (ingen egen kolonne): 2014, 2015, 2016."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bekreft" }));

    expect(await screen.findByText(/Koblingen er lagret/)).toBeInTheDocument();
    const grid = (await workbook.readSheets([CONFIG_SHEET]))[0];
    const mapping = parseConfig(grid?.values ?? []).config.budgetMapping;
    expect(mapping?.budgetYear).toBe(2013);
    expect(mapping?.sources[0]).toMatchObject({
      sheet: "Ark1",
      headerRow: 1,
      keyColumns: { art: 0, ansvar: 2, funksjon: 3 },
      planColumns: [4, 4, 4, 4],
      manual: {
        headers: { "0": "Kostra art", "2": "Ansvarssted", "3": "Tjenestenummer", "4": "Vedtatt" },
      },
    });
    expect(workbook.snapshot((name) => !isGevinstSheet(name))).toEqual(before);
  });

  it("says what is missing while the choice gives no budget", async () => {
    const user = userEvent.setup();
    const workbook = MemoryWorkbook.fromSeed({ sheets: [{ name: "Ark1", rows: ROWS }] });
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);

    await user.click(await screen.findByRole("button", { name: "Koble for hånd" }));

    expect(
      await screen.findByText(/^Velg kolonnen med beløpene for budsjettåret/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bekreft" })).toBeDisabled();
  });

  it("says what is missing in the pane's language (nynorsk), in the order the user fills it in", async () => {
    const user = userEvent.setup();
    const workbook = MemoryWorkbook.fromSeed({ sheets: [{ name: "Ark1", rows: ROWS }] });
    const storage = aMemoryStorage({ [LANGUAGE_STORAGE_KEY]: "nn" });
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook, storage)} />);

    await user.click(await screen.findByRole("button", { name: "Kople for hand" }));
    const status = () => screen.getAllByRole("status").map((s) => s.textContent);
    expect(
      await screen.findByText(
        `Vel kolonnen med beløpa for budsjettåret ${new Date().getFullYear() + 1}.`,
      ),
    ).toBeInTheDocument();
    const row = screen.getByRole("spinbutton", { name: "Overskriftsrad (radnummer)" });
    await user.clear(row);
    await user.type(row, "2");
    const year = screen.getByRole("spinbutton", { name: "Budsjettår" });
    await user.clear(year);
    await user.type(year, "2013");
    await choose(user, "Beløp 2013", "E: Vedtatt");
    expect(status()).toContain(
      "Vel minst éin nøkkelkolonne: ansvar, art, funksjon eller prosjekt.",
    );
    // One key column will do (spec §13: a rammebudsjett by art); a second makes finer lines.
    await choose(user, "Art", "A: Kostra art");
    expect(await screen.findByText(/budsjettliner vert lesne/)).toBeInTheDocument();
    await choose(user, "Ansvar", "C: Ansvarssted");
    expect(await screen.findByText("2 budsjettliner vert lesne.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Stadfest" })).toBeEnabled();
  });
});
