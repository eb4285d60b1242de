/**
 * A small budget workbook and a hand-made portfolio for the Gevinst-sheet flows.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { BudgetMapping } from "../../../src/core/budget/budget.types";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { toA1 } from "../../../src/core/workbook/address";
import {
  aBenefit,
  aDeepDive,
  aLink,
  aMeasure,
  aPortfolio,
  anIndicator,
} from "../../support/builders";

export const NOW = new Date("2026-09-01T10:00:00Z");
export const USER = "Økonomisjef Ola";

/** Budget: header row 0, seven lines; codes as text and as numbers, one income line. */
export function budgetWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSeed({
    sheets: [
      {
        name: "Budsjett",
        rows: [
          [
            "Ansvar",
            "Art",
            "Funksjon",
            "Regnskap 2025",
            "Budsjett 2027",
            "ØP 2028",
            "ØP 2029",
            "ØP 2030",
          ],
          ["3100", "10300", "254", 1, 5_000_000, 5_100_000, 5_200_000, 5_300_000],
          [3100, 11500, 254, 1, 800_000, 800_000, 800_000, 800_000],
          ["1300", "12400", "120", 1, 400_000, 400_000, 400_000, 400_000],
          ["2100", "16000", "201", 1, -1_200_000, -1_250_000, -1_300_000, -1_350_000],
          ["2100", "10100", "201", 1, 9_000_000, 9_000_000, 9_000_000, 9_000_000],
          ["4100", "10100", "265", 1, 2_000_000, 2_000_000, 2_000_000, 2_000_000],
          ["4100", "10100", "265", 1, 3_000_000, 3_000_000, 3_000_000, 3_000_000],
        ],
      },
      { name: "Notater", rows: [["Ikke rør meg"]] },
    ],
  });
}

export const MAPPING: BudgetMapping = {
  budgetYear: 2027,
  sources: [
    {
      sheet: "Budsjett",
      headerRow: 0,
      firstRow: 1,
      lastRow: 7,
      keyColumns: { ansvar: 0, art: 1, funksjon: 2 },
      nameColumns: {},
      planColumns: [4, 5, 6, 7],
      yearColumns: [],
      unit: 1,
    },
  ],
};

/**
 * Two deep-dives (one with a name Excel cannot take as a sheet name), four measures:
 * - T1 prioritert: kostnad 800 000 kr, innfasing 50 % / 100 %, konfidens 0.8, uttak on one line;
 *   costs 300 000 once + 50 000 running in 2027, cost link to 1300/12400/120.
 * - T2 vedtatt: tid 2 000 hours × 600 kr, omdisponering (freed hours), default innfasing.
 * - T3 foreslatt: inntekt 200 000, uttak split 60/40 over an income and an expense line.
 * - T4 avbrutt: kostnad 1 000 000 (ignored everywhere).
 */
export function handMadePortfolio(): Portfolio {
  return aPortfolio({
    savingsTarget: { "2027": 500_000, "2028": 900_000, "2029": 1_000_000, "2030": 1_000_000 },
    deepDives: [
      aDeepDive({
        id: "DD1",
        name: "Hjemmetjenesten",
        owner: "Kari Nordmann",
        currentSituation: "Mange besøk",
        desiredSituation: "=Færre besøk",
        gap: "120 besøk per uke",
      }),
      aDeepDive({ id: "DD2", name: "Barnehage: bemanning/vikar", owner: "Per Hansen" }),
    ],
    measures: [
      aMeasure({
        id: "T1",
        deepDive: "DD1",
        costs: { oneTime: { "2027": 300_000 }, running: { "2027": 50_000, "2028": 50_000 } },
        costLink: { ansvar: "1300", art: "12400", funksjon: "120" },
        benefits: [
          aBenefit({
            id: "T1-G1",
            annual: 800_000,
            phaseIn: { "2027": 0.5, "2028": 1, "2029": 1, "2030": 1 },
            confidence: 0.8,
            owner: "Sone nord",
            links: [aLink({ ansvar: "3100", art: "10300", funksjon: "254", share: 1 })],
            indicators: [anIndicator({ measurements: [{ date: "2027-06-30", value: 380 }] })],
          }),
        ],
      }),
      aMeasure({
        id: "T2",
        deepDive: "DD1",
        status: "vedtatt",
        owner: "Kari Nordmann",
        benefits: [
          aBenefit({
            id: "T2-G1",
            name: "Spart tid",
            type: "tid",
            annual: 2_000,
            budgetEffect: "omdisponering",
            links: [],
            confidence: 0.9,
          }),
        ],
      }),
      aMeasure({
        id: "T3",
        deepDive: "DD2",
        status: "foreslatt",
        benefits: [
          aBenefit({
            id: "T3-G1",
            type: "inntekt",
            annual: 200_000,
            withdrawalShare: 0.5,
            links: [
              aLink({ ansvar: "2100", art: "16000", funksjon: "201", share: 0.6 }),
              aLink({ ansvar: "2100", art: "10100", funksjon: "201", share: 0.4 }),
            ],
          }),
        ],
      }),
      aMeasure({
        id: "T4",
        deepDive: "DD2",
        status: "avbrutt",
        benefits: [aBenefit({ id: "T4-G1", annual: 1_000_000 })],
      }),
    ],
  });
}

/** The A1 address of `header`'s cell in the first row that holds `id` (in any column). */
export function findCell(
  workbook: MemoryWorkbook,
  sheetName: string,
  id: string,
  header: string,
): string {
  const sheet = workbook.requireSheet(sheetName);
  let row = -1;
  let col = -1;
  let headerRow = -1;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c < 3 && cell.value === id && (row < 0 || r < row)) row = r;
  }
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (cell.value === header && r < row && r > headerRow) {
      headerRow = r;
      col = c;
    }
  }
  return toA1({ row, col });
}
