import fc from "fast-check";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { arbitraryPortfolio } from "../calculation/arbitraries";

describe("portfolio JSON round trip", () => {
  it("reads back what it wrote, and writing again gives the same text", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(), (portfolio) => {
        const text = writePortfolioJson(portfolio);

        const { portfolio: read, issues } = readPortfolioJson(text, { validate: false });

        expect(issues).toEqual([]);
        expect(read).toEqual(portfolio);
        expect(writePortfolioJson(read!)).toBe(text);
      }),
    );
  });
});
