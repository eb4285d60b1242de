/**
 * Our own generator of budgets shaped like the real open-data exports in
 * ../shared/data/real-budgets (read its README): never copies of them. Each shape gives the CSV
 * text as the kommune published it, the sheet as Excel shows that CSV, and a workbook «as a
 * kommune would have it» (title rows above the header, codes as numbers where Excel makes them,
 * a «Sum» row under the lines, a second sheet) — with the lines it must give.
 */
import type { SeedCell, WorkbookSeed } from "../../../../src/adapters/memory";
import { keyId } from "../../../../src/core/calculation/budget-key";
import { csvRows } from "../../../../src/core/csv/csv-cells";
import { parseCsv } from "../../../../src/core/csv/parse-csv";

/** A small deterministic random source (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** «1 456 538» / «-12 000»: Norwegian thousands with a plain space, as Sogndal's export. */
export function spaced(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

export type ShapedBudget = {
  csv: string;
  /** Expected lines: key text «ansvar|art|funksjon|prosjekt» → budget-year amount (summed). */
  expected: Map<string, number>;
  /** How many data rows the CSV has. */
  rows: number;
};

const pick = <T>(rng: () => number, list: readonly T[]): T =>
  list[Math.floor(rng() * list.length)] as T;

const SOGNDAL_ANSVAR = ["100", "120", "210", "310", "F460", "F470", "520"];
const TJENESTER = ["12000", "20200", "25300", "37000", "37500", "38500"];
const KONTI = ["10100", "10500", "11200", "12700", "16200", "17100", "18100"];

/**
 * Sogndal-like «Driftsbudsjett»: konto / ansvar / tjeneste with name columns, rekneskap two years
 * back, last year's budget and the budget year, amounts as text with space thousands; no
 * økonomiplan years. Keys unique.
 */
export function sogndalLike(count: number, seed = 1, year = 2013): ShapedBudget {
  const rng = random(seed);
  const lines: string[] = [
    `konto;konto_tekst;ansvar;ansvar_tekst;tjeneste;tjeneste_tekst;rekneskap_${year - 2};budsjett_${year - 1};budsjett_${year}`,
  ];
  const expected = new Map<string, number>();
  while (expected.size < count) {
    const konto = pick(rng, KONTI);
    const ansvar = pick(rng, SOGNDAL_ANSVAR) + (rng() < 0.5 ? "" : String(Math.floor(rng() * 9)));
    const tjeneste = pick(rng, TJENESTER);
    const key = keyId({ ansvar, art: konto, funksjon: tjeneste });
    if (expected.has(key)) continue;
    const amount = Math.round((rng() - (konto.startsWith("16") ? 1 : 0)) * 2_000_000);
    expected.set(key, amount);
    lines.push(
      `${konto};Løn «${konto}»;${ansvar};Eining ${ansvar};${tjeneste};Teneste ${tjeneste};` +
        `${spaced(amount * 0.9)};${spaced(amount * 0.95)};${spaced(amount)}`,
    );
  }
  return { csv: "\ufeff" + lines.join("\n") + "\n", expected, rows: count };
}

/**
 * Stavanger-like line export: one «beloep» column, no year anywhere in the header, ansvar of six
 * characters (some alphanumeric), prosjekt mostly empty, and keys split over «fri_dim» rows
 * (summed into one line); a few rows with two extra unnamed trailing fields.
 */
export function stavangerLike(count: number, seed = 2): ShapedBudget & { splitKeys: number } {
  const rng = random(seed);
  const lines = [
    "virksomhetsomraade;art;art_tekst;ansvar;ansvar_tekst;tjeneste_nr;tjeneste_tekst;prosjekt;prosjekt_tekst;fri_dim;fri_dim_tekst;beloep",
  ];
  const expected = new Map<string, number>();
  let rows = 0;
  let splitKeys = 0;
  while (expected.size < count) {
    const art = pick(rng, ["10100", "11500", "13710", "16032", "17290"]);
    const ansvar = pick(rng, ["316000", "241135", "30000H", "512000", "600100"]);
    const tjeneste = pick(rng, ["23440", "25300", "22100", "20210"]);
    const prosjekt = rng() < 0.1 ? pick(rng, ["4100", "4200"]) : "";
    const key = keyId({ ansvar, art, funksjon: tjeneste, prosjekt });
    if (expected.has(key)) continue;
    const parts = rng() < 0.2 ? 2 + Math.floor(rng() * 3) : 1;
    if (parts > 1) splitKeys++;
    let sum = 0;
    for (let p = 0; p < parts; p++) {
      const amount = Math.round((rng() - 0.4) * 1_000_000);
      sum += amount;
      const extra = rng() < 0.05 ? `;;${2121102383000 + rows}` : "";
      lines.push(
        `Område ${ansvar.slice(0, 1)};${art};ART ${art};${ansvar};ANSVAR ${ansvar};${tjeneste};TJENESTE ${tjeneste};` +
          `${prosjekt};${prosjekt === "" ? "" : "Prosjekt"};${parts > 1 ? `FD${p}` : ""};${parts > 1 ? "Fri dimensjon" : ""};${amount}${extra}`,
      );
      rows++;
    }
    expected.set(key, sum);
  }
  return { csv: "\ufeff" + lines.join("\n") + "\n", expected, rows, splitKeys };
}

/**
 * Førde-like investment budget: prosjekt / teneste / konto (investment art without its leading
 * zero), no ansvar; integers mixed with decimal-comma amounts.
 */
export function fordeLike(count: number, seed = 3): ShapedBudget {
  const rng = random(seed);
  const lines = [
    "prosjekt;prosjekt_tekst;teneste;teneste_tekst;konto;konto_tekst;rekneskap_2011;budsjett_2012;budsjett_2013",
  ];
  const expected = new Map<string, number>();
  while (expected.size < count) {
    const prosjekt = String(1000 + Math.floor(rng() * 40));
    const teneste = pick(rng, ["31500", "33400", "22200"]);
    const konto = pick(rng, ["1954", "2800", "2300", "9100"]);
    const key = `|${konto}|${teneste}|${prosjekt}`;
    if (expected.has(key)) continue;
    const amount = rng() < 0.3 ? Math.round(rng() * 100_000) / 10 : Math.round(rng() * 900_000);
    expected.set(key, amount);
    const text = String(amount).replace(".", ",");
    lines.push(`${prosjekt};Prosjekt ${prosjekt};${teneste};Teneste;${konto};Konto;0;0;${text}`);
  }
  return { csv: "\ufeff" + lines.join("\n") + "\n", expected, rows: count };
}

/** Bergen-like: two budget versions in one file, tjeneste and prosjekt, years 2012–2015. */
export function bergenLike(count: number, seed = 4): string {
  const rng = random(seed);
  const lines = [
    "versjoner;sumart1;sumart1-tekst;avdeling;tjeneste;tjeneste-tekst;prosjekt;prosjekt-tekst;2011-fra-vedt-okonomiplan;2012;2013;2014;2015",
  ];
  for (let i = 0; i < count; i++) {
    const version = i % 2 === 0 ? "11-14VB" : "12-15IN1";
    lines.push(
      `${version};1;Sum utgifter;2;${pick(rng, ["12000", "20200"])};Tjeneste;${100000 + i};Prosjekt;` +
        `"${spaced(rng() * 1e6)},00";0;${Math.round(rng() * 1e5)};0;0`,
    );
  }
  return "\ufeff" + lines.join("\n") + "\n";
}

/** The CSV as the cells Excel shows. */
export function csvSheetRows(csv: string): SeedCell[][] {
  return csvRows(parseCsv(csv).rows);
}

/**
 * The budget as a kommune keeps it in Excel: `titles` above the header, a blank row, the CSV's
 * cells (codes as numbers), a «Sum» row, and a second sheet of notes.
 */
export function asKommuneWorkbook(csv: string, sheet: string, titles: string[]): WorkbookSeed {
  const rows = csvSheetRows(csv);
  const width = rows[0]?.length ?? 0;
  const sum: SeedCell[] = ["Sum"];
  for (let c = 1; c < width; c++) sum.push(null);
  return {
    sheets: [
      { name: sheet, rows: [...titles.map((t) => [t]), [], ...rows, sum] },
      { name: "Merknader", rows: [["Merknad"], ["Tala er vedtekne av kommunestyret."]] },
    ],
  };
}
