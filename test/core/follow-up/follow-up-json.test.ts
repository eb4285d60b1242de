/**
 * Portfolio file version 3, the tertial fields (spec §14, docs/model.md §8/§9b): read and written
 * back, unreadable values as BAD_VALUE on their line and kept as given, and the follow-up codes
 * PERIOD_OUTSIDE_SCHEME, PROFILE_NOT_ONE, FORECAST_WITHOUT_NOTE and REALISED_NOT_PERIOD_SUM.
 */
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { readPortfolioJson, writePortfolioJson } from "../../../src/core/portfolio-json";
import { validatePortfolio } from "../../../src/core/validation/validate-portfolio";
import { messageText } from "../../../src/app/messages";
import { aBenefit, aMeasure, aPortfolio } from "../../support/builders";

const tertial = (): Portfolio =>
  aPortfolio({
    settings: { ...aPortfolio().settings, followUpPeriods: "tertial", followUpPeriod: "T2" },
    measures: [
      aMeasure({
        forecast: { "2027": 90_000 },
        deviationNote: "Senere oppstart",
        correctiveAction: "Flere brukere fra mai",
        benefits: [
          aBenefit({
            realisedPeriods: { "2027": { T1: 20_000, T2: 30_000 } },
            periodProfile: { T1: 0.2, T2: 0.4, T3: 0.4 },
          }),
        ],
      }),
    ],
  });

/** Message text with the catalogue's non-breaking spaces as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const lineOf = (text: string, needle: string) =>
  text.split("\n").findIndex((line) => line.includes(needle)) + 1;

describe("the tertial fields in the portfolio file", () => {
  it("reads back what it writes, field for field", () => {
    const text = writePortfolioJson(tertial());
    const { portfolio, issues } = readPortfolioJson(text);
    // The builder's measure has no indicator: MISSING_BASELINE is the only issue.
    expect(issues.map((i) => i.code)).toEqual(["MISSING_BASELINE"]);
    expect(portfolio!.settings.followUpPeriods).toBe("tertial");
    expect(portfolio!.settings.followUpPeriod).toBe("T2");
    expect(portfolio!.measures[0]!.forecast).toEqual({ "2027": 90_000 });
    expect(portfolio!.measures[0]!.deviationNote).toBe("Senere oppstart");
    expect(portfolio!.measures[0]!.correctiveAction).toBe("Flere brukere fra mai");
    expect(portfolio!.measures[0]!.benefits[0]!.realisedPeriods).toEqual({
      "2027": { T1: 20_000, T2: 30_000 },
    });
    expect(portfolio!.measures[0]!.benefits[0]!.periodProfile).toEqual({
      T1: 0.2,
      T2: 0.4,
      T3: 0.4,
    });
    expect(writePortfolioJson(portfolio!)).toBe(text);
  });

  it("writes a portfolio without them exactly as before", () => {
    const text = writePortfolioJson(aPortfolio({ measures: [aMeasure()] }));
    for (const field of [
      "followUp",
      "forecast",
      "deviationNote",
      "realisedPeriods",
      "periodProfile",
    ])
      expect(text).not.toContain(field);
  });

  it("gives BAD_VALUE on the line of an unreadable value and writes it back as given", () => {
    const json = JSON.parse(writePortfolioJson(tertial()));
    json.settings.followUpPeriods = "kvartal";
    json.measures[0].forecast["2027"] = "mye";
    json.measures[0].benefits[0].realisedPeriods["2027"].T2 = "tretti tusen";
    json.measures[0].benefits[0].realisedPeriods["2028"] = 5;
    json.measures[0].benefits[0].periodProfile.T1 = "en femtedel";
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const { portfolio, issues } = readPortfolioJson(text);
    const bad = issues.filter((i) => i.code === "BAD_VALUE");
    const at = (field: string) => bad.find((i) => i.field === field);
    expect(at("settings.followUpPeriods")?.line).toBe(lineOf(text, '"kvartal"'));
    expect(at("forecast.2027")?.line).toBe(lineOf(text, '"mye"'));
    expect(at("realisedPeriods.2027.T2")?.line).toBe(lineOf(text, '"tretti tusen"'));
    expect(at("realisedPeriods.2028")?.line).toBe(lineOf(text, '"2028": 5'));
    expect(at("periodProfile.T1")?.line).toBe(lineOf(text, '"en femtedel"'));
    expect(bad).toHaveLength(5);
    // An unreadable share makes the profile unusable, but it is not also «does not sum to 1».
    expect(issues.some((i) => i.code === "PROFILE_NOT_ONE")).toBe(false);
    expect(writePortfolioJson(portfolio!)).toBe(text);
    for (const issue of bad) expect(messageText(issue, "nb")).not.toMatch(/undefined/);
  });
});

describe("the follow-up codes", () => {
  const codes = (portfolio: Portfolio) => validatePortfolio(portfolio).map((i) => i.code);

  it("has none for a sound tertial portfolio", () => {
    expect(validatePortfolio(tertial()).filter((i) => i.field?.match(/period|forecast/i))).toEqual(
      [],
    );
  });

  it("PERIOD_OUTSIDE_SCHEME for a month in a tertial portfolio, and a tertial per month", () => {
    const p = tertial();
    p.measures[0]!.benefits[0]!.realisedPeriods = { "2027": { M05: 1_000 } };
    p.measures[0]!.benefits[0]!.periodProfile = { T1: 0.5, T4: 0.5 };
    p.settings.followUpPeriod = "M08";
    const issues = validatePortfolio(p).filter((i) => i.code === "PERIOD_OUTSIDE_SCHEME");
    expect(issues.map((i) => i.field)).toEqual([
      "settings.followUpPeriod",
      "realisedPeriods.2027.M05",
      "periodProfile.T4",
    ]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(messageText(issues[1]!, "nb")).toContain("realisert 2027 M05 er ikke en tertial");
    const monthly = tertial();
    monthly.settings.followUpPeriods = "month";
    monthly.settings.followUpPeriod = "M08";
    monthly.measures[0]!.benefits[0]!.periodProfile = undefined;
    const perMonth = validatePortfolio(monthly).filter((i) => i.code === "PERIOD_OUTSIDE_SCHEME");
    expect(perMonth.map((i) => i.field)).toEqual([
      "realisedPeriods.2027.T1",
      "realisedPeriods.2027.T2",
    ]);
    expect(messageText(perMonth[0]!, "en")).toContain("is not a month");
  });

  it("PROFILE_NOT_ONE when the shares miss 1 by more than 1e-9", () => {
    const p = tertial();
    p.measures[0]!.benefits[0]!.periodProfile = { T1: 0.2, T2: 0.4, T3: 0.3 };
    const issue = validatePortfolio(p).find((i) => i.code === "PROFILE_NOT_ONE");
    expect(issue).toMatchObject({
      severity: "error",
      measure: "T1",
      benefit: "G1",
      field: "periodProfile",
    });
    expect(messageText(issue!, "nb")).toContain("summerer til 0,9");
    p.measures[0]!.benefits[0]!.periodProfile = { T1: 0.1, T2: 0.2, T3: 0.7 };
    expect(codes(p)).not.toContain("PROFILE_NOT_ONE");
  });

  it("FORECAST_WITHOUT_NOTE for an entered prognosis below expected without an explanation", () => {
    const p = tertial();
    p.measures[0]!.deviationNote = "   ";
    const issue = validatePortfolio(p).find((i) => i.code === "FORECAST_WITHOUT_NOTE");
    expect(issue).toMatchObject({ severity: "warning", measure: "T1", field: "forecast.2027" });
    expect(plain(messageText(issue!, "nb"))).toContain("90 000 kr, under forventet 100 000 kr");
    p.measures[0]!.forecast = { "2027": 100_000 };
    expect(codes(p)).not.toContain("FORECAST_WITHOUT_NOTE");
    p.measures[0]!.forecast = { "2027": 50_000 };
    p.measures[0]!.status = "foreslatt";
    expect(codes(p)).not.toContain("FORECAST_WITHOUT_NOTE");
  });

  it("REALISED_NOT_PERIOD_SUM when a year's realised and its periods disagree", () => {
    const p = tertial();
    p.measures[0]!.benefits[0]!.realised = { "2027": 40_000 };
    const issue = validatePortfolio(p).find((i) => i.code === "REALISED_NOT_PERIOD_SUM");
    expect(issue).toMatchObject({ severity: "warning", field: "realised.2027" });
    expect(plain(messageText(issue!, "nn"))).toContain(
      "er 40 000, men periodane summerer til 50 000",
    );
    p.measures[0]!.benefits[0]!.realised = { "2027": 50_000 };
    expect(codes(p)).not.toContain("REALISED_NOT_PERIOD_SUM");
  });

  it("YEAR_OUTSIDE_PLAN for periods and prognoses outside B..B+3", () => {
    const p = tertial();
    p.measures[0]!.benefits[0]!.realisedPeriods = { "2031": { T1: 1 } };
    p.measures[0]!.forecast = { "2026": 1 };
    const fields = validatePortfolio(p)
      .filter((i) => i.code === "YEAR_OUTSIDE_PLAN")
      .map((i) => i.field);
    expect(fields).toEqual(["realisedPeriods.2031", "forecast.2026"]);
  });
});
