/**
 * A Bergen-shaped økonomiplan as an .xlsx (avdeling, tjomr, tjeneste, endrgr, bare year headers)
 * and a portfolio file with rammeområder on it, for the command-line tests of «Gevinst Rammer».
 */
import ExcelJS from "exceljs";

/** Bergen's økonomiplan layout (avdeling, tjomr, tjeneste, endrgr, bare year headers), 2027–2030. */
export function bergenBudget(first = 2027): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Datagrunnlag");
  sheet.addRow([
    "avdeling",
    "avdeling-tekst",
    "tjomr",
    "tjomr-tekst",
    "tjeneste",
    "tjeneste-tekst",
    "endrgr",
    "endrgr-tekst",
    first,
    first + 1,
    first + 2,
    first + 3,
  ]);
  const rows: (string | number)[][] = [
    [
      2,
      "Finans",
      16,
      "Administrasjon",
      12000,
      "Administrasjon",
      "N00",
      "Vedtatt",
      1_000_000,
      1_000_000,
      1_000_000,
      1_000_000,
    ],
    [
      2,
      "Finans",
      16,
      "Administrasjon",
      12000,
      "Administrasjon",
      "N11",
      "Effektivisering",
      -50_000,
      -80_000,
      -100_000,
      -100_000,
    ],
    [
      4,
      "Helse",
      "02",
      "Barnevern",
      25100,
      "Barnevern tiltak",
      "N00",
      "Vedtatt",
      5_000_000,
      5_000_000,
      5_000_000,
      5_000_000,
    ],
    [
      4,
      "Helse",
      "17A",
      "Sykehjem",
      25300,
      "Sykehjem drift",
      "N00",
      "Vedtatt",
      9_000_000,
      9_100_000,
      9_200_000,
      9_300_000,
    ],
    [
      4,
      "Helse",
      "17A",
      "Sykehjem",
      25400,
      "Sykehjem mat",
      "N00",
      "Vedtatt",
      400_000,
      400_000,
      400_000,
      400_000,
    ],
  ];
  for (const row of rows) sheet.addRow(row);
  return workbook;
}

/** One measure on Bergen's lines, two listed areas with targets, the kommune's target above them. */
export function bergenPortfolio(): Record<string, unknown> {
  const years = ["2027", "2028", "2029", "2030"];
  return {
    format: "gevinst-portefolje",
    version: 3,
    organisation: "Bergen kommune",
    budgetYear: 2027,
    savingsTarget: { "2027": 300_000, "2028": 300_000, "2029": 400_000, "2030": 400_000 },
    areaDimension: "tjenesteomrade",
    areas: [
      { id: "02", name: "Barnevern", savingsTarget: { "2027": 100_000, "2028": 120_000 } },
      { id: "16", name: "Administrasjon", savingsTarget: { "2027": 50_000, "2029": 60_000 } },
    ],
    deepDives: [{ id: "DD1", name: "Administrasjon", owner: "Kari" }],
    measures: [
      {
        id: "T1",
        name: "Digital saksbehandling",
        deepDive: "DD1",
        owner: "Kari",
        status: "vedtatt",
        costs: { oneTime: { "2027": 50_000 }, running: {} },
        costLink: { ansvar: "4", art: "", funksjon: "25300", tjenesteomrade: "17A" },
        benefits: [
          {
            id: "T1-G1",
            name: "Mindre tid",
            type: "kostnad",
            annual: 100_000,
            phaseIn: Object.fromEntries(years.map((y) => [y, 1])),
            confidence: 1,
            budgetEffect: "uttak",
            withdrawalShare: 1,
            links: [
              { ansvar: "2", art: "", funksjon: "12000", tjenesteomrade: "16", share: 0.75 },
              { ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02", share: 0.25 },
            ],
          },
        ],
      },
    ],
  };
}
