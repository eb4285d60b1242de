/**
 * Versions survive the sheet and the file (spec §15): «Gevinst Versjoner» holds fixed values (no
 * formula anywhere) that the sheet reader gives back exactly, and the portfolio file writes and
 * reads them — a bad value kept as given, an unknown field kept.
 */
import fc from "fast-check";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { MEASURE_STATUSES, type PortfolioVersion } from "../../../src/core/model/portfolio.types";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import type { SheetDraft } from "../../../src/core/sheets/shared/sheet-draft";
import { renderVersionChanges } from "../../../src/core/sheets/versions/changes-sheet";
import { readVersions, renderVersions } from "../../../src/core/sheets/versions/versions-sheet";
import { freezeVersion, versionComparison } from "../../../src/core/versions";
import type { CellValue, SheetGrid } from "../../../src/core/workbook/workbook-port";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aDeepDive,
  aLink,
  aMeasure,
  aPortfolio,
} from "../../support/builders";

/** The sheet as the workbook would hold it after the draft is written. */
function gridOf(draft: SheetDraft): { grid: SheetGrid; formulas: number } {
  const values: CellValue[][] = [];
  let formulas = 0;
  for (const [key, cell] of draft.cells) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    if (cell.content.kind === "formula") {
      formulas++;
      continue;
    }
    (values[row] ??= [])[col] = cell.content.value;
  }
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
  return { grid: { name: draft.name, origin: { row: 0, col: 0 }, values }, formulas };
}

function twoVersions(): { versions: PortfolioVersion[] } {
  const budget = aBudget([
    aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1e6, 1e6, 1e6, 1e6]),
    aBudgetLine(
      { ansvar: "F460", art: "16000", funksjon: "254", prosjekt: "P7" },
      [-2e5, 0, 0, 0],
      1,
    ),
  ]);
  const portfolio = aPortfolio({
    savingsTarget: { "2027": 100_000, "2028": 150_000 },
    deepDives: [aDeepDive()],
    measures: [
      aMeasure({
        deepDive: "DD1",
        benefits: [
          aBenefit({
            annual: 100_000 / 3,
            links: [
              aLink({ share: 0.5 }),
              aLink({ ansvar: "F460", art: "16000", prosjekt: "P7", share: 0.5 }),
            ],
          }),
        ],
      }),
      aMeasure({ id: "T2", name: "Nattpatrulje; «ny» turnus", status: "foreslatt" }),
    ],
  });
  const head = { date: "2026-11-01", by: "Rådmann" };
  const v1 = freezeVersion(portfolio, calculatePortfolio(portfolio, { budget }), {
    kind: "forslag",
    name: "Forslag 2027",
    ...head,
  });
  portfolio.versions = [v1];
  portfolio.measures[1]!.status = "vedtatt";
  const v2 = freezeVersion(portfolio, calculatePortfolio(portfolio, { budget }), {
    kind: "vedtatt",
    name: "Vedtatt 2027",
    ...head,
  });
  return { versions: [v1, v2] };
}

describe("«Gevinst Versjoner»", () => {
  it("is fixed values that read back exactly as the versions", () => {
    const { versions } = twoVersions();
    const { grid, formulas } = gridOf(renderVersions(versions));
    expect(formulas).toBe(0);
    expect(readVersions(grid)).toEqual(versions);
  });

  it("shows labels, not codes, and the key codes as the budget has them", () => {
    const { versions } = twoVersions();
    const text = gridOf(renderVersions(versions)).grid.values.flat().map(String);
    expect(text).toEqual(
      expect.arrayContaining(["Forslag", "Vedtatt", "Prioritert", "Foreslått", "F460", "P7"]),
    );
    expect(text).not.toContain("foreslatt");
  });
});

describe("«Gevinst Endringer»", () => {
  it("lists the changed measure with its status before and after, and the gap per year", () => {
    const { versions } = twoVersions();
    const portfolio = aPortfolio({ versions, deepDives: [aDeepDive()] });
    const { grid, formulas } = gridOf(renderVersionChanges(versionComparison(portfolio)));
    expect(formulas).toBe(0);
    const rows = grid.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    const t2 = rows.find((r) => r[0] === "T2");
    // T2 (100 000 a year, no costs) went from foreslått to vedtatt: netto stays 100 000 but
    // now counts, so the gap falls by 100 000 in every year.
    expect(t2?.slice(0, 5)).toEqual([
      "T2",
      "Nattpatrulje; «ny» turnus",
      "Endret",
      "Foreslått",
      "Vedtatt",
    ]);
    const gap2027 = rows.find((r) => r[0] === "2027" && r.length === 4);
    const gapExpected = [2027, 100_000 - 100_000 / 3, -100_000 / 3, -100_000];
    gapExpected.forEach((x, k) => expect(Number(gap2027?.[k])).toBeCloseTo(x, 6));
  });

  it("says what to do when there is nothing to compare yet", () => {
    const { versions } = twoVersions();
    const draft = renderVersionChanges(versionComparison(aPortfolio({ versions: [versions[0]!] })));
    expect(String(gridOf(draft).grid.values[1]?.[0])).toMatch(/frys en versjon «vedtatt»/);
  });
});

describe("versions in the portfolio file", () => {
  it("are written and read back exactly", () => {
    const { versions } = twoVersions();
    const text = writePortfolioJson(aPortfolio({ versions }));
    const { portfolio, issues } = readPortfolioJson(text);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(portfolio?.versions).toEqual(versions);
    expect(writePortfolioJson(portfolio!)).toBe(text);
  });

  it("keep a bad value as given (BAD_VALUE) and an unknown field", () => {
    const { versions } = twoVersions();
    const json = JSON.parse(writePortfolioJson(aPortfolio({ versions })));
    json.versions[0].kind = "utkast";
    json.versions[0].measures[0].years["2027"].budgetNet = "mye";
    json.versions[1].merknad = "Vedtatt i k-sak 12/27";
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const { portfolio, issues } = readPortfolioJson(text);
    expect(issues.filter((i) => i.code === "BAD_VALUE").map((i) => i.field)).toEqual([
      "versions.0.kind",
      "versions.0.measures.0.years.2027.budgetNet",
    ]);
    expect(portfolio?.versions?.[0]?.kind).toBe("navngitt");
    expect(JSON.parse(writePortfolioJson(portfolio!))).toEqual(json);
  });
});

/** Generated versions with awkward content: names with ; « » and a leading =, øre, incomes. */
const text = fc
  .stringMatching(/^[A-Za-zÆØÅæøå0-9;«»"=+ ,.-]{1,20}$/)
  .map((s) => s.trim())
  .filter((s) => s !== "");
const amount = fc.integer({ min: -1e9, max: 1e9 }).map((n) => (n === 0 ? 0 : n / 100));
const years = ["2027", "2028", "2029", "2030"];
const versionArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom("forslag", "vedtatt", "navngitt") as fc.Arbitrary<
      PortfolioVersion["kind"]
    >,
    name: text,
    date: fc.constantFrom("2026-11-01", "2026-12-15"),
    by: text,
    savingsTarget: fc
      .tuple(amount, amount, amount, amount)
      .map((a) => Object.fromEntries(years.map((y, i) => [y, a[i] as number]))),
    measures: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^T[0-9]{1,3}$/),
        name: text,
        status: fc.constantFrom(...MEASURE_STATUSES),
        deepDive: fc.option(fc.constantFrom("DD1", "DD2"), { nil: undefined }),
        years: fc
          .array(fc.tuple(amount, amount, amount), { minLength: 4, maxLength: 4 })
          .map((figures) =>
            Object.fromEntries(
              years.map((y, i) => {
                const [expected, withdrawable, budgetNet] = figures[i] as number[];
                return [y, { expected, withdrawable, budgetNet }];
              }),
            ),
          ),
      }),
      { selector: (m) => m.id, maxLength: 4 },
    ),
    adjustments: fc.uniqueArray(
      fc.record({
        key: fc.record({
          ansvar: fc.constantFrom("3100", "F460", "30000H"),
          art: fc.constantFrom("10300", "16000"),
          funksjon: fc.constantFrom("254", "25300"),
          prosjekt: fc.constantFrom("", "P7"),
          tjenesteomrade: fc.constantFrom("02", "17A"),
        }),
        years: fc
          .tuple(amount, amount, amount, amount)
          .map((a) => Object.fromEntries(years.map((y, i) => [y, a[i] as number]))),
      }),
      { selector: (a) => JSON.stringify(a.key), maxLength: 3 },
    ),
  });
const withoutUndefined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("generated versions survive the sheet and the file (fast-check)", () => {
  it("read back exactly from «Gevinst Versjoner» and from the portfolio file", () => {
    fc.assert(
      fc.property(fc.tuple(versionArb("V1"), versionArb("V2")), (generated) => {
        const versions = withoutUndefined(generated) as PortfolioVersion[];
        expect(readVersions(gridOf(renderVersions(versions)).grid)).toEqual(versions);
        const { portfolio } = readPortfolioJson(writePortfolioJson(aPortfolio({ versions })));
        expect(portfolio?.versions).toEqual(versions);
      }),
      { numRuns: 150 },
    );
  });
});
