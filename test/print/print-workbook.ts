/**
 * The files the print checks render are the files a user gets: the command line's output of
 * `init`, `import`, a second `import` (the refresh a budget officer runs when a portfolio comes
 * back) and `roll`, and the demo's «Last ned .xlsx». Between the steps the user types the
 * kommune's texts and the kommunedirektør approves the kommune's A3, as they would in Excel
 * and in the pane.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { MemorySink, OoxmlWorkbook, memorySource } from "../../src/adapters/ooxml";
import { nodeCodec } from "../../src/adapters/ooxml/node-io";
import { approveA3 } from "../../src/app/record-approval";
import { SHEET_OVERVIEW } from "../../src/core/sheets/shared/sheet-names";
import { OVERVIEW_FIELDS_FIRST_ROW } from "../../src/core/sheets/overview/render-overview";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import { writePortfolioJson } from "../../src/core/portfolio-json/write-portfolio-json";
import { DemoSession } from "../../src/demo/demo-session";
import { loadSampleWithMeasures } from "../../src/demo/load-sample";
import { sampleBudgetSeed } from "../../src/demo/sample-budget";
import { writeXlsx } from "../../src/demo/xlsx-io";
import { NOW, USER, budgetWorkbook, handMadePortfolio } from "../app/sheets/sheets-fixture";
import { ensureCliBuilt, runGevinst } from "../cli/support/run-cli";

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
  if (t1) {
    t1.status = "under_realisering";
    // The 2. tertial picture (spec §14), so «Gevinst Tertial» prints and is recalculated with
    // figures: two tertials realised on the first money benefit, and a prognosis below expected.
    const benefit = t1.benefits.find((b) => b.type !== "kvalitet");
    if (benefit) benefit.realisedPeriods = { "2027": { T1: 90_000, T2: 110_000 } };
    t1.forecast = { "2027": 300_000 };
    t1.deviationNote = "Leveransen kom seks uker for sent; sone sør startet først i mai.";
    t1.correctiveAction = "Opplæring i sone sør fremskyndes; ukentlig oppfølging av bruken.";
  }
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

/** The fixture's budget as the finance department's .xlsx, for `year` (2027 or the next). */
export async function budgetFile(year: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of budgetWorkbook().sheets) {
    const target = workbook.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      const value =
        row === 0 && typeof cell.value === "string" ? shiftYear(cell.value, year) : cell.value;
      target.getCell(row + 1, col + 1).value = value;
    }
  }
  const sheet = workbook.getWorksheet("Budsjett");
  if (!sheet) throw new Error("Budsjett mangler");
  const first = sheet.rowCount + 1;
  for (let i = 0; i < UNIT_LINES; i++)
    ["5100", String(10100 + i * 10), "265", 1, (i + 1) * 10_000, 0, 0, 0].forEach((value, c) => {
      sheet.getCell(first + i, c + 1).value = value;
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** «Budsjett 2027» → «Budsjett 2028»: every year in a header moved on. */
function shiftYear(header: string, year: number): string {
  return header.replace(/\d{4}/, (found) => String(Number(found) + year - 2027));
}

/** Opens an .xlsx file, lets `edit` work on it through the package adapter, and saves it. */
async function edit(file: string, out: string, work: (book: OoxmlWorkbook) => Promise<unknown>) {
  const book = await OoxmlWorkbook.open(memorySource(readFileSync(file)), nodeCodec);
  await work(book);
  const sink = new MemorySink();
  await book.save(sink);
  writeFileSync(out, sink.bytes());
}

export type UserFile = {
  step: "init" | "import" | "refresh" | "roll" | "demo" | "many";
  bytes: Buffer;
};

/** 30 adopted measures in one deep-dive, each with actions, texts and an indicator. */
function manyMeasures(): Portfolio {
  const portfolio = printPortfolio();
  const model = portfolio.measures.find((m) => m.id === "T1");
  if (!model) throw new Error("T1 mangler");
  portfolio.measures = Array.from({ length: 30 }, (_, i) => {
    const measure = structuredClone(model);
    measure.id = `T${i + 1}`;
    measure.name = `Tiltak ${i + 1} i hjemmetjenesten`;
    measure.status = "vedtatt";
    measure.benefits.forEach((benefit, j) => {
      benefit.id = `T${i + 1}-G${j + 1}`;
      benefit.indicators.forEach((indicator, k) => (indicator.id = `I${i + 1}-${j + 1}-${k + 1}`));
    });
    return measure;
  });
  return portfolio;
}

/** The kommune's texts typed on «Gevinst Oversikt» of `input`, as a person would in Excel. */
export function typeKommuneTexts(input: string, output: string): Promise<void> {
  return edit(input, output, (book) =>
    book.apply([
      { kind: "unprotectSheet", sheet: SHEET_OVERVIEW },
      {
        kind: "writeCells",
        sheet: SHEET_OVERVIEW,
        at: { row: OVERVIEW_FIELDS_FIRST_ROW, col: 1 },
        cells: KOMMUNE_TEXTS.map((text) => [{ kind: "value", value: text }]),
      },
      { kind: "protectSheet", sheet: SHEET_OVERVIEW },
    ]),
  );
}

async function gevinst(args: string[], dir: string): Promise<void> {
  const run = await runGevinst(args, dir);
  // 1 is «the workbook has errors», which the hand-made portfolio has on purpose.
  if (run.code > 1) throw new Error(`gevinst ${args.join(" ")}: ${run.stderr}`);
}

/** Every file a user of the print checks gets, in the order they get them. */
export async function userFiles(): Promise<UserFile[]> {
  await ensureCliBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), "gevinst-print-"));
  const file = (name: string) => path.join(dir, name);
  writeFileSync(file("budsjett.xlsx"), await budgetFile(2027));
  writeFileSync(file("neste.xlsx"), await budgetFile(2028));
  writeFileSync(file("portefolje.json"), writePortfolioJson(printPortfolio()));
  writeFileSync(file("mange.json"), writePortfolioJson(manyMeasures()));

  // The budget officer: Gevinst sheets with a unit A3 for two ansvar.
  await gevinst(["init", "budsjett.xlsx", "-o", "init.xlsx", "--enhet", "3100, 5100"], dir);
  // The kommune's texts, typed on «Gevinst Oversikt» as a person would in Excel.
  await typeKommuneTexts(file("init.xlsx"), file("skrevet.xlsx"));
  await gevinst(["import", "skrevet.xlsx", "portefolje.json", "-o", "import.xlsx"], dir);
  // The kommunedirektør approves the kommune's A3 in the pane.
  await edit(file("import.xlsx"), file("godkjent.xlsx"), (book) =>
    approveA3(book, {
      now: NOW,
      user: USER,
      approver: "Kari Nordmann",
      role: "kommunedirektor",
      document: "K1",
      version: "K3",
    }),
  );
  await gevinst(["import", "godkjent.xlsx", "portefolje.json", "-o", "oppdatert.xlsx"], dir);
  await gevinst(["roll", "oppdatert.xlsx", "neste.xlsx", "-o", "rullert.xlsx"], dir);
  // A deep-dive with more measures than an A3 lists one by one.
  await gevinst(["import", "init.xlsx", "mange.json", "-o", "mange.xlsx"], dir);

  const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), null);
  await loadSampleWithMeasures(session, NOW);
  const demo = Buffer.from(await writeXlsx(session.workbook));

  return [
    { step: "init", bytes: readFileSync(file("init.xlsx")) },
    { step: "import", bytes: readFileSync(file("import.xlsx")) },
    { step: "refresh", bytes: readFileSync(file("oppdatert.xlsx")) },
    { step: "roll", bytes: readFileSync(file("rullert.xlsx")) },
    { step: "demo", bytes: demo },
    { step: "many", bytes: readFileSync(file("mange.xlsx")) },
  ];
}

const KOMMUNE_TEXTS = [
  LONG + LONG + LONG,
  "Mål i kommuneplanens samfunnsdel: gode tjenester nær innbyggerne. Minimumskrav: helse- og omsorgstjenesteloven, barnehageloven.",
  "Driften må reduseres med 1 mill. kr i 2027, stigende til 2 mill. kr i 2030.",
];
