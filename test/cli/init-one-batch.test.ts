/**
 * The command line's init is the app's initGevinst: a hand mapping with units is one read and
 * one write of the workbook, said in the command line's words; `ensureSheets` on a workbook
 * never connected initialises it the same way.
 */
import { initialise, ensureSheets } from "../../src/cli/use-cases";
import { CliError } from "../../src/cli/cli-error";
import { budgetWorkbook } from "../app/sheets/sheets-fixture";

const byHand = {
  headerRow: 1,
  keys: { ansvar: 0, art: 1, funksjon: 2 },
  years: [{ col: 4, year: 2027 }],
};

describe("initialise", () => {
  it("maps by hand, adds the sheets and a unit's A3 in one read and one write", async () => {
    const book = budgetWorkbook();

    const made = await initialise(book, { byHand }, [{ dimension: "funksjon", code: "254" }]);

    expect(book.calls).toEqual({ describe: 1, read: 1, apply: 1 });
    expect(made.description[0]).toBe("Budsjettet:");
    expect(made.description[1]).toBe(
      "  Budsjettet er koblet for hånd på arket «Budsjett», overskrift i rad 1.",
    );
    expect(made.description).toContain("  Beløpene står i hele kroner.");
    expect(made.description.at(-1)).toBe("  6 budsjettlinjer (7 rader).");
    expect(made.a3Lines).toEqual([
      "La til A3 for funksjon 254 på arket «Gevinst A3 Tjeneste 254».",
    ]);
    expect(book.sheet("Gevinst A3 Tjeneste 254")?.cells.get("0,0")?.value).toBe(
      "Tjenesteområde: 254",
    );
  });

  it("refuses, in bokmål, a unit the budget lacks, a bad hand mapping and a missing sheet", async () => {
    const book = budgetWorkbook();

    const unit = initialise(book, {}, [{ dimension: "ansvar", code: "9999" }]);
    const lacking = initialise(book, { byHand: { ...byHand, keys: {} } });
    const sheet = initialise(book, { sheet: "Drift" });

    await expect(unit).rejects.toThrow(
      new CliError("Budsjettet har ingen linje med ansvar 9999. Sjekk koden i --enhet."),
    );
    await expect(lacking).rejects.toThrow(/^Koblingen mangler /);
    await expect(sheet).rejects.toThrow(
      /^Arket «Drift» finnes ikke i arbeidsboka\. Oppgi arket med --sheet NAVN/,
    );
    expect(book.calls.apply).toBe(0);
  });
});

describe("ensureSheets", () => {
  it("initialises a workbook never connected with one write after opening finds no config", async () => {
    const book = budgetWorkbook();

    const setup = await ensureSheets(book, {});

    // openBudget looks for the config and for Gevinst sheets (two describes, nothing to read);
    // then initGevinst, which hands the budget on without opening it again.
    expect(book.calls).toEqual({ describe: 3, read: 1, apply: 1 });
    // The two 4100/10100/265 rows are one line.
    const key = { ansvar: "4100", art: "10100", funksjon: "265" };
    expect(setup.budget?.findLines(key)[0]?.amounts[0]).toBe(5_000_000);
  });
});
