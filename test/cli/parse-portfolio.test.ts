/** `gevinst import` refuses a file that is no portfolio with the reader's reason, in bokmål. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePortfolio } from "../../src/cli/use-cases";

describe("parsePortfolio", () => {
  it("names the file and says why it is not a portfolio", () => {
    expect(() => parsePortfolio("[]", "p.json")).toThrow(
      "«p.json»: Filen er ikke en Gevinst-portefølje: den må være ett JSON-objekt ({ … }).",
    );
    expect(() => parsePortfolio('{ "a": ', "q.json")).toThrow(
      /^«q\.json»: Filen er ikke gyldig JSON \(linje 1: .+\)\. Rett feilen/,
    );
  });

  it("reads a portfolio", () => {
    const text = readFileSync(
      join(__dirname, "..", "fixtures", "portfolio", "eksempel.json"),
      "utf8",
    );

    const { portfolio } = parsePortfolio(text, "eksempel.json");

    expect(portfolio.measures.length).toBeGreaterThan(0);
  });
});
