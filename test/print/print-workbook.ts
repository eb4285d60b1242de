/**
 * The workbook the print checks render: the hand-made portfolio of the sheet tests, with the
 * kommune's texts and long deep-dive texts, in an .xlsx file as `gevinst import` writes it.
 */
import { createXlsx, saveXlsx } from "../../src/adapters/xlsx";
import { importPortfolio } from "../../src/app/import-portfolio";
import { approveA3 } from "../../src/app/record-approval";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { SHEET_OVERVIEW } from "../../src/core/sheets/shared/sheet-names";
import { OVERVIEW_FIELDS_FIRST_ROW } from "../../src/core/sheets/overview/render-overview";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import {
  MAPPING,
  NOW,
  USER,
  budgetWorkbook,
  handMadePortfolio,
} from "../app/sheets/sheets-fixture";

const LONG =
  "Flere brukere med sammensatte behov og færre ansatte per bruker. Tjenestene er organisert etter " +
  "budsjettlinjer, ikke etter brukerens vei gjennom tjenestene, og ventetiden øker. ";

export function printPortfolio(): Portfolio {
  const portfolio = handMadePortfolio();
  portfolio.organisation = "Eksempel kommune";
  for (const deepDive of portfolio.deepDives) {
    deepDive.currentSituation = LONG + LONG;
    deepDive.desiredSituation = "Tjenester som henger sammen for brukeren, innenfor rammen.";
    deepDive.gap = "Om lag 4 årsverk og 3 mill. kr i 2030.";
  }
  return portfolio;
}

/** The .xlsx bytes, the A3 approvals recorded as the pane does. */
export async function printWorkbook(): Promise<{ bytes: Buffer; portfolio: Portfolio }> {
  const book = createXlsx();
  const memory = budgetWorkbook();
  for (const sheet of memory.sheets) {
    const target = book.workbook.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      target.getCell(row + 1, col + 1).value = cell.value;
    }
  }
  const portfolio = printPortfolio();
  await importPortfolio(book, portfolio, { now: NOW, user: USER, mapping: MAPPING });
  // The kommune's texts, typed on «Gevinst Oversikt» as a person would.
  const texts = [
    LONG + LONG + LONG,
    "Mål i kommuneplanens samfunnsdel: gode tjenester nær innbyggerne. Minimumskrav: helse- og omsorgstjenesteloven, barnehageloven.",
    "Driften må reduseres med 1 mill. kr i 2027, stigende til 2 mill. kr i 2030.",
  ];
  await book.apply([
    { kind: "unprotectSheet", sheet: SHEET_OVERVIEW },
    {
      kind: "writeCells",
      sheet: SHEET_OVERVIEW,
      at: { row: OVERVIEW_FIELDS_FIRST_ROW, col: 1 },
      cells: texts.map((text) => [{ kind: "value", value: text }]),
    },
    { kind: "protectSheet", sheet: SHEET_OVERVIEW },
  ]);
  await refreshGevinstSheets(book, { now: NOW, user: USER, mapping: MAPPING });
  await approveA3(book, {
    now: NOW,
    user: USER,
    approver: "Kari Nordmann",
    role: "kommunedirektor",
    document: "K1",
    version: "K3",
  });
  return { bytes: await saveXlsx(book), portfolio };
}
