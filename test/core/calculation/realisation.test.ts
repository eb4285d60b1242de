import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { realisationStatus } from "../../../src/core/calculation/realisation";
import { buildReport } from "../../../src/core/report/build-report";
import {
  aBenefit,
  aBudget,
  aBudgetLine,
  aMeasure,
  aPortfolio,
  KRONER_DIGITS,
} from "../../support/builders";
import { messageText } from "../../../src/app/messages";

/** One counted measure whose only benefit expects 1 000 000 kr in 2027, with `realised` for 2027. */
function expectingOneMillion(realised2027: number, tolerance = 0.1) {
  const portfolio = aPortfolio({
    settings: { ...aPortfolio().settings, tolerance },
    measures: [
      aMeasure({
        benefits: [
          aBenefit({ annual: 1_000_000, confidence: 1, realised: { "2027": realised2027 } }),
        ],
      }),
    ],
  });
  return calculatePortfolio(portfolio).measures[0]!.realisation["2027"]!;
}

describe("realisation per measure and year (spec §12), hand-worked", () => {
  it("values realised hours of a tid benefit at the hourly cost", () => {
    // expected 2027: 1 000 h × phaseIn 1 × 600 kr × confidence 0.8 = 480 000 kr
    // realised: 700 h × 600 kr = 420 000 kr; deviation −60 000; rate 0.875 → følg med
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          benefits: [
            aBenefit({
              type: "tid",
              annual: 1_000,
              confidence: 0.8,
              budgetEffect: "omdisponering",
              links: [],
              realised: { "2027": 700 },
            }),
          ],
        }),
      ],
    });

    const result = calculatePortfolio(portfolio);
    const year = result.measures[0]!.realisation["2027"]!;

    expect(result.measures[0]!.years["2027"]!.expected).toBeCloseTo(480_000, KRONER_DIGITS);
    expect(year.realised).toBeCloseTo(420_000, KRONER_DIGITS);
    expect(year.deviation).toBeCloseTo(-60_000, KRONER_DIGITS);
    expect(year.rate).toBeCloseTo(0.875, 12);
    expect(year.status).toBe("folg_med");
  });

  it("gives no rate and i_rute when nothing was expected (expected 0)", () => {
    // phase-in 0 in 2027: expected 0; 50 000 realised anyway → deviation +50 000, rate null
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          benefits: [
            aBenefit({
              phaseIn: { "2027": 0, "2028": 1, "2029": 1, "2030": 1 },
              realised: { "2027": 50_000 },
            }),
          ],
        }),
      ],
    });

    const year = calculatePortfolio(portfolio).measures[0]!.realisation["2027"];

    expect(year).toEqual({ realised: 50_000, deviation: 50_000, rate: null, status: "i_rute" });
  });

  it("leaves a year with no realised figure out (not measured is not 0)", () => {
    const portfolio = aPortfolio({
      measures: [aMeasure({ benefits: [aBenefit({ realised: { "2027": 100_000 } })] })],
    });

    const result = calculatePortfolio(portfolio);

    expect(Object.keys(result.measures[0]!.realisation)).toEqual(["2027"]);
    expect(result.measures[0]!.years["2028"]!.realised).toBe(0);
    expect(result.totals.years["2028"]!.realised).toBe(0);
  });

  it("puts the status limits where the tolerance says, inclusive", () => {
    // tolerance 0.10: rate ≥ 0.90 i rute, ≥ 0.80 følg med, below avvik
    expect(expectingOneMillion(1_000_000).status).toBe("i_rute");
    expect(expectingOneMillion(900_000).status).toBe("i_rute");
    expect(expectingOneMillion(899_999.99).status).toBe("folg_med");
    expect(expectingOneMillion(800_000).status).toBe("folg_med");
    expect(expectingOneMillion(799_999.99).status).toBe("avvik");
    expect(expectingOneMillion(0)).toEqual({
      realised: 0,
      deviation: -1_000_000,
      rate: 0,
      status: "avvik",
    });
    // more than expected is i rute
    expect(expectingOneMillion(1_300_000).status).toBe("i_rute");
    // tolerance 0.15: limits 0.85 and 0.70, also where 1 − 2 × 0.15 is not exact in binary
    expect(expectingOneMillion(850_000, 0.15).status).toBe("i_rute");
    expect(expectingOneMillion(849_999, 0.15).status).toBe("folg_med");
    expect(expectingOneMillion(700_000, 0.15).status).toBe("folg_med");
    expect(expectingOneMillion(699_999, 0.15).status).toBe("avvik");
    // tolerance 0: anything short of expected is avvik
    expect(realisationStatus(0.999999, 0)).toBe("avvik");
    expect(realisationStatus(1, 0)).toBe("i_rute");
  });

  it("sums the benefits of a measure; kvalitet and unreadable figures are not counted", () => {
    // expected 2027: 100 000 (kostnad) + 10 h × 600 = 6 000 (tid) = 106 000
    // realised: 90 000 + 5 h × 600 = 3 000 → 93 000; rate 93 000 / 106 000 → følg med (0.877…)
    const portfolio = aPortfolio({
      measures: [
        aMeasure({
          benefits: [
            aBenefit({ id: "G1", realised: { "2027": 90_000 } }),
            aBenefit({
              id: "G2",
              type: "tid",
              annual: 10,
              budgetEffect: "ingen",
              links: [],
              realised: { "2027": 5, "2028": 0 },
              invalid: { "realised.2029": "mye" },
            }),
            aBenefit({
              id: "G3",
              type: "kvalitet",
              annual: 0,
              budgetEffect: "ingen",
              links: [],
              realised: { "2027": 1_000_000 },
            }),
          ],
        }),
      ],
    });

    const realisation = calculatePortfolio(portfolio).measures[0]!.realisation;

    expect(realisation["2027"]!.realised).toBeCloseTo(93_000, KRONER_DIGITS);
    expect(realisation["2027"]!.deviation).toBeCloseTo(-13_000, KRONER_DIGITS);
    expect(realisation["2027"]!.rate).toBeCloseTo(93_000 / 106_000, 12);
    expect(realisation["2027"]!.status).toBe("folg_med");
    // 2028: a realised 0 is a figure: 0 realised against 106 000 expected → avvik
    expect(realisation["2028"]).toMatchObject({ realised: 0, rate: 0, status: "avvik" });
    expect(realisation["2029"]).toBeUndefined();
  });

  it("follows up counted measures only; totals add the counted measures' realised", () => {
    const portfolio = aPortfolio({
      measures: [
        aMeasure({ id: "T1", benefits: [aBenefit({ realised: { "2027": 70_000 } })] }),
        aMeasure({
          id: "T2",
          status: "vedtatt",
          benefits: [aBenefit({ realised: { "2027": 30_000 } })],
        }),
        aMeasure({
          id: "T3",
          status: "foreslatt",
          benefits: [aBenefit({ realised: { "2027": 5_000 } })],
        }),
      ],
    });

    const result = calculatePortfolio(portfolio);

    expect(result.measures[2]!.realisation).toEqual({});
    expect(result.totals.years["2027"]!.realised).toBe(100_000);
    expect(result.totals.total.realised).toBe(100_000);
  });
});

describe("innarbeidet i budsjettet (spec §4)", () => {
  const line = aBudgetLine(
    { ansvar: "3100", art: "10300", funksjon: "254" },
    [1_000_000, 1_000_000, 1_000_000, 1_000_000],
  );
  const costLine = aBudgetLine({ ansvar: "1300", art: "12400", funksjon: "120" }, [0, 0, 0, 0], 1);
  const budget = aBudget([line, costLine]);
  const measure = (includedInBudget: boolean) =>
    aMeasure({
      includedInBudget,
      costs: { oneTime: { "2027": 40_000 }, running: {} },
      costLink: { ansvar: "1300", art: "12400", funksjon: "120" },
    });

  it("gets no adjustment on its lines, and still counts in totals and balance", () => {
    const portfolio = aPortfolio({
      savingsTarget: { "2027": 100_000 },
      measures: [measure(true)],
    });

    const result = calculatePortfolio(portfolio, { budget });
    const benefitLine = result.budgetAdjustments.find((a) => a.key.ansvar === "3100")!;
    const cost = result.budgetAdjustments.find((a) => a.key.ansvar === "1300")!;

    expect(benefitLine.measures).toEqual(["T1"]);
    expect(benefitLine.years["2027"]).toMatchObject({
      original: 1_000_000,
      adjustment: 0,
      adjusted: 1_000_000,
    });
    expect(cost.years["2027"]!.adjustment).toBe(0);
    // budgetNet 2027: 100 000 − 40 000 = 60 000; gap 100 000 − 60 000 = 40 000
    expect(result.totals.years["2027"]!.budgetNet).toBe(60_000);
    expect(result.balance["2027"]).toEqual({
      target: 100_000,
      budgetNet: 60_000,
      gap: 40_000,
      balanced: false,
    });
  });

  it("is adjusted as before when not marked", () => {
    const result = calculatePortfolio(aPortfolio({ measures: [measure(false)] }), { budget });

    expect(
      result.budgetAdjustments.find((a) => a.key.ansvar === "3100")!.years["2027"],
    ).toMatchObject({ adjustment: -100_000, adjusted: 900_000 });
  });
});

describe("actual against adjusted where the budget has accounts (spec §12)", () => {
  it("shows actual − adjusted for the years the line has a regnskap figure for", () => {
    const line = {
      ...aBudgetLine(
        { ansvar: "3100", art: "10300", funksjon: "254" },
        [1_000_000, 1_000_000, 1_000_000, 1_000_000],
      ),
      actuals: { "2026": 1_050_000, "2027": 930_000 },
    };
    const portfolio = aPortfolio({ measures: [aMeasure()] });

    const report = buildReport(portfolio, { budget: aBudget([line]), text: messageText });
    const years = report.budgetAdjustments[0]!.years;

    // adjusted 2027: 1 000 000 − 100 000 = 900 000; actual 930 000 → 30 000 more spent than planned
    expect(years["2027"]).toEqual({
      original: 1_000_000,
      adjustment: -100_000,
      adjusted: 900_000,
      actual: 930_000,
      actualVsAdjusted: 30_000,
    });
    expect(years["2028"]).toEqual({ original: 1_000_000, adjustment: -100_000, adjusted: 900_000 });
  });
});

describe("report JSON version 2 (spec §12)", () => {
  const portfolio = aPortfolio({
    measures: [aMeasure({ benefits: [aBenefit({ realised: { "2027": 95_000 } })] })],
  });
  const report = buildReport(portfolio, { text: messageText });

  it("adds realised, deviation, rate and status where something is realised, and nowhere else", () => {
    expect(report.version).toBe(3);
    expect(report.measures[0]!.years["2027"]).toMatchObject({
      expected: 100_000,
      realised: 95_000,
      deviation: -5_000,
      realisationRate: 0.95,
      realisationStatus: "i_rute",
    });
    expect(Object.keys(report.measures[0]!.years["2028"]!)).toEqual([
      "gross",
      "expected",
      "withdrawable",
      "cost",
      "net",
      "expectedNet",
      "budgetNet",
      "freedHours",
    ]);
  });

  it("adds realised to the totals per year", () => {
    expect(report.totals.years["2027"]!.realised).toBe(95_000);
    expect(report.totals.years["2028"]!.realised).toBe(0);
  });
});
