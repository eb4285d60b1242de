import "../../support/matchers";
import { validatePortfolio } from "../../../src/core/validation/validate-portfolio";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aDeepDive,
  aLink,
  aMeasure,
  anIndicator,
  aPortfolio,
} from "../../support/builders";
import { textOf } from "../../support/text-of";

/** A measure that passes every check: owner, baseline, linked uttak, no costs. */
const clean = (overrides: Parameters<typeof aMeasure>[0] = {}) =>
  aMeasure({ benefits: [aBenefit({ indicators: [anIndicator()] })], ...overrides });

const budget = aBudget([
  aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1e6, 1e6, 1e6, 1e6]),
]);

function issuesOf(portfolio: Portfolio, withBudget = false) {
  return validatePortfolio(portfolio, withBudget ? budget : undefined);
}

describe("validatePortfolio", () => {
  it("finds nothing wrong in a clean portfolio", () => {
    expect(issuesOf(aPortfolio({ measures: [clean()] }), true)).toEqual([]);
  });

  it("reports DUPLICATE_ID for two measures, benefits, deep-dives or indicators with the same id", () => {
    const portfolio = aPortfolio({
      deepDives: [aDeepDive(), aDeepDive()],
      measures: [
        clean({ id: "T1", deepDive: "DD1" }),
        clean({ id: "T1", deepDive: "DD1" }),
        clean({
          id: "T2",
          benefits: [
            aBenefit({ id: "X", indicators: [anIndicator({ id: "I9" })] }),
            aBenefit({ id: "X", indicators: [anIndicator({ id: "I9" })] }),
          ],
        }),
      ],
    });

    const issues = issuesOf(portfolio);

    expect(issues).toHaveIssue("DUPLICATE_ID", { deepDive: "DD1", severity: "error" });
    expect(issues).toHaveIssue("DUPLICATE_ID", { measure: "T1" });
    expect(issues).toHaveIssue("DUPLICATE_ID", { measure: "T2", benefit: "X" });
    expect(issues).toHaveIssue("DUPLICATE_ID", { indicator: "I9" });
  });

  it("reports UNKNOWN_DEEP_DIVE for a measure naming a deep-dive that does not exist", () => {
    const issues = issuesOf(
      aPortfolio({ deepDives: [aDeepDive()], measures: [clean({ deepDive: "DD9" })] }),
    );

    expect(issues).toHaveIssue("UNKNOWN_DEEP_DIVE", {
      measure: "T1",
      field: "deepDive",
      severity: "error",
    });
    expect(textOf(issues.find((i) => i.code === "UNKNOWN_DEEP_DIVE"))).toContain("«DD9»");
  });

  it("reports BAD_VALUE for non-finite numbers, unreadable values and fractions outside 0–1", () => {
    const portfolio = aPortfolio({
      measures: [
        clean({
          costs: { oneTime: { "2027": Number.NaN }, running: {} },
          benefits: [
            aBenefit({
              annual: Number.POSITIVE_INFINITY,
              confidence: 1.2,
              withdrawalShare: -0.1,
              phaseIn: { "2027": 1.5 },
              links: [aLink({ share: 2 })],
              invalid: { owner: 42 },
              indicators: [anIndicator({ measurements: [{ date: "30.06.2027", value: 380 }] })],
            }),
          ],
        }),
      ],
    });

    const issues = issuesOf(portfolio);

    for (const field of [
      "annual",
      "confidence",
      "withdrawalShare",
      "phaseIn.2027",
      "links.0.share",
      "owner",
    ]) {
      expect(issues).toHaveIssue("BAD_VALUE", { measure: "T1", benefit: "G1", field });
    }
    expect(issues).toHaveIssue("BAD_VALUE", { measure: "T1", field: "costs.oneTime.2027" });
    expect(issues).toHaveIssue("BAD_VALUE", { indicator: "I1", field: "measurements.0.date" });
  });

  it("reports BAD_VALUE for unknown enum text and for kvalitet with kroner or uttak", () => {
    const portfolio = aPortfolio({
      measures: [
        clean({
          invalid: { status: "godkjent" },
          benefits: [
            aBenefit({
              id: "G1",
              type: "kvalitet",
              annual: 10_000,
              budgetEffect: "uttak",
              indicators: [anIndicator()],
            }),
            aBenefit({ id: "G2", budgetEffect: "tatt ut" as never }),
          ],
        }),
      ],
    });

    const issues = issuesOf(portfolio);

    expect(issues).toHaveIssue("BAD_VALUE", { measure: "T1", field: "status" });
    expect(issues).toHaveIssue("BAD_VALUE", { benefit: "G1", field: "annual" });
    expect(issues).toHaveIssue("BAD_VALUE", { benefit: "G1", field: "budgetEffect" });
    expect(issues).toHaveIssue("BAD_VALUE", { benefit: "G2", field: "budgetEffect" });
  });

  it("reports BAD_VALUE for an absurdly large amount and counts it as 0", () => {
    const portfolio = aPortfolio({
      measures: [clean({ costs: { oneTime: { "2027": 1e308 }, running: {} } })],
    });

    expect(issuesOf(portfolio)).toHaveIssue("BAD_VALUE", {
      measure: "T1",
      field: "costs.oneTime.2027",
    });
  });

  it("reports BAD_VALUE for settings out of range", () => {
    const settings = { ...aPortfolio().settings, hoursPerFte: 0, discountRate: 4, tolerance: -1 };

    const issues = issuesOf(aPortfolio({ settings }));

    expect(issues).toHaveIssue("BAD_VALUE", { field: "settings.hoursPerFte" });
    expect(issues).toHaveIssue("BAD_VALUE", { field: "settings.discountRate" });
    expect(issues).toHaveIssue("BAD_VALUE", { field: "settings.tolerance" });
  });

  it("reports LINK_NOT_FOUND and LINK_AMBIGUOUS only when a budget is given", () => {
    const twice = aBudget([
      aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1, 1, 1, 1], 1),
      aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [1, 1, 1, 1], 2),
    ]);
    const missing = aPortfolio({
      measures: [clean({ costLink: { ansvar: "1", art: "2", funksjon: "3" } })],
    });
    const ambiguous = aPortfolio({ measures: [clean()] });

    expect(validatePortfolio(missing, budget)).toHaveIssue("LINK_NOT_FOUND", {
      measure: "T1",
      field: "costLink",
    });
    expect(validatePortfolio(ambiguous, twice)).toHaveIssue("LINK_AMBIGUOUS", {
      measure: "T1",
      benefit: "G1",
      field: "links.0",
    });
    expect(validatePortfolio(missing)).not.toHaveIssue("LINK_NOT_FOUND");
  });

  it("reports SHARES_NOT_ONE when a benefit's shares do not sum to 1", () => {
    const benefit = aBenefit({
      links: [aLink({ share: 0.5 }), aLink({ ansvar: "3200", share: 0.4 })],
      indicators: [anIndicator()],
    });

    const issues = issuesOf(aPortfolio({ measures: [clean({ benefits: [benefit] })] }));

    expect(issues).toHaveIssue("SHARES_NOT_ONE", {
      measure: "T1",
      benefit: "G1",
      severity: "error",
    });
    expect(textOf(issues.find((i) => i.code === "SHARES_NOT_ONE"))).toContain(
      "summerer til 90 %, ikke 100 %",
    );
  });

  it("accepts shares that sum to 1 within 1e-9", () => {
    const benefit = aBenefit({
      links: [
        aLink({ share: 0.1 }),
        aLink({ ansvar: "2", share: 0.2 }),
        aLink({ ansvar: "3", share: 0.7 }),
      ],
      indicators: [anIndicator()],
    });

    expect(issuesOf(aPortfolio({ measures: [clean({ benefits: [benefit] })] }))).not.toHaveIssue(
      "SHARES_NOT_ONE",
    );
  });

  it("reports MISSING_BUDGET_LINK for an uttak benefit of a counted measure without links", () => {
    const measure = clean({ benefits: [aBenefit({ links: [], indicators: [anIndicator()] })] });

    expect(issuesOf(aPortfolio({ measures: [measure] }))).toHaveIssue("MISSING_BUDGET_LINK", {
      benefit: "G1",
    });
    expect(
      issuesOf(aPortfolio({ measures: [{ ...measure, status: "foreslatt" }] })),
    ).not.toHaveIssue("MISSING_BUDGET_LINK");
  });

  it("reports YEAR_OUTSIDE_PLAN as a warning for amounts outside B..B+3", () => {
    const portfolio = aPortfolio({
      savingsTarget: { "2031": 1 },
      measures: [
        clean({
          costs: { oneTime: { "2026": 5 }, running: {} },
          benefits: [aBenefit({ phaseIn: { "2026": 1, "2027": 1 }, indicators: [anIndicator()] })],
        }),
      ],
    });

    const issues = issuesOf(portfolio);

    expect(issues).toHaveIssue("YEAR_OUTSIDE_PLAN", {
      field: "savingsTarget.2031",
      severity: "warning",
    });
    expect(issues).toHaveIssue("YEAR_OUTSIDE_PLAN", { measure: "T1", field: "costs.oneTime.2026" });
    expect(issues).toHaveIssue("YEAR_OUTSIDE_PLAN", { benefit: "G1", field: "phaseIn.2026" });
  });

  it("reports MISSING_OWNER for a counted measure without an owner", () => {
    const issues = issuesOf(
      aPortfolio({
        measures: [
          clean({ owner: "  " }),
          clean({ id: "T2", owner: undefined, status: "foreslatt" }),
        ],
      }),
    );

    expect(issues).toHaveIssue("MISSING_OWNER", { measure: "T1", severity: "warning" });
    expect(issues).not.toHaveIssue("MISSING_OWNER", { measure: "T2" });
  });

  it("reports MISSING_BASELINE for a counted measure without an indicator with a baseline", () => {
    const issues = issuesOf(
      aPortfolio({
        measures: [
          clean({ benefits: [aBenefit({ indicators: [anIndicator({ baseline: undefined })] })] }),
        ],
      }),
    );

    expect(issues).toHaveIssue("MISSING_BASELINE", { measure: "T1", severity: "warning" });
  });

  it("reports COST_UNLINKED for a counted measure with costs and no costLink", () => {
    const issues = issuesOf(
      aPortfolio({ measures: [clean({ costs: { oneTime: {}, running: { "2028": 10 } } })] }),
    );

    expect(issues).toHaveIssue("COST_UNLINKED", {
      measure: "T1",
      field: "costLink",
      severity: "warning",
    });
  });

  it("reports LINE_OVERDRAWN when counted measures take more out of a line than it holds", () => {
    const small = aBudget([
      aBudgetLine({ ansvar: "3100", art: "10300", funksjon: "254" }, [150_000, 1e6, 1e6, 1e6]),
    ]);
    const portfolio = aPortfolio({
      measures: [
        clean({ id: "T1" }),
        clean({
          id: "T2",
          benefits: [aBenefit({ id: "G2", indicators: [anIndicator({ id: "I2" })] })],
        }),
      ],
    });

    const issues = validatePortfolio(portfolio, small);

    // 100 000 + 100 000 = 200 000 taken out of a line of 150 000 in 2027
    expect(issues).toHaveIssue("LINE_OVERDRAWN", { measure: "T1", severity: "warning" });
    const message = textOf(issues.find((i) => i.code === "LINE_OVERDRAWN")) ?? "";
    expect(message).toContain("2027");
    expect(message).toContain("T1, T2");
    expect(message).not.toContain("2028");
  });

  it("reports MISSING_FIELD for a missing id or name and a missing hourly cost", () => {
    const settings = { ...aPortfolio().settings, hourlyCost: 0 };
    const portfolio = aPortfolio({
      settings,
      measures: [
        clean({
          id: "",
          name: "",
          benefits: [
            aBenefit({
              type: "tid",
              budgetEffect: "omdisponering",
              links: [],
              indicators: [anIndicator()],
            }),
          ],
        }),
      ],
    });

    const issues = issuesOf(portfolio);

    expect(issues).toHaveIssue("MISSING_FIELD", { field: "id", severity: "error" });
    expect(issues).toHaveIssue("MISSING_FIELD", { field: "name" });
    expect(issues).toHaveIssue("MISSING_FIELD", {
      field: "settings.hourlyCost",
      severity: "warning",
    });
  });

  it("names the measure and benefit and says what to do in Norwegian", () => {
    const issues = issuesOf(
      aPortfolio({
        measures: [clean({ benefits: [aBenefit({ confidence: 2, indicators: [anIndicator()] })] })],
      }),
    );

    expect(textOf(issues[0])).toBe(
      "Tiltak T1 «Elektronisk medisineringsstøtte», gevinst G1 «Færre besøk»: konfidens er 2, utenfor 0–1. " +
        "Skriv et tall fra 0 til 1 (for eksempel 0,8 for 80 %).",
    );
  });

  it("never throws on garbage values", () => {
    const portfolio = aPortfolio({
      measures: [
        clean({
          costs: { oneTime: { "2027": "x" as never }, running: {} },
          benefits: [aBenefit({ annual: "y" as never, phaseIn: { "2027": null as never } })],
        }),
      ],
    });

    expect(() => validatePortfolio(portfolio, budget)).not.toThrow();
    expect(validatePortfolio(portfolio)).toHaveIssue("BAD_VALUE", { field: "annual" });
  });
});
