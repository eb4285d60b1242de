import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { aBenefit, aMeasure, aPortfolio } from "../../support/builders";
import { readFixture } from "../../support/golden";

describe("writePortfolioJson", () => {
  it("writes known fields in the spec's order and years in year order", () => {
    const portfolio = aPortfolio({
      savingsTarget: { "2030": 4, "2027": 1 },
      measures: [aMeasure({ benefits: [aBenefit({ phaseIn: { "2029": 1, "2027": 0.5 } })] })],
    });

    const text = writePortfolioJson(portfolio);

    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      "format",
      "version",
      "organisation",
      "budgetYear",
      "settings",
      "savingsTarget",
      "deepDives",
      "measures",
    ]);
    expect(text).toContain('"savingsTarget": {\n    "2027": 1,\n    "2030": 4\n  }');
    expect(text.indexOf('"2027": 0.5')).toBeLessThan(text.indexOf('"2029": 1'));
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("writes an unreadable value back exactly as it was given", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          invalid: { status: "godkjent", "costs.oneTime.2027": "300 000" },
          benefits: [
            aBenefit({ annual: 0, invalid: { annual: "åtte hundre", "links.0.share": "alt" } }),
          ],
        }),
      ],
    });

    const written = JSON.parse(writePortfolioJson(portfolio)) as {
      measures: {
        status: unknown;
        costs: { oneTime: Record<string, unknown> };
        benefits: { annual: unknown; links: { share: unknown }[] }[];
      }[];
    };

    expect(written.measures[0]?.status).toBe("godkjent");
    expect(written.measures[0]?.costs.oneTime["2027"]).toBe("300 000");
    expect(written.measures[0]?.benefits[0]?.annual).toBe("åtte hundre");
    expect(written.measures[0]?.benefits[0]?.links[0]?.share).toBe("alt");
  });

  it("writes a non-finite number as text so it stays visible", () => {
    const text = writePortfolioJson(
      aPortfolio({ measures: [aMeasure({ benefits: [aBenefit({ annual: Number.NaN })] })] }),
    );

    const { portfolio } = readPortfolioJson(text);

    expect(portfolio?.measures[0]?.benefits[0]?.invalid).toEqual({ annual: "NaN" });
  });

  it("is stable: writing what it read gives the same text", () => {
    const first = writePortfolioJson(
      readPortfolioJson(readFixture("portfolio/eksempel.json")).portfolio!,
    );

    const second = writePortfolioJson(readPortfolioJson(first).portfolio!);

    expect(second).toBe(first);
    expect(first).toContain('"sakNr": "26/1234"');
  });
});
