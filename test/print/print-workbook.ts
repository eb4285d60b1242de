/**
 * The workbook the print checks render: the hand-made portfolio of the sheet tests, with the
 * kommune's texts and long deep-dive texts, in an .xlsx file as `gevinst import` writes it.
 */
import { MemorySink, OoxmlWorkbook, memorySource, webCodec } from "../../src/adapters/ooxml";
import { createXlsx, saveXlsx } from "../../src/adapters/xlsx";
import { importPortfolio } from "../../src/app/import-portfolio";
import { approveA3 } from "../../src/app/record-approval";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { SHEET_OVERVIEW, SHEET_SETTINGS } from "../../src/core/sheets/shared/sheet-names";
import { settingsRows } from "../../src/core/sheets/settings/render-settings";
import { createBudgetIndex } from "../../src/core/budget/budget-index";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import type { BudgetMapping } from "../../src/core/budget/budget.types";
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
    deepDive.selectedBecause = ["ma_gjores", "stort_potensial"];
    deepDive.workshopDate = "2027-04-20";
    deepDive.valueChain = "Fra søknad og vedtak til tjenesten i hjemmet og oppfølgingen etterpå.";
    deepDive.unmetNeeds = "Brukere venter på vedtak; pårørende mangler avlastning.";
    deepDive.problems = LONG;
    deepDive.opportunities = "Digitalt tilsyn, elektronisk medisineringsstøtte, ruteplanlegging.";
    deepDive.minimumRequirements = "Helse- og omsorgstjenesteloven § 3-1; forskrift om kvalitet.";
    deepDive.businessCases = "Medisineringsstøtte: 800 000 kr per år fra 2028.";
  }
  // T1 adopted, so the K4 A3 shows a measure with an indicator.
  const t1 = portfolio.measures.find((m) => m.id === "T1");
  if (t1) t1.status = "under_realisering";
  for (const measure of portfolio.measures) {
    measure.preconditions = "Avtale med leverandør før 1. mars; opplæring av alle i sonen.";
    measure.risks = "Forsinket levering; lav bruk de første månedene.";
    measure.actions = [
      {
        id: "H1",
        what: "Inngå avtale med leverandør",
        who: "Innkjøp",
        due: "2027-03-01",
        status: "pagar",
      },
      {
        id: "H2",
        what: "Opplæring i sone nord",
        who: "Kari Nordmann",
        due: "2027-05-01",
        status: "ikke_startet",
      },
    ];
    for (const benefit of measure.benefits)
      for (const indicator of benefit.indicators) {
        indicator.owner = "Sone nord";
        indicator.plan = "Før: januar 2027. Under: hvert kvartal. Etter: juni 2028.";
      }
  }
  return portfolio;
}

/** More lines on ansvar 5100 than the unit A3 shows one by one (it sums the rest). */
const UNIT_LINES = 27;

/** The fixture's mapping, over the extra 5100 lines too. */
function printMapping(): BudgetMapping {
  const [source] = MAPPING.sources;
  if (!source) throw new Error("MAPPING has no source");
  return { ...MAPPING, sources: [{ ...source, lastRow: source.lastRow + UNIT_LINES }] };
}

/** The .xlsx bytes, the A3 approvals recorded as the pane does. */
export async function printWorkbook(): Promise<{ bytes: Buffer; portfolio: Portfolio }> {
  // The budget as a file of its own, then the package writer the command line uses.
  const budget = createXlsx();
  const memory = budgetWorkbook();
  for (const sheet of memory.sheets) {
    const target = budget.workbook.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      target.getCell(row + 1, col + 1).value = cell.value;
    }
  }
  const sheet = budget.workbook.getWorksheet("Budsjett");
  const first = (MAPPING.sources[0]?.lastRow ?? 0) + 2;
  for (let i = 0; i < UNIT_LINES; i++)
    ["5100", String(10100 + i * 10), "265", 1, (i + 1) * 10_000, 0, 0, 0].forEach((value, c) => {
      if (sheet) sheet.getCell(first + i, c + 1).value = value;
    });
  const mapping = printMapping();
  const book = await OoxmlWorkbook.open(
    memorySource(new Uint8Array(await saveXlsx(budget))),
    webCodec,
  );
  const portfolio = printPortfolio();
  await importPortfolio(book, portfolio, { now: NOW, user: USER, mapping });
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
    // The optional unit A3s (spec §11): a unit with two lines and one with more than fit.
    { kind: "unprotectSheet", sheet: SHEET_SETTINGS },
    {
      kind: "writeCells",
      sheet: SHEET_SETTINGS,
      at: { row: settingsRows().a3Units as number, col: 1 },
      cells: [[{ kind: "value", value: "3100, 5100" }]],
    },
    { kind: "protectSheet", sheet: SHEET_SETTINGS },
  ]);
  const lines = readBudgetLines(mapping, await book.readSheets(["Budsjett"])).lines;
  await refreshGevinstSheets(book, {
    now: NOW,
    user: USER,
    mapping,
    budget: createBudgetIndex(lines),
  });
  await approveA3(book, {
    now: NOW,
    user: USER,
    approver: "Kari Nordmann",
    role: "kommunedirektor",
    document: "K1",
    version: "K3",
  });
  const sink = new MemorySink();
  await book.save(sink);
  return { bytes: Buffer.from(sink.bytes()), portfolio };
}
