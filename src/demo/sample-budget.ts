/**
 * «Eksempel kommune»: a realistic, invented drift budget as a kommune's ERP exports it — title rows,
 * a header with ansvar/art/funksjon and their names, Regnskap 2025, Vedtatt budsjett 2026,
 * Budsjett 2027, ØP 2028–2030, and a «Sum» row after each tjenesteområde. Expenses are positive,
 * incomes negative. Amounts are deterministic (a fixed pseudo-random sequence), so the demo and
 * its end-to-end test always see the same budget.
 */
import type { SeedCell, WorkbookSeed } from "../adapters/memory";

export const SAMPLE_SHEET = "Budsjett 2027";

type Area = { name: string; ansvar: [string, string][]; funksjon: [string, string][] };

const AREAS: Area[] = [
  {
    name: "Sentraladministrasjon",
    ansvar: [
      ["1000", "Rådmannens stab"],
      ["1100", "Økonomiavdelingen"],
      ["1200", "HR og lønn"],
      ["1300", "IKT"],
      ["1400", "Servicetorget"],
    ],
    funksjon: [
      ["120", "Administrasjon"],
      ["100", "Politisk styring"],
    ],
  },
  {
    name: "Oppvekst",
    ansvar: [
      ["2100", "Sentrum barnehage"],
      ["2110", "Bakken barnehage"],
      ["2200", "Nordby skole"],
      ["2210", "Sørby skole"],
      ["2220", "Ungdomsskolen"],
      ["2300", "PPT"],
    ],
    funksjon: [
      ["201", "Barnehage"],
      ["202", "Grunnskole"],
      ["215", "Skolefritidstilbud"],
      ["211", "Styrket tilbud til førskolebarn"],
    ],
  },
  {
    name: "Helse og omsorg",
    ansvar: [
      ["3100", "Hjemmetjenesten"],
      ["3110", "Hjemmetjenesten nord"],
      ["3200", "Sykehjemmet"],
      ["3300", "Helsestasjon"],
      ["3400", "Legetjenesten"],
      ["3500", "Psykisk helse og rus"],
    ],
    funksjon: [
      ["254", "Helse og omsorgstjenester i hjemmet"],
      ["253", "Helse og omsorgstjenester i institusjon"],
      ["232", "Helsestasjon og skolehelsetjeneste"],
      ["241", "Diagnose, behandling, rehabilitering"],
    ],
  },
  {
    name: "Velferd",
    ansvar: [
      ["4100", "NAV kommune"],
      ["4200", "Barnevernet"],
      ["4300", "Flyktningetjenesten"],
    ],
    funksjon: [
      ["281", "Ytelse til livsopphold"],
      ["244", "Barneverntjeneste"],
      ["252", "Barneverntiltak utenfor familien"],
    ],
  },
  {
    name: "Teknisk og kultur",
    ansvar: [
      ["5100", "Eiendomsforvaltning"],
      ["5200", "Vei og park"],
      ["5300", "Vann og avløp"],
      ["5400", "Kulturskolen"],
      ["5500", "Biblioteket"],
    ],
    funksjon: [
      ["121", "Forvaltningsutgifter i eiendomsforvaltningen"],
      ["333", "Kommunale veier"],
      ["345", "Distribusjon av vann"],
      ["383", "Kulturskoler"],
      ["370", "Bibliotek"],
    ],
  },
];

const ARTS: [string, string, number][] = [
  // code, name, typical annual amount (kr); negative for incomes
  ["10100", "Fastlønn", 4_200_000],
  ["10200", "Lønn til vikarer", 380_000],
  ["10300", "Overtidslønn", 120_000],
  ["10900", "Pensjon", 780_000],
  ["10990", "Arbeidsgiveravgift", 640_000],
  ["11000", "Kontormateriell", 45_000],
  ["11500", "Opplæring og kurs", 80_000],
  ["11700", "Transport og reiser", 65_000],
  ["11950", "Lisenser og programvare", 150_000],
  ["12000", "Inventar og utstyr", 90_000],
  ["13700", "Kjøp fra private", 520_000],
  ["16200", "Brukerbetaling", -240_000],
  ["17100", "Refusjon sykepenger", -160_000],
  ["17300", "Refusjon fra staten", -300_000],
];

/** Park–Miller: deterministic, no dependency, good enough for plausible budget amounts. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

function round(value: number, to: number): number {
  return Math.round(value / to) * to;
}

const HEADER = [
  "Ansvar",
  "Ansvar (T)",
  "Art",
  "Art (T)",
  "Funksjon",
  "Funksjon (T)",
  "Regnskap 2025",
  "Vedtatt budsjett 2026",
  "Budsjett 2027",
  "ØP 2028",
  "ØP 2029",
  "ØP 2030",
];

/** The sample budget workbook: one sheet «Budsjett 2027» with a few hundred lines. */
export function sampleBudgetSeed(): WorkbookSeed {
  const random = sequence(20_270_901);
  const rows: SeedCell[][] = [
    ["Eksempel kommune"],
    ["Budsjett 2027 og økonomiplan 2027–2030 – drift, detaljert"],
    ["Utskrift fra økonomisystemet 12.09.2026 – beløp i kroner"],
    [],
    HEADER,
  ];
  for (const area of AREAS) {
    const first = rows.length + 1;
    area.ansvar.forEach(([ansvar, ansvarName], a) => {
      const [funksjon, funksjonName] = area.funksjon[a % area.funksjon.length] ?? ["100", ""];
      for (const [art, artName, typical] of ARTS) {
        // Not every unit has every art; smaller units have fewer lines.
        if (random() < 0.22) continue;
        const size = 0.4 + random() * 1.6;
        const b2026 = round(typical * size, 1000);
        const accounts = round(b2026 * (0.94 + random() * 0.1), 1);
        const b2027 = round(b2026 * (1.02 + random() * 0.03), 1000);
        const plan = [1, 2, 3].map((i) => round(b2027 * (1 + 0.01 * i * (random() - 0.3)), 1000));
        rows.push([
          ansvar,
          ansvarName,
          art,
          artName,
          funksjon,
          funksjonName,
          accounts,
          b2026,
          b2027,
          ...plan,
        ]);
      }
    });
    const last = rows.length;
    const sums = ["G", "H", "I", "J", "K", "L"].map((c) => ({
      formula: `=SUBTOTAL(9,${c}${first}:${c}${last})`,
    }));
    rows.push([`Sum ${area.name}`, null, null, null, null, null, ...sums]);
  }
  return { sheets: [{ name: SAMPLE_SHEET, rows, merges: ["A1:F1", "A2:F2"] }] };
}
