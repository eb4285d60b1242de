import { activitiesFrom } from "../../../src/app/annual-cycle";
import type { SheetGrid } from "../../../src/core/workbook/workbook-port";

describe("activitiesFrom (the Årshjul sheet read by its headings)", () => {
  it("finds the columns by heading, also when the user has inserted a column", () => {
    const grid: SheetGrid = {
      name: "Gevinst Årshjul",
      origin: { row: 0, col: 0 },
      values: [
        ["Årshjul", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null],
        [
          "Kvartal",
          "Merknad",
          "Aktivitet",
          "Hvorfor",
          "Hvem gjør hva",
          "Dokumenter",
          "Status",
          "Dato",
        ],
        ["K3", "egen", "Velge tiltak", "fordi", "Alle", "A3", "pågår", null],
        ["ikke et kvartal", null, "x", null, null, null, null, null],
      ],
    };
    expect(activitiesFrom(grid)).toEqual([
      {
        quarter: 3,
        what: "Velge tiltak",
        who: "Alle",
        documents: "A3",
        status: "pågår",
        cell: "G4",
      },
    ]);
  });

  it("reads nothing without a heading row", () => {
    expect(
      activitiesFrom({ name: "x", origin: { row: 0, col: 0 }, values: [["K1", "a"]] }),
    ).toEqual([]);
  });
});
