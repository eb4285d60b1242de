/**
 * The budget changes out (spec §15): rows from the calculation's per-line adjustments, written as
 * the budget system imports them. Hand-derived figures first, then the property the spec states:
 * summed back onto the original budget lines, the file gives exactly the adjusted budget of the
 * report (in whole kroner), for every line and year.
 */
import fc from "fast-check";
import {
  budgetChangeRows,
  changeColumns,
  csvField,
  wholeKroner,
  writeChangesCsv,
  type BudgetChangeRow,
} from "../../../src/core/budget-changes";
import type { BudgetMapping, BudgetSource } from "../../../src/core/budget/budget.types";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { keyId } from "../../../src/core/calculation/budget-key";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import type { Measure } from "../../../src/core/model/portfolio.types";
import { buildReport } from "../../../src/core/report/build-report";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aLink,
  aMeasure,
  aPortfolio,
} from "../../support/builders";

const YEARS = ["2027", "2028", "2029", "2030"];

describe("wholeKroner", () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [2.4999, 2],
    [-0.4, 0],
    [333333.333, 333333],
    [0.1 + 0.2 + 0.2, 1], // 0.5000000000000001
    [1.5 - 1e-12, 2], // a sum of shares a hair below the half
  ])("%p → %p", (amount, expected) => {
    expect(wholeKroner(amount)).toBe(expected);
  });
});

describe("budgetChangeRows", () => {
  const lines = [
    aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1_000_000, 1_000_000, 0, 0]),
    aBudgetLine({ ansvar: "3100", art: "16000", funksjon: "254" }, [-200_000, -200_000, 0, 0], 1),
    aBudgetLine({ ansvar: "1300", art: "12400", funksjon: "120" }, [85_000, 85_000, 0, 0], 2),
  ];
  const budget = aBudget(lines);

  it("gives one row per line and year with a change, in the budget's sign, naming the measures", () => {
    // T1: 100 000 × 0.8 confidence, shared 1/3 – 2/3 between an expense and an income line, in
    // 2027 and 2028 only; its one-time cost 50 000 in 2027 goes on 1300/12400/120.
    // T2: 30 000 a year on the expense line, 2027 only. T3 is foreslått: not counted.
    const t1 = aMeasure({
      id: "T1",
      name: "Elektronisk medisineringsstøtte",
      costs: { oneTime: { "2027": 50_000 }, running: {} },
      costLink: { ansvar: "1300", art: "12400", funksjon: "120" },
      benefits: [
        aBenefit({
          confidence: 0.8,
          phaseIn: { "2027": 1, "2028": 1 },
          links: [aLink({ share: 1 / 3 }), aLink({ art: "16000", share: 2 / 3 })],
        }),
      ],
    });
    const t2 = aMeasure({
      id: "T2",
      name: "Nattpatrulje; ny turnus",
      benefits: [aBenefit({ annual: 30_000, phaseIn: { "2027": 1 } })],
    });
    const t3 = aMeasure({ id: "T3", status: "foreslatt" });
    const portfolio = aPortfolio({ measures: [t1, t2, t3] });
    const result = calculatePortfolio(portfolio, { budget });

    const rows = budgetChangeRows(portfolio, result, budget);

    const brief = rows.map((r) => [keyId(r.key), r.year, r.amount, r.measures.join(",")]);
    // 80 000 × 1/3 = 26 666,67 → −26 667 (plus T2's −30 000 in 2027); 80 000 × 2/3 = 53 333,33
    // → −53 333; the cost line gets +50 000 in 2027 only.
    expect(brief).toEqual([
      ["1300|12400|120|", "2027", 50_000, "T1"],
      ["3100|10300|254|", "2027", -56_667, "T1,T2"],
      ["3100|10300|254|", "2028", -26_667, "T1"],
      ["3100|16000|254|", "2027", -53_333, "T1"],
      ["3100|16000|254|", "2028", -53_333, "T1"],
    ]);
    expect(rows[1]?.names).toEqual(["Elektronisk medisineringsstøtte", "Nattpatrulje; ny turnus"]);
  });

  it("leaves out keys that are no budget line, and measures innarbeidet i budsjettet", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({ id: "T1", benefits: [aBenefit({ links: [aLink({ ansvar: "9999" })] })] }),
        aMeasure({ id: "T2", includedInBudget: true }),
      ],
    });
    const result = calculatePortfolio(portfolio, { budget });
    // The calculation keeps both keys (adjustment −100 000 on the missing one, 0 on the other) …
    expect(result.budgetAdjustments.map((a) => a.years["2027"]?.adjustment)).toEqual([0, -100_000]);
    // … the file has nothing the budget system could put on a line.
    expect(budgetChangeRows(portfolio, result, budget)).toEqual([]);
  });
});

describe("changeColumns", () => {
  const source = (keyColumns: BudgetSource["keyColumns"], sheet = "Budsjett"): BudgetSource => ({
    sheet,
    headerRow: 2,
    firstRow: 3,
    lastRow: 10,
    keyColumns,
    nameColumns: {},
    planColumns: [9, 9, 9, 9],
    yearColumns: [],
    unit: 1,
  });
  const grid = {
    name: "Budsjett",
    origin: { row: 2, col: 0 },
    values: [["konto", "konto_tekst", " ansvar ", "ansvar_tekst", "tjeneste", null, "prosjekt"]],
  };

  it("orders the key columns as the budget sheet does, with its header texts", () => {
    const mapping: BudgetMapping = {
      budgetYear: 2013,
      sources: [source({ funksjon: 4, art: 0, ansvar: 2, prosjekt: 6 })],
    };
    expect(changeColumns(mapping, [grid])).toEqual([
      { dimension: "art", header: "konto" },
      { dimension: "ansvar", header: "ansvar" },
      { dimension: "funksjon", header: "tjeneste" },
      { dimension: "prosjekt", header: "prosjekt" },
    ]);
  });

  it("names a column by its dimension when the header cell is blank or the sheet unread", () => {
    const mapping: BudgetMapping = {
      budgetYear: 2013,
      sources: [source({ art: 0, funksjon: 5 }), source({ ansvar: 1 }, "Ark2")],
    };
    expect(changeColumns(mapping, [grid])).toEqual([
      { dimension: "art", header: "konto" },
      { dimension: "funksjon", header: "funksjon" },
      { dimension: "ansvar", header: "ansvar" },
    ]);
  });
});

describe("writeChangesCsv", () => {
  const columns = [
    { dimension: "art" as const, header: "konto" },
    { dimension: "ansvar" as const, header: "ansvar" },
  ];
  const row = (overrides: Partial<BudgetChangeRow>): BudgetChangeRow => ({
    key: { ansvar: "F460", art: "10100", funksjon: "", prosjekt: "" },
    year: "2027",
    amount: -26_667,
    measures: ["T1", "T2"],
    names: ["Sjølvbetjent bibliotek", 'Ny «turnus»; "natt"'],
    ...overrides,
  });

  it("writes a BOM, CRLF, ; between fields, plain integers and quotes only where needed", () => {
    const text = writeChangesCsv({ columns, rows: [row({})] });
    expect(text).toBe(
      "\uFEFFkonto;ansvar;år;beløp;tiltak;tekst\r\n" +
        '10100;F460;2027;-26667;T1,T2;"Sjølvbetjent bibliotek, Ny «turnus»; ""natt"""\r\n',
    );
  });

  it("keeps a measure name that looks like a formula as text", () => {
    const text = writeChangesCsv({ columns, rows: [row({ names: ["=HYPERLINK(1)", "-kutt"] })] });
    expect(text.split("\r\n")[1]).toBe("10100;F460;2027;-26667;T1,T2;'=HYPERLINK(1), -kutt");
  });

  it("quotes fields with edge spaces or line breaks", () => {
    expect([" a", "b ", "a\nb", "plain"].map(csvField)).toEqual([
      '" a"',
      '"b "',
      '"a\nb"',
      "plain",
    ]);
  });
});

/** Generated budgets and portfolios: shares that make øre, incomes and expenses, cost links. */
const ANSVAR = ["100", "120", "F460"];
const ART = ["10100", "10300", "16000"];
const keyArb = fc.record({
  ansvar: fc.constantFrom(...ANSVAR),
  art: fc.constantFrom(...ART),
  funksjon: fc.constantFrom("254", "37000"),
});
const amountArb = fc.oneof(
  fc.integer({ min: -5_000_000, max: 5_000_000 }),
  fc.double({ min: -5_000_000, max: 5_000_000, noNaN: true }).map((x) => Math.round(x * 100) / 100),
);
const measureArb = (index: number) =>
  fc
    .record({
      status: fc.constantFrom("foreslatt", "prioritert", "vedtatt", "avbrutt"),
      includedInBudget: fc.boolean(),
      annual: fc.integer({ min: -200_000, max: 2_000_000 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      phaseIn: fc.tuple(
        fc.constantFrom(0, 0.25, 1 / 3, 1),
        fc.constantFrom(0, 0.5, 1),
        fc.constantFrom(0, 1),
        fc.constantFrom(0, 1),
      ),
      links: fc.array(keyArb, { minLength: 1, maxLength: 3 }),
      cost: fc.integer({ min: 0, max: 300_000 }),
      costLink: fc.option(keyArb, { nil: undefined }),
    })
    .map((m): Measure =>
      aMeasure({
        id: `T${index + 1}`,
        name: `Tiltak ${index + 1}`,
        status: m.status,
        ...(m.includedInBudget ? { includedInBudget: true } : {}),
        costs: { oneTime: { "2027": m.cost }, running: { "2029": m.cost / 3 } },
        ...(m.costLink ? { costLink: m.costLink } : {}),
        benefits: [
          aBenefit({
            annual: m.annual,
            confidence: m.confidence,
            phaseIn: Object.fromEntries(YEARS.map((y, i) => [y, m.phaseIn[i] as number])),
            links: m.links.map((k) => aLink({ ...k, share: 1 / m.links.length })),
          }),
        ],
      }),
    );

describe("summed back onto the original budget, the rows give the report's adjusted budget", () => {
  it("for every line and year, in whole kroner (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { minLength: 1, maxLength: 8, selector: keyId }),
        fc.array(fc.tuple(amountArb, amountArb), { minLength: 8, maxLength: 8 }),
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) => fc.tuple(...[...Array(n).keys()].map(measureArb))),
        (keys, amounts, measures) => {
          const lines = keys.map((key, i) => {
            const [b, next] = amounts[i] as [number, number];
            return aBudgetLine(key, [b, next, next, b], i);
          });
          const budget = aBudget(lines);
          const portfolio = aPortfolio({ measures });
          const result = calculatePortfolio(portfolio, { budget });
          const report = buildReport(portfolio, { budget, text: () => "" });
          const rows = budgetChangeRows(portfolio, result, budget);

          // What the budget system holds after the import: the rounded original plus the rows.
          const after = new Map<string, number>();
          for (const line of lines)
            YEARS.forEach((year, i) =>
              after.set(`${keyId(line.key)}|${year}`, wholeKroner(line.amounts[i] as number)),
            );
          for (const row of rows) {
            const id = `${keyId(row.key)}|${row.year}`;
            expect(after.has(id)).toBe(true); // only lines the budget has
            after.set(id, (after.get(id) as number) + row.amount);
          }
          // Every line of the budget: the report's adjusted figure where it lists the line,
          // the original where no counted measure touches it.
          for (const line of lines) {
            const listed = report.budgetAdjustments.find((a) => keyId(a.key) === keyId(line.key));
            YEARS.forEach((year, i) => {
              const adjusted = listed?.years[year]?.adjusted ?? (line.amounts[i] as number);
              expect(after.get(`${keyId(line.key)}|${year}`)).toBe(wholeKroner(adjusted));
            });
          }
          // And no row without a change or without the measures that made it.
          for (const row of rows) {
            expect(row.amount).not.toBe(0);
            expect(Number.isInteger(row.amount)).toBe(true);
            expect(row.measures.length).toBeGreaterThan(0);
          }
          // The written file carries exactly these rows.
          const parsed = parseCsv(writeChangesCsv({ columns: [], rows }), ";").rows;
          expect(parsed.slice(1).map((r) => Number(r[1]))).toEqual(rows.map((r) => r.amount));
        },
      ),
      { numRuns: 300 },
    );
  });
});
