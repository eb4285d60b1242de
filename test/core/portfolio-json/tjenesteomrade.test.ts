/**
 * Tjenesteområde in the portfolio file (spec §13, docs/model.md §9b): in `links[]` and
 * `costLink` where the budget has it, read and written back as given; a key without it is
 * written exactly as before, so version 1–2 files and today's outputs are unchanged.
 */
import fc from "fast-check";

import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import { calculatePortfolio } from "../../../src/core/calculation";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { buildReport, writeReportJson } from "../../../src/core/report/build-report";
import { arbitraryPortfolio } from "../calculation/arbitraries";
import { aMeasure, aPortfolio } from "../../support/builders";
import { messageText } from "../../../src/app/messages";
import { bergenLine, bergenMeasure } from "../../support/bergen-shape";

const withArea = (): Portfolio =>
  aPortfolio({
    measures: [bergenMeasure()],
  });

describe("tjenesteomrade in links and costLink of the portfolio file", () => {
  it("writes it after prosjekt's place and reads back the same keys", () => {
    const text = writePortfolioJson(withArea());

    const { portfolio, issues } = readPortfolioJson(text, { validate: false });

    expect(issues).toEqual([]);
    expect(portfolio).toEqual(withArea());
    const measure = (JSON.parse(text) as { measures: Record<string, unknown>[] }).measures[0];
    expect(measure?.costLink).toEqual({
      ansvar: "4",
      art: "",
      funksjon: "25300",
      tjenesteomrade: "17A",
    });
    expect(Object.keys((measure?.benefits as { links: object[] }[])[0]!.links[0]!)).toEqual([
      "ansvar",
      "art",
      "funksjon",
      "tjenesteomrade",
      "share",
    ]);
    expect(writePortfolioJson(portfolio!)).toBe(text);
  });

  it("writes no tjenesteomrade where a key has none (every file of today stays the same)", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(), (portfolio) => {
        expect(writePortfolioJson(portfolio)).not.toContain("tjenesteomrade");
      }),
    );
  });

  it("round-trips any portfolio whose links name a tjenesteområde", () => {
    const area = fc.constantFrom("02", "16", "17A", " 3 ");
    const portfolios = arbitraryPortfolio().chain((portfolio) =>
      fc
        .array(area, {
          minLength: portfolio.measures.length * 4,
          maxLength: portfolio.measures.length * 4,
        })
        .map((areas): Portfolio => {
          let next = 0;
          const pick = () => areas[next++ % Math.max(1, areas.length)] as string;
          return {
            ...portfolio,
            measures: portfolio.measures.map((m) => ({
              ...m,
              benefits: m.benefits.map((b) => ({
                ...b,
                links: b.links.map((l) => ({ ...l, tjenesteomrade: pick() })),
              })),
            })),
          };
        }),
    );
    fc.assert(
      fc.property(portfolios, (portfolio) => {
        const text = writePortfolioJson(portfolio);

        const { portfolio: read, issues } = readPortfolioJson(text, { validate: false });

        expect(issues).toEqual([]);
        expect(read).toEqual(portfolio);
        expect(writePortfolioJson(read!)).toBe(text);
      }),
    );
  });

  it("keeps an unreadable tjenesteomrade as it was given, as the other key fields", () => {
    const json = JSON.parse(writePortfolioJson(withArea())) as {
      measures: { benefits: { links: Record<string, unknown>[] }[] }[];
    };
    json.measures[0]!.benefits[0]!.links[0]!.tjenesteomrade = { kode: 16 };
    const text = JSON.stringify(json, null, 2);

    const { portfolio, issues } = readPortfolioJson(text, { validate: false });

    expect(issues).toEqual([]);
    const benefit = portfolio?.measures[0]?.benefits[0];
    expect(benefit?.invalid).toEqual({ "links.0.tjenesteomrade": { kode: 16 } });
    expect(benefit?.links[0]).not.toHaveProperty("tjenesteomrade");
    expect(writePortfolioJson(portfolio!)).toBe(text + "\n");
  });

  it("links through to lines keyed by tjenesteområde; the report names it only where there is one", () => {
    const budget = createBudgetIndex([
      bergenLine("2", "12000", "16", 950_000, 1),
      bergenLine("4", "25100", "02", 5_000_000, 3),
      bergenLine("4", "25300", "17A", 9_000_000, 4),
    ]);

    const result = calculatePortfolio(withArea(), { budget });
    const report = JSON.parse(
      writeReportJson(buildReport(withArea(), { budget, text: messageText })),
    ) as {
      budgetAdjustments: { key: Record<string, string>; years: Record<string, object> }[];
    };

    // 100 000 kr a year: 75 000 off 2/12000/16 and 25 000 off 4/25100/02; the cost of 50 000 in
    // 2027 on 4/25300/17A (the measure is prioritert, so it counts).
    const byArea = Object.fromEntries(
      result.budgetAdjustments.map((a) => [a.key.tjenesteomrade, a.years["2027"]]),
    );
    expect(byArea["16"]).toMatchObject({ original: 950_000, adjustment: -75_000 });
    expect(byArea["02"]).toMatchObject({ original: 5_000_000, adjustment: -25_000 });
    expect(byArea["17A"]).toMatchObject({ original: 9_000_000, adjustment: 50_000 });
    expect(report.budgetAdjustments.map((a) => a.key)).toEqual([
      { ansvar: "2", art: "", funksjon: "12000", prosjekt: "", tjenesteomrade: "16" },
      { ansvar: "4", art: "", funksjon: "25100", prosjekt: "", tjenesteomrade: "02" },
      { ansvar: "4", art: "", funksjon: "25300", prosjekt: "", tjenesteomrade: "17A" },
    ]);
    const plain = JSON.parse(
      writeReportJson(buildReport(aPortfolio({ measures: [aMeasure()] }), { text: messageText })),
    );
    expect(JSON.stringify(plain)).not.toContain("tjenesteomrade");
  });
});
