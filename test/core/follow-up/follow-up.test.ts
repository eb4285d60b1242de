import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { calculateFollowUp } from "../../../src/core/follow-up/calculate-follow-up";
import { buildReport } from "../../../src/core/report/build-report";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { messageText } from "../../../src/app/messages";
import { aBenefit, aMeasure, aPortfolio, KRONER_DIGITS } from "../../support/builders";

const text = (issue: Parameters<typeof messageText>[0]) => messageText(issue, "nb");

/**
 * Budget year 2027, 600 kr per hour, tolerance 0.10, savings target 2 000 000 kr in 2027.
 * T1: G1 kostnad 900 000 (even), realised T1 200 000 + T2 250 000;
 *     G2 tid 1 000 h × 600 kr × confidence 0.5 = 300 000 expected, profile 0.5 / 0.25 / 0.25,
 *     realised T1 300 h = 180 000 kr.
 * T2: 400 000 expected, prognosis entered 350 000 with an explanation. T3: 200 000, nothing typed.
 * T4, T5, T6 proposed (uttak 300 000, 400 000, 100 000 a year).
 */
function tertialPortfolio(): Portfolio {
  return aPortfolio({
    savingsTarget: { "2027": 2_000_000 },
    measures: [
      aMeasure({
        id: "T1",
        benefits: [
          aBenefit({
            id: "T1-G1",
            annual: 900_000,
            realisedPeriods: { "2027": { T1: 200_000, T2: 250_000 } },
          }),
          aBenefit({
            id: "T1-G2",
            type: "tid",
            annual: 1_000,
            confidence: 0.5,
            budgetEffect: "omdisponering",
            links: [],
            periodProfile: { T1: 0.5, T2: 0.25, T3: 0.25 },
            realisedPeriods: { "2027": { T1: 300 } },
          }),
        ],
      }),
      aMeasure({
        id: "T2",
        status: "vedtatt",
        benefits: [aBenefit({ id: "T2-G1", annual: 400_000 })],
        forecast: { "2027": 350_000 },
        deviationNote: "Senere oppstart i sone nord",
        correctiveAction: "Flere brukere fra mai",
      }),
      aMeasure({ id: "T3", benefits: [aBenefit({ id: "T3-G1", annual: 200_000 })] }),
      aMeasure({
        id: "T4",
        status: "foreslatt",
        benefits: [aBenefit({ id: "T4-G1", annual: 300_000 })],
      }),
      aMeasure({
        id: "T5",
        status: "foreslatt",
        benefits: [aBenefit({ id: "T5-G1", annual: 400_000 })],
      }),
      aMeasure({
        id: "T6",
        status: "foreslatt",
        benefits: [aBenefit({ id: "T6-G1", annual: 100_000 })],
      }),
    ],
  });
}

describe("tertial follow-up (spec §14), hand-worked", () => {
  const portfolio = tertialPortfolio();
  const result = calculatePortfolio(portfolio);
  const followUp = calculateFollowUp(portfolio, result);

  it("takes the year's realised as the sum of its periods", () => {
    // T1: 200 000 + 250 000 + 300 h × 600 = 630 000 kr
    expect(result.measures[0]!.years["2027"]!.realised).toBeCloseTo(630_000, KRONER_DIGITS);
    expect(result.measures[0]!.realisation["2027"]!.realised).toBeCloseTo(630_000, KRONER_DIGITS);
  });

  it("follows up to the last period with anything realised: T2", () => {
    expect(followUp.periodOfYear).toEqual({ "2027": "T2" });
    expect(followUp.followUp?.period).toBe("T2");
  });

  it("computes expected and realised to date with each benefit's periodisation", () => {
    const t1 = followUp.measures[0]!["2027"]!;
    // periods: T1 200 000 + 180 000 = 380 000; T2 250 000
    expect(t1.periods).toEqual({ T1: 380_000, T2: 250_000 });
    // expected to T2: 900 000 × 2/3 = 600 000 (even) + 300 000 × 0.75 = 225 000 → 825 000
    expect(t1.toDate!.expectedToDate).toBeCloseTo(825_000, KRONER_DIGITS);
    expect(t1.toDate!.realisedToDate).toBeCloseTo(630_000, KRONER_DIGITS);
    expect(t1.toDate!.deviationToDate).toBeCloseTo(-195_000, KRONER_DIGITS);
    // 630 000 / 825 000 = 0.7636… < 0.80 → avvik
    expect(t1.toDate!.rateToDate).toBeCloseTo(0.763636, 6);
    expect(t1.toDate!.statusToDate).toBe("avvik");
  });

  it("computes the prognosis realisedToDate / expectedToDate × expected(year)", () => {
    const t1 = followUp.measures[0]!["2027"]!;
    // 630 000 / 825 000 × 1 200 000 = 916 363,64
    expect(t1.forecast).toBeCloseTo(916_363.64, KRONER_DIGITS);
    expect(t1.forecastComputed).toBe(true);
  });

  it("uses an entered prognosis as it is, and no periods are invented for it", () => {
    expect(followUp.measures[1]!["2027"]).toEqual({ forecast: 350_000, forecastComputed: false });
    expect(followUp.measures[2]!["2027"]).toBeUndefined();
    expect(followUp.measures[3]).toEqual({});
  });

  it("sums the prognoses, a measure without one at its expected, and gives the gap by prognosis", () => {
    // 916 363,64 + 350 000 + 200 000 (T3 expected) = 1 466 363,64; 2 000 000 − that = 533 636,36
    expect(followUp.totals["2027"]!.forecast).toBeCloseTo(1_466_363.64, KRONER_DIGITS);
    expect(Object.keys(followUp.totals)).toEqual(["2027"]);
    expect(followUp.followUp!.gapByForecast).toBeCloseTo(533_636.36, KRONER_DIGITS);
  });

  it("proposes proposed measures to cover the shortfall, largest closer first", () => {
    // 533 636: T5 closes 400 000; then T4 closes the remaining 133 636 (T6 only 100 000)
    expect(followUp.followUp!.cover.map((c) => c.id)).toEqual(["T5", "T4"]);
    expect(followUp.followUp!.cover[0]!.closes).toBeCloseTo(400_000, KRONER_DIGITS);
    expect(followUp.followUp!.cover[1]!.closes).toBeCloseTo(133_636.36, KRONER_DIGITS);
  });

  it("writes it all into the report, version 3 fields", () => {
    const report = buildReport(portfolio, { text });
    const y = report.measures[0]!.years["2027"]!;
    expect(y.periods).toEqual({ T1: 380_000, T2: 250_000 });
    expect(y.expectedToDate).toBeCloseTo(825_000, KRONER_DIGITS);
    expect(y.realisedToDate).toBeCloseTo(630_000, KRONER_DIGITS);
    expect(y.deviationToDate).toBeCloseTo(-195_000, KRONER_DIGITS);
    expect(y.statusToDate).toBe("avvik");
    expect(y.forecast).toBeCloseTo(916_363.64, KRONER_DIGITS);
    expect(y.forecastComputed).toBe(true);
    expect(y.realised).toBeCloseTo(630_000, KRONER_DIGITS);
    expect(report.measures[1]!.years["2027"]!.forecastComputed).toBe(false);
    expect(report.measures[2]!.years["2027"]!.forecast).toBeUndefined();
    expect(report.measures[0]!.years["2028"]!.forecast).toBeUndefined();
    expect(report.totals.years["2027"]!.forecast).toBeCloseTo(1_466_363.64, KRONER_DIGITS);
    expect(report.totals.years["2028"]!.forecast).toBeUndefined();
    expect(report.pipeline.years["2027"]!.forecast).toBeUndefined();
    expect(report.followUp).toEqual({
      year: "2027",
      period: "T2",
      gapByForecast: expect.closeTo(533_636.36, KRONER_DIGITS),
      cover: ["T5", "T4"],
    });
  });

  it("leaves the report without follow-up fields when nothing is followed up", () => {
    const plain = aPortfolio({
      measures: [aMeasure({ benefits: [aBenefit({ realised: { "2027": 1 } })] })],
    });
    const report = buildReport(plain, { text });
    expect(report.followUp).toBeUndefined();
    expect(Object.keys(report.measures[0]!.years["2027"]!)).not.toContain("forecast");
    expect(Object.keys(report.totals.years["2027"]!)).not.toContain("forecast");
  });
});

describe("follow-up per month, a chosen period, and the edges", () => {
  it("follows up to settings.followUpPeriod per month", () => {
    // 1 200 000 a year; M01–M05 100 000 each; reported to M06: expected 600 000, realised 500 000
    // rate 0.833 → følg med; prognosis 500 000 / 600 000 × 1 200 000 = 1 000 000
    const portfolio = aPortfolio({
      settings: { ...aPortfolio().settings, followUpPeriods: "month", followUpPeriod: "M06" },
      measures: [
        aMeasure({
          benefits: [
            aBenefit({
              annual: 1_200_000,
              realisedPeriods: {
                "2027": { M01: 100_000, M02: 100_000, M03: 100_000, M04: 100_000, M05: 100_000 },
              },
            }),
          ],
        }),
      ],
    });
    const followUp = calculateFollowUp(portfolio, calculatePortfolio(portfolio));
    const year = followUp.measures[0]!["2027"]!;
    expect(year.toDate!.period).toBe("M06");
    expect(year.toDate!.expectedToDate).toBeCloseTo(600_000, KRONER_DIGITS);
    expect(year.toDate!.realisedToDate).toBeCloseTo(500_000, KRONER_DIGITS);
    expect(year.toDate!.statusToDate).toBe("folg_med");
    expect(year.forecast).toBeCloseTo(1_000_000, KRONER_DIGITS);
  });

  it("with nothing due by the period: i rute, no rate, and the plan stands", () => {
    // profile 0 / 0 / 1: nothing due by T1; 50 000 came early → forecast max(300 000, 50 000)
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          benefits: [
            aBenefit({
              annual: 300_000,
              periodProfile: { T1: 0, T2: 0, T3: 1 },
              realisedPeriods: { "2027": { T1: 50_000 } },
            }),
          ],
        }),
      ],
    });
    const year = calculateFollowUp(portfolio, calculatePortfolio(portfolio)).measures[0]!["2027"]!;
    expect(year.toDate).toEqual({
      period: "T1",
      expectedToDate: 0,
      realisedToDate: 50_000,
      deviationToDate: 50_000,
      rateToDate: null,
      statusToDate: "i_rute",
    });
    expect(year.forecast).toBe(300_000);
  });

  it("counts a year's figure without periods to date only once the year is complete (T3)", () => {
    const measure = (period?: string) =>
      aPortfolio({
        settings: { ...aPortfolio().settings, ...(period ? { followUpPeriod: period } : {}) },
        measures: [
          aMeasure({
            benefits: [
              aBenefit({ id: "G1", annual: 300_000, realisedPeriods: { "2027": { T1: 100_000 } } }),
              aBenefit({ id: "G2", annual: 600_000, realised: { "2027": 500_000 } }),
            ],
          }),
        ],
      });
    const at = (period?: string) => {
      const p = measure(period);
      return calculateFollowUp(p, calculatePortfolio(p)).measures[0]!["2027"]!.toDate!;
    };
    // T1: expected 300 000/3 + 600 000/3 = 300 000; realised 100 000 (G2's year not yet counted)
    expect(at().expectedToDate).toBeCloseTo(300_000, KRONER_DIGITS);
    expect(at().realisedToDate).toBeCloseTo(100_000, KRONER_DIGITS);
    // T3: expected 900 000; realised 100 000 + 500 000
    expect(at("T3").expectedToDate).toBeCloseTo(900_000, KRONER_DIGITS);
    expect(at("T3").realisedToDate).toBeCloseTo(600_000, KRONER_DIGITS);
  });

  it("spreads evenly when the profile does not sum to 1, and ignores a period outside the scheme", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          benefits: [
            aBenefit({
              annual: 300_000,
              periodProfile: { T1: 0.5, T2: 0.6, T3: 0 },
              realisedPeriods: { "2027": { T1: 100_000, M05: 999_999 } },
            }),
          ],
        }),
      ],
    });
    const result = calculatePortfolio(portfolio);
    const year = calculateFollowUp(portfolio, result).measures[0]!["2027"]!;
    expect(year.periods).toEqual({ T1: 100_000 });
    expect(year.toDate!.expectedToDate).toBeCloseTo(100_000, KRONER_DIGITS);
    expect(year.toDate!.statusToDate).toBe("i_rute");
    expect(result.measures[0]!.years["2027"]!.realised).toBe(100_000);
  });

  it("lets the periods win over a year's realised that disagrees", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          benefits: [
            aBenefit({
              realised: { "2027": 10_000 },
              realisedPeriods: { "2027": { T1: 20_000, T2: 30_000 } },
            }),
          ],
        }),
      ],
    });
    expect(calculatePortfolio(portfolio).measures[0]!.realisation["2027"]!.realised).toBe(50_000);
  });

  it("gives no follow-up to a proposed measure (follow-up is for counted ones)", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          status: "foreslatt",
          benefits: [aBenefit({ realisedPeriods: { "2027": { T1: 20_000 } } })],
        }),
      ],
    });
    const followUp = calculateFollowUp(portfolio, calculatePortfolio(portfolio));
    expect(followUp.measures).toEqual([{}]);
    expect(followUp.followUp).toBeNull();
  });
});
