/**
 * No sentence in another language: every catalogue key, rendered with sample params, reads
 * differently in nn and en than in nb (the types already make nn and en have every nb key), and
 * carries none of the other language's giveaway words outside «quoted» workbook names and values.
 */
import { ROLL_WORDS, rollReportText } from "../../src/app/messages/roll-report";
import type { RollReport } from "../../src/core/roll";
import { CATALOGUES, type MessageKey } from "../../src/app/messages";
import type { MessageParams } from "../../src/core/model/issue.types";
import { lack, lackParams, LACK_KEYS, type LackKey } from "../../src/core/budget/lacks";
import { detectBudget } from "../../src/core/budget/detect-budget";
import type { WorkbookErrorReason } from "../../src/core/workbook/workbook-port";

/** One value for every param any key uses (a measure, a benefit and an indicator as subject). */
const SAMPLE: MessageParams = {
  m: "T1",
  mName: "Digitalt tilsyn",
  b: "T1-G1",
  bName: "Færre besøk",
  i: "I1",
  iName: "Besøk per uke",
  path: "links.0.share",
  shown: "«halv»",
  raw: "halv",
  value: 1.5,
  first: "2027",
  last: "2030",
  id: "T1",
  kind: "measure",
  deepDive: "DD9",
  sum: 0.9,
  key: "ansvar 3100, art 10300, funksjon 254",
  count: 2,
  link: 1,
  years: "2027,2028",
  "withdrawn.2027": "120 000 kr",
  "original.2027": "100 000 kr",
  "withdrawn.2028": "90 000 kr",
  "original.2028": "80 000 kr",
  measures: "T1, T2",
  line: 3,
  why: "CommaExpected",
  given: "gevinst-v9",
  format: "gevinst-portefolje",
  readable: "1,2",
  n: 2,
  sheet: "Budsjett",
  cell: "J5",
  text: "12 kr",
  year: 2031,
  setting: "sheetNames",
  version: 9,
  problem: "feltet «sources» er ugyldig",
  where: "'Gevinst Tiltak'!D12",
  expects: "share",
  allowed: "Foreslått, Vedtatt",
  label: "tiltak-id",
  section: "Gevinster",
  column: "Gevinst-id",
  sheetsYear: 2026,
  from: "Budsjett 2027",
  to: "Budsjett",
  length: 40000,
  reason: "sheet-protected",
  rows: 1048576,
  cols: 16384,
  nearSheet: "Ark1",
  nearRow: 4,
  ...lackParams("nearMissing", [
    lack("LACK_ONE_VERSION", { header: "Versjon", count: 2, values: "1, 2" }),
    lack("LACK_KEY"),
  ]),
  table: "Drift",
  row: 4,
  moves: "art|D|E;plan1|J|K",
  next: 2028,
  target: 2029,
  name: "Helse",
  field: "confidence",
  document: "A3-1",
  title: "A3 Hjemmetjenesten",
  versions: "1, 2",
  "gap.2027": "140 000 kr",
  "gap.2028": "20 000 kr",
  ids: "A, C",
  columns: "ansvar|A («Ansvar»);art|C («Art»)",
  headers: "«Regnskap 2025»",
  skipped: "subtotal|12;blank|3",
  ...lackParams("missing", [
    lack("LACK_BUDGET_COLUMN_FOR", { year: 2027 }),
    lack("LACK_YEAR_OF_AMOUNT", { header: "Beløp" }),
  ]),
  rowKind: "note",
  sheets: "«Drift», «Investering»",
  lines: 1234,
  budgetSheet: "Budsjett",
  inner: "NO_BUDGET_SHEETS",
  innerText: "Arbeidsboka har ingen ark med et budsjett Gevinst kan lese.",
};

/**
 * Keys whose sentence is the same words in nynorsk and bokmål. Each is checked here so that the
 * list stays short and honest: an entry that starts to differ must leave the list.
 */
const SAME_IN_NN: readonly MessageKey[] = [
  // «Versjonen i Gevinst_Config er ugyldig.»: every word is both bokmål and nynorsk.
  "CONFIG_BAD_VERSION",
  // «Budsjettår 2031: 2031 i J («Budsjett 2031»).»: a year, a column and «i», alike in both.
  "BUDGET_OWN_YEARS",
  // «Arket «Budsjett», overskrift i rad 4»: the same words in both.
  "CANDIDATE_AT",
];

/** Bokmål words that nynorsk writes otherwise (ikkje, manglar, finst, fann, kva, namn, …). */
const BOKMAL_ONLY =
  /\b(ikke|mangler|finnes|fant|hva|hvem|navn|være|koble|kobling|koblingen|ennå|nå|leses|tas|gjelder|dem|hver|noen|noe|annet)\b/i;
/** Norwegian words that have no place in an English sentence. */
const NORWEGIAN =
  /\b(ikke|ikkje|og|er|på|mangler|manglar|skriv|velg|vel|finnes|finst|fant|fann|arket|tiltaket|gevinsten)\b/i;

/** The text outside «…», where workbook names and typed values are quoted as they are. */
const unquoted = (text: string) => text.replace(/«[^»]*»/g, "«»");

const keys = Object.keys(CATALOGUES.nb.messages) as MessageKey[];

describe("every message in every language", () => {
  it.each(keys)("%s is its own sentence in nn and en", (key) => {
    const nb = CATALOGUES.nb.messages[key](SAMPLE);
    const nn = CATALOGUES.nn.messages[key](SAMPLE);
    const en = CATALOGUES.en.messages[key](SAMPLE);
    for (const text of [nb, nn, en]) expect(text.trim()).not.toBe("");
    expect(nn === nb).toBe(SAME_IN_NN.includes(key));
    expect(en).not.toBe(nb);
    expect(en).not.toBe(nn);
    expect(unquoted(nn)).not.toMatch(BOKMAL_ONLY);
    expect(unquoted(en)).not.toMatch(NORWEGIAN);
  });

  it("has every platform failure in every language, each its own sentence", () => {
    for (const reason of Object.keys(CATALOGUES.nb.workbookErrors) as WorkbookErrorReason[]) {
      const [nb, nn, en] = (["nb", "nn", "en"] as const).map(
        (language) => CATALOGUES[language].workbookErrors[reason],
      );
      expect(nn).not.toBe(nb);
      expect(en).not.toBe(nb);
      expect(unquoted(nn ?? "")).not.toMatch(BOKMAL_ONLY);
      expect(unquoted(en ?? "")).not.toMatch(NORWEGIAN);
    }
  });

  it("names fields in the catalogue's language («innfasing 2027», «phase-in 2027»)", () => {
    const params = { ...SAMPLE, path: "phaseIn.2027" };
    expect(CATALOGUES.nb.messages.YEAR_OUTSIDE_PLAN(params)).toContain(": innfasing 2027 gjelder");
    expect(CATALOGUES.nn.messages.YEAR_OUTSIDE_PLAN(params)).toContain(": innfasing 2027 gjeld");
    expect(CATALOGUES.en.messages.YEAR_OUTSIDE_PLAN(params)).toContain(
      ": phase-in 2027 is outside",
    );
    const cost = { ...SAMPLE, path: "costs.oneTime.2027" };
    expect(CATALOGUES.nn.messages.BAD_VALUE_UNREADABLE(cost)).toContain("eingongskostnad 2027");
    expect(CATALOGUES.en.messages.BAD_VALUE_UNREADABLE(cost)).toContain("one-time cost 2027");
  });

  it("says the roll report in each language, line by line", () => {
    const report: RollReport = {
      fromYear: 2026,
      toYear: 2027,
      measureCount: 2,
      archived: [
        {
          year: "2026",
          measure: "T1",
          name: "Digitalt tilsyn",
          status: "under_realisering",
          gross: 500_000,
          expected: 400_000,
          withdrawable: 400_000,
          cost: 0,
          budgetNet: 400_000,
          realised: 250_000,
          deviation: -150_000,
          realisationStatus: "avvik",
        },
      ],
      lostLinks: [
        {
          measure: "T1",
          benefit: "T1-G1",
          key: { ansvar: "3100", art: "10100", funksjon: "254" },
          kind: "link",
        },
        { measure: "T2", key: { ansvar: "3100", art: "10900", funksjon: "254" }, kind: "cost" },
      ],
      missingSavingsTarget: "2030",
      explicitPhaseIn: ["T1-G1"],
      dropped: [{ measure: "T2", benefit: "T2-G1", field: "realised.2026", raw: "mye" }],
    };
    const [nb, nn, en] = (["nb", "nn", "en"] as const).map((language) => {
      const text = rollReportText(report, ROLL_WORDS[language]);
      return [...text.moved, ...text.archived, ...text.decisions];
    });
    expect(nb).toEqual(
      (({ moved, archived, decisions }) => [...moved, ...archived, ...decisions])(
        rollReportText(report),
      ),
    );
    expect(nn).toHaveLength(nb?.length ?? 0);
    nb?.forEach((line, i) => {
      expect(nn?.[i]).not.toBe(line);
      expect(en?.[i]).not.toBe(line);
      expect(unquoted(nn?.[i] ?? "")).not.toMatch(BOKMAL_ONLY);
      expect(unquoted(en?.[i] ?? "")).not.toMatch(NORWEGIAN);
    });
  });

  it.each(LACK_KEYS as LackKey[])("says what a header row lacks (%s) in each language", (key) => {
    const own = { year: 2027, header: "Versjon", count: 3, values: "A, B, C" };
    const params = lackParams("missing", [lack(key, own)]);
    const say = (language: "nb" | "nn" | "en") =>
      CATALOGUES[language].messages.MAPPING_LACKS(params);
    const [nb, nn, en] = [say("nb"), say("nn"), say("en")];
    expect(nb).toMatch(/^Koblingen mangler \S.*\.$/);
    expect(nn).toMatch(/^Koplinga manglar \S/);
    expect(en).toMatch(/^The connection lacks \S/);
    expect(unquoted(nn)).not.toMatch(BOKMAL_ONLY);
    expect(unquoted(en)).not.toMatch(NORWEGIAN);
  });

  it("names what the nearest header row lacks when no budget is found, in each language", () => {
    // A header with two versions in one column: detection refuses it.
    const values = [
      ["Ansvar", "Prosjekt", "Versjon", "Budsjett 2027"],
      ["1000", "P1", "Vedtatt", 100],
      ["1000", "P1", "Revidert", 120],
    ];
    const result = detectBudget({
      grids: [
        {
          name: "Ark1",
          origin: { row: 0, col: 0 },
          values,
          formulas: values.map((r) => r.map(() => null)),
        },
      ],
    });
    if (result.status === "found") throw new Error("found a budget of two versions");
    const params = result.params ?? {};
    const en = CATALOGUES.en.messages.BUDGET_NOT_DETECTED(params);
    const nn = CATALOGUES.nn.messages.BUDGET_NOT_DETECTED(params);
    expect(en).toContain("but it lacks one budget version: the column «Versjon» has 2");
    expect(nn).toContain("men der manglar éin budsjettversjon: kolonnen «Versjon» har 2");
    expect(CATALOGUES.nb.messages.BUDGET_NOT_DETECTED(params)).toContain(
      "men der mangler én budsjettversjon: kolonnen «Versjon» har 2",
    );
  });
});
