import "../../support/matchers";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { readFixture } from "../../support/golden";
import { textOf } from "../../support/text-of";

/** A small file, one field per line so line numbers are easy to check. */
const small = (benefit: string, extraTop = "") => `{
  "format": "gevinst-portefolje",
  "version": 1,
  "budgetYear": 2027,${extraTop}
  "measures": [
    {
      "id": "T1",
      "name": "Tiltak",
      "owner": "Kari",
      "status": "prioritert",
      "benefits": [
        ${benefit}
      ]
    }
  ]
}
`;

describe("readPortfolioJson", () => {
  it("reads the example file without errors", () => {
    const { portfolio, issues } = readPortfolioJson(readFixture("portfolio/eksempel.json"));

    expect(portfolio?.measures.map((m) => m.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
    expect(portfolio?.measures[0]?.benefits[0]?.links[0]).toEqual({
      ansvar: "3100",
      art: "10300",
      funksjon: "254",
      share: 1,
    });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("rejects invalid JSON with BAD_FORMAT and the line of the error", () => {
    const text = '{\n  "format": "gevinst-portefolje",\n  "version": 1\n  "budgetYear": 2027\n}';

    const { portfolio, issues } = readPortfolioJson(text);

    expect(portfolio).toBeNull();
    expect(issues).toHaveIssue("BAD_FORMAT", { line: 4 });
    expect(textOf(issues[0])).toContain("linje 4: mangler komma");
  });

  it("rejects a wrong format or version clearly", () => {
    const other = readPortfolioJson('{ "format": "budsjett", "version": 1, "budgetYear": 2027 }');
    const newer = readPortfolioJson(
      '{ "format": "gevinst-portefolje",\n "version": 4, "budgetYear": 2027 }',
    );

    expect(other.portfolio).toBeNull();
    expect(textOf(other.issues[0])).toContain(
      "format er «budsjett», men skal være «gevinst-portefolje»",
    );
    expect(newer.portfolio).toBeNull();
    expect(newer.issues).toHaveIssue("BAD_FORMAT", { line: 2 });
    expect(textOf(newer.issues[0])).toContain("versjon 4");
  });

  it("rejects a file that is not an object or has no budget year", () => {
    expect(readPortfolioJson("[1, 2]").issues).toHaveIssue("BAD_FORMAT");
    expect(
      textOf(readPortfolioJson('{ "format": "gevinst-portefolje", "version": 1 }').issues[0]),
    ).toContain("budsjettår");
  });

  it("keeps a value of the wrong type in invalid and reports it on its line", () => {
    const text = small(`{ "id": "G1", "name": "Gevinst", "type": "kostnad", "budgetEffect": "ingen",
          "annual": "800 000", "confidence": 0.8 }`);

    const { portfolio, issues } = readPortfolioJson(text);
    const benefit = portfolio?.measures[0]?.benefits[0];

    expect(benefit?.annual).toBe(0);
    expect(benefit?.invalid).toEqual({ annual: "800 000" });
    expect(issues).toHaveIssue("BAD_VALUE", {
      measure: "T1",
      benefit: "G1",
      field: "annual",
      line: 13,
    });
    expect(calculatePortfolio(portfolio!).totals.total.gross).toBe(0);
  });

  it("keeps unknown enum text in invalid and uses a neutral value", () => {
    const text = small(
      `{ "id": "G1", "name": "G", "type": "penger", "budgetEffect": "uttak", "annual": 5, "links": [] }`,
    );

    const { portfolio, issues } = readPortfolioJson(text);

    expect(portfolio?.measures[0]?.benefits[0]?.type).toBe("kvalitet");
    expect(issues).toHaveIssue("BAD_VALUE", { field: "type", line: 12 });
  });

  it("reports missing required fields as MISSING_FIELD", () => {
    const { issues } = readPortfolioJson(small(`{ "id": "G1", "name": "G", "annual": 5 }`));

    expect(issues).toHaveIssue("MISSING_FIELD", {
      benefit: "G1",
      field: "type",
      severity: "error",
      line: 12,
    });
    expect(issues).toHaveIssue("MISSING_FIELD", {
      benefit: "G1",
      field: "budgetEffect",
      severity: "warning",
    });
  });

  it("reads a code stored as a number as text", () => {
    const text =
      small(`{ "id": "G1", "name": "G", "type": "kostnad", "budgetEffect": "uttak", "annual": 5,
          "links": [{ "ansvar": 3100, "art": 10300, "funksjon": 254, "share": 1 }] }`);

    expect(readPortfolioJson(text).portfolio?.measures[0]?.benefits[0]?.links[0]).toMatchObject({
      funksjon: "254",
    });
  });

  it("skips a list item that is not an object with BAD_FORMAT and keeps going", () => {
    const { portfolio, issues } = readPortfolioJson(small(`"ikke et objekt"`));

    expect(portfolio?.measures[0]?.benefits).toEqual([]);
    expect(issues).toHaveIssue("BAD_FORMAT", { line: 12 });
  });

  it("keeps unknown fields, top-level and nested, on a round trip", () => {
    const text = small(
      `{ "id": "G1", "name": "G", "type": "kostnad", "budgetEffect": "uttak", "annual": 5, "note": "x",
          "links": [{ "ansvar": "1", "art": "2", "funksjon": "3", "share": 1, "kommentar": "hei" }] }`,
      `\n  "kilde": { "system": "Framsikt" },\n  "settings": { "tolerance": 0.2, "farge": "blå" },`,
    );

    const { portfolio } = readPortfolioJson(text);
    const written = JSON.parse(writePortfolioJson(portfolio!)) as {
      kilde: unknown;
      settings: Record<string, unknown>;
      measures: { benefits: { note: unknown; links: Record<string, unknown>[] }[] }[];
    };

    expect(portfolio?.extra).toEqual({ kilde: { system: "Framsikt" }, "settings.farge": "blå" });
    expect(written.kilde).toEqual({ system: "Framsikt" });
    expect(written.settings.farge).toBe("blå");
    expect(written.measures[0]?.benefits[0]?.note).toBe("x");
    expect(written.measures[0]?.benefits[0]?.links[0]?.kommentar).toBe("hei");
  });

  it("checks links against a budget when one is given", () => {
    const text =
      small(`{ "id": "G1", "name": "G", "type": "kostnad", "budgetEffect": "uttak", "annual": 5,
          "links": [{ "ansvar": "1", "art": "2", "funksjon": "3", "share": 1 }] }`);

    const { issues } = readPortfolioJson(text, { budget: { findLines: () => [] } });

    expect(issues).toHaveIssue("LINK_NOT_FOUND", { benefit: "G1", field: "links.0", line: 13 });
  });
});
