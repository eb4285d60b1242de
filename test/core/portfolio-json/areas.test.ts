/**
 * Portfolio file version 3 (spec §13, docs/model.md §8/§9b): `areaDimension`, `areaPrefix` and
 * `areas` read and written back, bad values as BAD_VALUE on their line and kept as given, a
 * version 2 file still read, and AREA_TARGETS_EXCEED_TOTAL exactly when Σ area targets > total.
 */
import "../../support/matchers";
import fc from "fast-check";

import type { Portfolio } from "../../../src/core/model/portfolio.types";
import {
  PORTFOLIO_VERSION,
  readPortfolioJson,
  writePortfolioJson,
} from "../../../src/core/portfolio-json";
import { validatePortfolio } from "../../../src/core/validation/validate-portfolio";
import { aBenefit, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { textOf } from "../../support/text-of";

/** Bergen-shaped: tjenesteområde codes «02», «16», «17A» (tjomr in the økonomiplan). */
const withAreas = (): Portfolio =>
  aPortfolio({
    savingsTarget: { "2027": 200_000, "2028": 200_000 },
    areaDimension: "tjenesteomrade",
    areas: [
      { id: "02", name: "Barnevern", savingsTarget: { "2027": 30_000, "2028": 20_000 } },
      { id: "16", name: "Byrådsavdeling for helse", savingsTarget: { "2027": 100_000 } },
      { id: "17A", name: "Sykehjem" },
    ],
    measures: [
      aMeasure({
        benefits: [
          aBenefit({
            links: [
              aLink({ ansvar: "2", art: "", funksjon: "12000", tjenesteomrade: "16", share: 0.75 }),
              aLink({ ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02", share: 0.25 }),
            ],
          }),
        ],
      }),
    ],
  });

describe("portfolio file version 3: rammeområder (spec §13)", () => {
  it("writes version 3 and the areas after the known fields, and reads back the same portfolio", () => {
    const text = writePortfolioJson(withAreas());
    const json = JSON.parse(text) as Record<string, unknown>;

    expect(PORTFOLIO_VERSION).toBe(3);
    expect(json.version).toBe(3);
    expect(json.areaDimension).toBe("tjenesteomrade");
    expect(json).not.toHaveProperty("areaPrefix");
    expect(json.areas).toEqual([
      { id: "02", name: "Barnevern", savingsTarget: { "2027": 30_000, "2028": 20_000 } },
      { id: "16", name: "Byrådsavdeling for helse", savingsTarget: { "2027": 100_000 } },
      { id: "17A", name: "Sykehjem" },
    ]);
    const { portfolio, issues } = readPortfolioJson(text);
    // The default benefit's indicator-less measure warns MISSING_BASELINE; nothing else.
    expect(issues.map((i) => i.code)).toEqual(["MISSING_BASELINE"]);
    expect(portfolio).toEqual(withAreas());
    expect(writePortfolioJson(portfolio!)).toBe(text);
  });

  it("writes a portfolio without areas as before, but for the version", () => {
    const json = JSON.parse(writePortfolioJson(aPortfolio())) as Record<string, unknown>;

    expect(Object.keys(json)).toEqual([
      "format",
      "version",
      "organisation",
      "budgetYear",
      "settings",
      "savingsTarget",
      "deepDives",
      "measures",
    ]);
  });

  it("reads areaPrefix, and a code written as a number as text", () => {
    const text = writePortfolioJson(
      aPortfolio({ areaDimension: "funksjon", areaPrefix: 3, areas: [] }),
    );
    const json = JSON.parse(writePortfolioJson(aPortfolio())) as Record<string, unknown>;
    json.areaDimension = "funksjon";
    json.areaPrefix = 3;
    json.areas = [{ id: 254, name: "Helse og omsorg i institusjon" }];

    const { portfolio, issues } = readPortfolioJson(JSON.stringify(json, null, 2));

    expect(text).toContain('"areaDimension": "funksjon",\n  "areaPrefix": 3,\n  "areas": []');
    expect(issues).toEqual([]);
    expect(portfolio?.areaDimension).toBe("funksjon");
    expect(portfolio?.areaPrefix).toBe(3);
    expect(portfolio?.areas).toEqual([{ id: "254", name: "Helse og omsorg i institusjon" }]);
  });

  it("reports bad values as BAD_VALUE on their line and writes them back as given", () => {
    const json = JSON.parse(writePortfolioJson(withAreas())) as Record<string, unknown>;
    json.areaDimension = "sektor";
    json.areaPrefix = 0;
    (json.areas as Record<string, unknown>[])[0]!.savingsTarget = { "2027": "mye", "2028": 20_000 };
    (json.areas as Record<string, unknown>[])[1]!.merknad = "fra budsjettskrivet";
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

    const { portfolio, issues } = readPortfolioJson(text);

    expect(issues).toHaveIssue("BAD_VALUE", { field: "areaDimension", line: lineOf('"sektor"') });
    expect(issues).toHaveIssue("BAD_VALUE", { field: "areaPrefix", line: lineOf('"areaPrefix"') });
    expect(issues).toHaveIssue("BAD_VALUE", {
      field: "areas.0.savingsTarget.2027",
      line: lineOf('"mye"'),
    });
    const hintOf = (field: string) => textOf(issues.find((i) => i.field === field)!);
    expect(hintOf("areaDimension")).toContain("tjenesteomrade, funksjon, ansvar, art, prosjekt");
    expect(hintOf("areaPrefix")).toContain("helt tall større enn 0");
    const message = textOf(issues.find((i) => i.field === "areas.0.savingsTarget.2027")!);
    expect(message).toContain("innsparingskrav 2027 i rammeområde 1");
    expect(portfolio).not.toHaveProperty("areaDimension");
    expect(portfolio).not.toHaveProperty("areaPrefix");
    expect(portfolio?.areas?.[0]?.savingsTarget).toEqual({ "2028": 20_000 });
    // Every value back as given (the writer puts areaPrefix in its canonical place).
    const written = writePortfolioJson(portfolio!);
    expect(JSON.parse(written)).toEqual(json);
    expect(written.indexOf('"areaPrefix": 0')).toBeLessThan(written.indexOf('"areas"'));
  });

  it("skips an area that is not an object with BAD_FORMAT and reads the rest", () => {
    const json = JSON.parse(writePortfolioJson(withAreas())) as Record<string, unknown>;
    json.areas = ["02", { id: "16", name: "Helse" }];

    const { portfolio, issues } = readPortfolioJson(JSON.stringify(json, null, 2));

    expect(issues).toHaveIssue("BAD_FORMAT");
    expect(textOf(issues.find((i) => i.code === "BAD_FORMAT")!)).toContain("Rammeområde nr. 1");
    expect(portfolio?.areas).toEqual([{ id: "16", name: "Helse" }]);
  });

  it("still reads a version 2 file (no areas) and writes it as version 3", () => {
    const v2 = writePortfolioJson(aPortfolio({ savingsTarget: { "2027": 1_000 } })).replace(
      '"version": 3,',
      '"version": 2,',
    );

    const { portfolio, issues } = readPortfolioJson(v2);

    expect(issues).toEqual([]);
    expect(portfolio?.version).toBe(3);
    expect(portfolio).not.toHaveProperty("areas");
    expect(writePortfolioJson(portfolio!)).toBe(v2.replace('"version": 2,', '"version": 3,'));
  });

  it("round-trips any areas through write and read", () => {
    const code = fc.stringMatching(/^[0-9]{2}[A-Z]?$/);
    const target = fc.dictionary(
      fc.constantFrom("2027", "2028", "2029", "2030"),
      fc.integer({ min: 0, max: 50_000_000 }),
    );
    const area = fc.record(
      { id: code, name: fc.string({ maxLength: 20 }), savingsTarget: target },
      { requiredKeys: ["id", "name"] },
    );
    fc.assert(
      fc.property(
        fc.array(area, { maxLength: 5 }),
        fc.option(fc.constantFrom("tjenesteomrade", "funksjon", "ansvar", "art", "prosjekt"), {
          nil: undefined,
        }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (areas, areaDimension, areaPrefix) => {
          const portfolio = aPortfolio({
            areas,
            ...(areaDimension ? { areaDimension } : {}),
            ...(areaPrefix ? { areaPrefix } : {}),
          });
          const text = writePortfolioJson(portfolio);
          const read = readPortfolioJson(text, { validate: false });

          expect(read.issues).toEqual([]);
          expect(read.portfolio).toEqual(portfolio);
          expect(writePortfolioJson(read.portfolio!)).toBe(text);
        },
      ),
      { seed: 20261208, numRuns: 150 },
    );
  });
});

describe("AREA_TARGETS_EXCEED_TOTAL (spec §13)", () => {
  it("warns on the kommune's savingsTarget line of the year, with both sums in the message", () => {
    const portfolio = withAreas();
    portfolio.areas![1]!.savingsTarget = { "2027": 180_000 };
    const text = writePortfolioJson(portfolio);
    const line = text.split("\n").findIndex((l) => l.includes('"2027": 200000')) + 1;

    const { issues } = readPortfolioJson(text);

    const found = issues.filter((i) => i.code === "AREA_TARGETS_EXCEED_TOTAL");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "warning",
      field: "savingsTarget.2027",
      line,
      key: "AREA_TARGETS_EXCEED_TOTAL",
    });
    const message = textOf(found[0]!);
    expect(message).toContain("2027");
    expect(message).toMatch(/210\s000 kr/);
    expect(message).toMatch(/200\s000 kr/);
  });

  it("fires for a year exactly when Σ the areas' targets exceeds the kommune's", () => {
    const years = ["2027", "2028", "2029", "2030"] as const;
    const target = fc.dictionary(fc.constantFrom(...years), fc.integer({ min: 0, max: 5_000_000 }));
    fc.assert(
      fc.property(
        fc.array(target, { minLength: 1, maxLength: 4 }),
        target,
        (areaTargets, total) => {
          const portfolio = aPortfolio({
            savingsTarget: total,
            areas: areaTargets.map((savingsTarget, i) => ({
              id: String(i),
              name: `Område ${i}`,
              savingsTarget,
            })),
          });
          const fired = validatePortfolio(portfolio)
            .filter((i) => i.code === "AREA_TARGETS_EXCEED_TOTAL")
            .map((i) => i.params.year);
          const expected = years.filter(
            (year) => areaTargets.reduce((sum, t) => sum + (t[year] ?? 0), 0) > (total[year] ?? 0),
          );

          expect(fired).toEqual(expected);
        },
      ),
      { seed: 20261208, numRuns: 300 },
    );
  });

  it("says nothing without areas", () => {
    const issues = validatePortfolio(aPortfolio({ savingsTarget: { "2027": 0 } }));

    expect(issues.filter((i) => i.code === "AREA_TARGETS_EXCEED_TOTAL")).toEqual([]);
  });
});
