/**
 * Budget workbooks as finance departments keep them (architecture.md «Budget workbooks in the
 * wild»), generated as `WorkbookSeed`s, each with the detection it must give. Deterministic:
 * the same arguments give the same workbook.
 */
import type { SeedCell, SeedSheet, WorkbookSeed } from "../../src/adapters/memory/workbook-seed";
import type { KeyDimension } from "../../src/core/budget/budget.types";

export type GeneratedLine = {
  ansvar: string;
  art: string;
  funksjon: string;
  prosjekt: string;
  names: { ansvar: string; art: string; funksjon: string };
  /** Plan years B..B+3 in kroner. */
  amounts: [number, number, number, number];
  /** Regnskap and earlier budgets, kroner. */
  reference: number[];
};

/** What detection must find for a generated workbook. */
export type ExpectedDetection = {
  sheets: string[];
  table?: string;
  headerRow: number;
  keyColumns: Partial<Record<KeyDimension, number>>;
  nameColumns: Partial<Record<KeyDimension, number>>;
  planColumns: [number, number, number, number];
  budgetYear: number;
  unit: 1 | 1000;
  lineCount: number;
};

export type BudgetWorkbook = {
  seed: WorkbookSeed;
  expected: ExpectedDetection | null;
  lines: GeneratedLine[];
};

const ANSVAR: [string, string][] = [
  ["1000", "Rådmannen"],
  ["2100", "Barnehager"],
  ["2200", "Skoler"],
  ["3100", "Hjemmetjenesten"],
  ["3200", "Sykehjemmet"],
  ["4100", "Kultur"],
];
const ART: [string, string][] = [
  ["10100", "Fastlønn"],
  ["10400", "Overtid"],
  ["11000", "Kontorrekvisita"],
  ["12000", "Inventar"],
  ["16200", "Salgsinntekter"],
];
const FUNKSJON: [string, string][] = [
  ["120", "Administrasjon"],
  ["201", "Barnehage"],
  ["202", "Grunnskole"],
  ["254", "Helse og omsorg i institusjon"],
  ["261", "Institusjonslokaler"],
];

/** A small deterministic random source (LCG) so workbooks are the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` distinct budget lines grouped by ansvar (sorted), incomes (art 16xxx) negative.
 * Beyond the 150 base combinations, ansvar codes get a suffix (3100 → 31001 …) to stay unique.
 */
export function generateLines(count: number, seed = 1, withProsjekt = false): GeneratedLine[] {
  const random = seededRandom(seed);
  const lines: GeneratedLine[] = [];
  for (let i = 0; i < count; i++) {
    const base = i % (ANSVAR.length * ART.length * FUNKSJON.length);
    const round = Math.floor(i / (ANSVAR.length * ART.length * FUNKSJON.length));
    const a = ANSVAR[Math.floor(base / (ART.length * FUNKSJON.length))] as [string, string];
    const r = ART[Math.floor(base / FUNKSJON.length) % ART.length] as [string, string];
    const f = FUNKSJON[base % FUNKSJON.length] as [string, string];
    const sign = r[0].startsWith("16") ? -1 : 1;
    const amount = (): number => sign * Math.round(random() * 2_000_000);
    lines.push({
      ansvar: round === 0 ? a[0] : `${a[0]}${round}`,
      art: r[0],
      funksjon: f[0],
      prosjekt: withProsjekt && i % 3 === 0 ? `P${100 + (i % 7)}` : "",
      names: { ansvar: a[1], art: r[1], funksjon: f[1] },
      amounts: [amount(), amount(), amount(), amount()],
      reference: [amount(), amount(), amount()],
    });
  }
  return lines;
}

const SUM_COLS = ["G", "H", "I", "J", "K", "L", "M"];

/**
 * A Visma-style export: a merged title, a print date, the header in row 4 (index 3), codes as
 * text with name columns, Regnskap 2025 / Oppr. 2026 / Revidert 2026 before the plan years, a
 * «Sum ansvar» row with SUBTOTAL formulas and a blank row after each ansvar, the header repeated
 * at a page break, a «Totalt» row and a note at the bottom.
 */
export function erpExport(count = 60): BudgetWorkbook {
  const lines = generateLines(count, 7);
  const rows: SeedCell[][] = [
    ["Budsjett 2027 og økonomiplan 2027–2030 – drift"],
    ["Eksempel kommune, utskrift 12.01.2026"],
    [],
  ];
  const header = [
    "Ansvar",
    "Ansvar (T)",
    "Art",
    "Art (T)",
    "Funksjon",
    "Funksjon (T)",
    "Regnskap 2025",
    "Oppr. budsjett 2026",
    "Revidert budsjett 2026",
    "Budsjett 2027",
    "ØP 2028",
    "ØP 2029",
    "ØP 2030",
  ];
  rows.push(header);
  let groupStart = rows.length;
  lines.forEach((line, i) => {
    rows.push([
      line.ansvar,
      line.names.ansvar,
      line.art,
      line.names.art,
      line.funksjon,
      line.names.funksjon,
      ...line.reference,
      ...line.amounts,
    ]);
    if (i === Math.floor(lines.length / 2)) rows.push(header); // page break in the print
    const next = lines[i + 1];
    if (!next || next.ansvar !== line.ansvar) {
      const end = rows.length;
      rows.push([
        `Sum ansvar ${line.ansvar}`,
        null,
        null,
        null,
        null,
        null,
        ...SUM_COLS.map((c) => ({
          formula: `=SUBTOTAL(9,${c}${groupStart + 1}:${c}${end})`,
          value: 0,
        })),
      ]);
      rows.push([]);
      groupStart = rows.length;
    }
  });
  rows.push([
    "Totalt",
    null,
    null,
    null,
    null,
    null,
    ...SUM_COLS.map((c) => ({ formula: `=SUBTOTAL(9,${c}5:${c}${rows.length})`, value: 0 })),
  ]);
  rows.push(["* Tallene er hentet fra Visma 12.01.2026."]);
  return {
    seed: { sheets: [{ name: "Budsjett 2027", rows, merges: ["A1:M1"] }] },
    lines,
    expected: {
      sheets: ["Budsjett 2027"],
      headerRow: 3,
      keyColumns: { ansvar: 0, art: 2, funksjon: 4 },
      nameColumns: { ansvar: 1, art: 3, funksjon: 5 },
      planColumns: [9, 10, 11, 12],
      budgetYear: 2027,
      unit: 1,
      lineCount: count,
    },
  };
}

/**
 * An Excel Table «tblBudsjett» at B3 on «Ark1» with other header names (Ansvarssted, Kontoart,
 * Tjeneste, Prosjekt, Kontonavn, B2027 …), numeric codes, and an unrelated note above it.
 */
export function tableBudget(count = 40): BudgetWorkbook {
  const lines = generateLines(count, 11, true);
  const rows: SeedCell[][] = [["Arbeidsark for budsjettprosessen"], []];
  rows.push([
    null,
    "Ansvarssted",
    "Kontoart",
    "Kontonavn",
    "Tjeneste",
    "Prosjekt",
    "B2027",
    "B2028",
    "Økonomiplan 2029",
    "Økonomiplan 2030",
  ]);
  for (const line of lines)
    rows.push([
      null,
      Number(line.ansvar),
      Number(line.art),
      line.names.art,
      Number(line.funksjon),
      line.prosjekt,
      ...line.amounts,
    ]);
  const last = rows.length;
  return {
    seed: {
      sheets: [{ name: "Ark1", rows, tables: [{ name: "tblBudsjett", range: `B3:J${last}` }] }],
    },
    lines,
    expected: {
      sheets: ["Ark1"],
      table: "tblBudsjett",
      headerRow: 2,
      keyColumns: { ansvar: 1, art: 2, funksjon: 4, prosjekt: 5 },
      nameColumns: { art: 3 },
      planColumns: [6, 7, 8, 9],
      budgetYear: 2027,
      unit: 1,
      lineCount: count,
    },
  };
}

/** Norwegian amount text: spaces (or no-break spaces) between thousands, comma decimals, U+2212 minus. */
export function norwegianAmount(value: number, space = "\u00a0", minus = "\u2212"): string {
  const [whole = "0", decimals] = Math.abs(value).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, space);
  const text = decimals === "00" ? grouped : `${grouped},${decimals}`;
  return value < 0 ? `${minus}${text}` : text;
}

/** Amounts stored as Norwegian text («1 234 567», «−12 345,50»), codes as text. */
export function textAmounts(count = 30): BudgetWorkbook {
  const lines = generateLines(count, 13).map((line, i) => ({
    ...line,
    amounts: line.amounts.map((a) => (i % 4 === 0 ? a + 0.5 : a)) as GeneratedLine["amounts"],
  }));
  const spaces = [" ", "\u00a0", "\u202f"];
  const rows: SeedCell[][] = [
    [
      "Ansvar",
      "Art",
      "Funksjon",
      "Budsjett 2026",
      "Økonomiplan 2027",
      "Økonomiplan 2028",
      "Økonomiplan 2029",
    ],
  ];
  lines.forEach((line, i) =>
    rows.push([
      line.ansvar,
      line.art,
      line.funksjon,
      ...line.amounts.map((a, j) =>
        norwegianAmount(a, spaces[(i + j) % 3], i % 2 ? "-" : "\u2212"),
      ),
    ]),
  );
  return {
    seed: { sheets: [{ name: "Budsjett", rows }] },
    lines,
    expected: {
      sheets: ["Budsjett"],
      headerRow: 0,
      keyColumns: { ansvar: 0, art: 1, funksjon: 2 },
      nameColumns: {},
      planColumns: [3, 4, 5, 6],
      budgetYear: 2026,
      unit: 1,
      lineCount: count,
    },
  };
}

/** Amounts in 1 000 kr, said in the title («Driftsbudsjett (i 1 000 kr)»); lines hold kroner. */
export function thousandsBudget(count = 25): BudgetWorkbook {
  const lines = generateLines(count, 17).map((line) => ({
    ...line,
    amounts: line.amounts.map((a) => Math.round(a / 1000) * 1000) as GeneratedLine["amounts"],
  }));
  const rows: SeedCell[][] = [["Driftsbudsjett (i 1\u00a0000 kr)"], []];
  rows.push([
    "Ansvar",
    "Ansvarsnavn",
    "Konto",
    "Funksjon",
    "Budsjett 2027",
    "ØP 2028",
    "ØP 2029",
    "ØP 2030",
  ]);
  for (const line of lines)
    rows.push([
      Number(line.ansvar),
      line.names.ansvar,
      line.art,
      line.funksjon,
      ...line.amounts.map((a) => a / 1000),
    ]);
  return {
    seed: { sheets: [{ name: "Drift", rows }] },
    lines,
    expected: {
      sheets: ["Drift"],
      headerRow: 2,
      keyColumns: { ansvar: 0, art: 2, funksjon: 3 },
      nameColumns: { ansvar: 1 },
      planColumns: [4, 5, 6, 7],
      budgetYear: 2027,
      unit: 1000,
      lineCount: count,
    },
  };
}

function plainSheet(name: string, lines: GeneratedLine[], title: string): SeedSheet {
  const rows: SeedCell[][] = [
    [title],
    ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"],
  ];
  for (const line of lines) rows.push([line.ansvar, line.art, line.funksjon, ...line.amounts]);
  rows.push(["Sum", null, null, { formula: `=SUM(D3:D${rows.length})`, value: 0 }]);
  return { name, rows };
}

/** Drift per tjenesteområde on two sheets with identical headers: combined into one mapping. */
export function twoSheetBudget(): BudgetWorkbook {
  const all = generateLines(150, 19);
  const oppvekst = all.filter((l) => l.ansvar.startsWith("2"));
  const helse = all.filter((l) => l.ansvar.startsWith("3"));
  return {
    seed: {
      sheets: [
        { name: "Forside", rows: [["Budsjett 2027"], ["Økonomiplan 2027–2030"]] },
        plainSheet("Drift Oppvekst", oppvekst, "Oppvekst"),
        plainSheet("Drift Helse", helse, "Helse og omsorg"),
      ],
    },
    lines: [...oppvekst, ...helse],
    expected: {
      sheets: ["Drift Oppvekst", "Drift Helse"],
      headerRow: 1,
      keyColumns: { ansvar: 0, art: 1, funksjon: 2 },
      nameColumns: {},
      planColumns: [3, 4, 5, 6],
      budgetYear: 2027,
      unit: 1,
      lineCount: oppvekst.length + helse.length,
    },
  };
}

/** A personnel list with ansvar, funksjon and years: looks like a budget but has no art. */
export function personnelSheet(): SeedSheet {
  const rows: SeedCell[][] = [
    ["Ansvar", "Funksjon", "Navn", "Stilling", "Lønn 2027", "Lønn 2028", "Lønn 2029", "Lønn 2030"],
  ];
  const random = seededRandom(23);
  for (let i = 0; i < 30; i++)
    rows.push([
      "3100",
      "254",
      `Ansatt ${i + 1}`,
      "Sykepleier",
      ...[0, 1, 2, 3].map(() => 550_000 + Math.round(random() * 100_000)),
    ]);
  return { name: "Personal", rows };
}

/** Only the personnel list: no budget to find. */
export function decoyOnly(): BudgetWorkbook {
  return { seed: { sheets: [personnelSheet()] }, lines: [], expected: null };
}

/** The personnel list first, the real budget after it: detection passes the decoy by. */
export function decoyAndBudget(): BudgetWorkbook {
  const budget = textAmounts(20);
  return {
    seed: { sheets: [personnelSheet(), ...budget.seed.sheets] },
    lines: budget.lines,
    expected: budget.expected,
  };
}

/**
 * A two-row header: «Regnskap», «Budsjett» and «Økonomiplan» in merged cells above bare years
 * (2025 … 2030); the plan is 2027–2030 and 2025–2026 are kept for reference.
 */
export function mergedYearHeader(count = 20): BudgetWorkbook {
  const lines = generateLines(count, 29);
  const rows: SeedCell[][] = [
    ["Økonomiplan 2027–2030"],
    [null, null, null, "Regnskap", "Budsjett", null, "Økonomiplan"],
    ["Ansvar", "Art", "Funksjon", 2025, 2026, 2027, 2028, 2029, 2030],
  ];
  for (const line of lines)
    rows.push([
      line.ansvar,
      line.art,
      line.funksjon,
      line.reference[0] ?? 0,
      line.reference[1] ?? 0,
      ...line.amounts,
    ]);
  return {
    seed: { sheets: [{ name: "ØP", rows, merges: ["A1:I1", "E2:F2", "G2:I2"] }] },
    lines,
    expected: {
      sheets: ["ØP"],
      headerRow: 2,
      keyColumns: { ansvar: 0, art: 1, funksjon: 2 },
      nameColumns: {},
      planColumns: [5, 6, 7, 8],
      budgetYear: 2027,
      unit: 1,
      lineCount: count,
    },
  };
}

/** A plain budget of `count` lines for the benchmark: one sheet, codes as numbers. */
export function largeBudget(count: number): WorkbookSeed {
  const lines = generateLines(count, 31);
  const rows: SeedCell[][] = [
    ["Budsjett 2027"],
    [
      "Ansvar",
      "Ansvar (T)",
      "Art",
      "Funksjon",
      "Prosjekt",
      "Regnskap 2025",
      "Budsjett 2027",
      "ØP 2028",
      "ØP 2029",
      "ØP 2030",
    ],
  ];
  for (const line of lines)
    rows.push([
      Number(line.ansvar),
      line.names.ansvar,
      Number(line.art),
      Number(line.funksjon),
      line.prosjekt,
      line.reference[0] ?? 0,
      ...line.amounts,
    ]);
  return { sheets: [{ name: "Budsjett", rows }] };
}

/** Every named workbook above, for table-driven tests. */
export const BUDGET_WORKBOOKS: Record<string, () => BudgetWorkbook> = {
  "ERP export with title rows, merged title, subtotals and a repeated header": () => erpExport(),
  "Excel Table with other header names and numeric codes": () => tableBudget(),
  "amounts as Norwegian text": () => textAmounts(),
  "amounts in 1 000 kr": () => thousandsBudget(),
  "two sheets with identical headers": () => twoSheetBudget(),
  "a personnel list before the budget": () => decoyAndBudget(),
  "bare years under merged kind headers": () => mergedYearHeader(),
};
