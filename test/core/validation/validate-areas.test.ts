/**
 * AREA_DUPLICATE and AREA_NOT_IN_BUDGET (spec §13, issue 24): an area id listed twice is an
 * error on its second listing; a listed area whose code no budget line has is a warning, only
 * when the budget's lines are known; both point at `areas.<k>.id` and name a line in the file.
 */
import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { validatePortfolio } from "../../../src/core/validation/validate-portfolio";
import { messageText } from "../../../src/app/messages";
import type { Issue } from "../../../src/core/model/issue.types";
import { aPortfolio } from "../../support/builders";
import { bergenLine } from "../../support/bergen-shape";

const lines = [
  bergenLine("2", "12000", "16", 950_000, 1),
  bergenLine("4", "25100", "02", 5_000_000, 3),
  bergenLine("4", "25300", "17A", 9_000_000, 4),
];
const budget = createBudgetIndex(lines);
const codes = (issues: readonly Issue[], code: string): Issue[] =>
  issues.filter((i) => i.code === code);

describe("AREA_DUPLICATE", () => {
  it("is an error on each listing of an id after its first, ids compared trimmed", () => {
    const p = aPortfolio({
      areas: [
        { id: "02", name: "Barnevern" },
        { id: "16", name: "Administrasjon" },
        { id: " 02", name: "Barnevern igjen" },
      ],
    });
    const found = codes(validatePortfolio(p), "AREA_DUPLICATE");
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        field: "areas.2.id",
        params: { id: "02", first: 1, at: 3 },
      }),
    ]);
    expect(messageText(found[0]!, "nb")).toContain("Rammeområde 02 står to ganger");
  });

  it("says nothing when every id is listed once", () => {
    const p = aPortfolio({
      areas: [
        { id: "02", name: "A" },
        { id: "020", name: "B" },
      ],
    });
    expect(codes(validatePortfolio(p), "AREA_DUPLICATE")).toEqual([]);
  });
});

describe("AREA_NOT_IN_BUDGET", () => {
  it("warns for a listed area no line has, in the portfolio's grouping", () => {
    const p = aPortfolio({
      areaDimension: "tjenesteomrade",
      areas: [
        { id: "02", name: "Barnevern" },
        { id: "17", name: "Sykehjem (skrevet uten A)" },
      ],
    });
    const found = codes(validatePortfolio(p, budget), "AREA_NOT_IN_BUDGET");
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        field: "areas.1.id",
        params: { id: "17", dimension: "tjenesteomrade" },
      }),
    ]);
    expect(messageText(found[0]!, "nb")).toContain("tjenesteområde 17");
    // Without the budget nothing is known of its codes.
    expect(codes(validatePortfolio(p), "AREA_NOT_IN_BUDGET")).toEqual([]);
  });

  it("groups by the prefix: 251 is in a budget with tjeneste 25100, 254 is not", () => {
    const p = aPortfolio({
      areaDimension: "funksjon",
      areaPrefix: 3,
      areas: [
        { id: "251", name: "Barnevern" },
        { id: "254", name: "Hjemmetjenester" },
      ],
    });
    const found = codes(validatePortfolio(p, budget), "AREA_NOT_IN_BUDGET");
    expect(found.map((i) => i.params)).toEqual([{ id: "254", dimension: "funksjon", prefix: 3 }]);
  });

  it("gives the file line of the area that is not in the budget", () => {
    const p = aPortfolio({
      areaDimension: "tjenesteomrade",
      areas: [
        { id: "02", name: "Barnevern" },
        { id: "99", name: "Ukjent" },
      ],
    });
    const text = writePortfolioJson(p);
    const { issues } = readPortfolioJson(text, { budget });
    const found = codes(issues, "AREA_NOT_IN_BUDGET")[0];
    expect(found?.line).toBe(text.split("\n").findIndex((l) => l.includes('"99"')) + 1);
  });
});
