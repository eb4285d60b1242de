import { prioritiseMeasures } from "../../../src/core/prioritisation/prioritise";
import { aBenefit, aMeasure, aPortfolio, KRONER_DIGITS } from "../../support/builders";
import { textOf } from "../../support/text-of";

const costs = (oneTime: number) => ({ oneTime: { "2027": oneTime }, running: {} });

describe("prioritiseMeasures", () => {
  // T1 is counted: 100 000 a year. Target 300 000 a year → gap 200 000 each year.
  const portfolio = aPortfolio({
    savingsTarget: { "2027": 300_000, "2028": 300_000, "2029": 300_000, "2030": 300_000 },
    measures: [
      aMeasure({ id: "T1", status: "vedtatt" }),
      // A: 150 000 a year, cost 100 000 → budgetNet over the period 600 000 − 100 000 = 500 000; 5 kr per krone
      aMeasure({
        id: "A",
        status: "foreslatt",
        costs: costs(100_000),
        benefits: [aBenefit({ id: "GA", annual: 150_000 })],
      }),
      // B: 250 000 a year, cost 400 000 → 1 000 000 − 400 000 = 600 000; 1.5 kr per krone
      aMeasure({
        id: "B",
        status: "foreslatt",
        costs: costs(400_000),
        benefits: [aBenefit({ id: "GB", annual: 250_000 })],
      }),
      // C: 60 000 a year, no cost → first among measures without must-do
      aMeasure({
        id: "C",
        status: "foreslatt",
        benefits: [aBenefit({ id: "GC", annual: 60_000 })],
      }),
      // M: must-do, only a cost of 50 000
      aMeasure({ id: "M", status: "foreslatt", mustDo: true, costs: costs(50_000), benefits: [] }),
      // X: dropped, never ranked
      aMeasure({ id: "X", status: "avbrutt", benefits: [aBenefit({ id: "GX", annual: 9e6 })] }),
    ],
  });

  it("ranks must-do first, then measures without cost (larger effect first), then by effect per krone", () => {
    const { ranking } = prioritiseMeasures(portfolio);

    expect(ranking.map((m) => m.id)).toEqual(["M", "T1", "C", "A", "B"]);
    const a = ranking.find((m) => m.id === "A");
    expect(a?.effect).toBeCloseTo(500_000, KRONER_DIGITS);
    expect(a?.effectPerKrone).toBeCloseTo(5, 9); // 500 000 / 100 000
  });

  it("proposes must-do measures, then greedily the candidate closing the most remaining gap", () => {
    const result = prioritiseMeasures(portfolio);

    // Gap 200 000 a year. M (must-do) costs 50 000 in 2027 → remaining 250 000, 200 000 × 3 (850 000 open).
    // Round 1 — A closes 50 000 + 150 000 × 3 = 500 000; B closes −150 000 + 200 000 × 3 = 450 000;
    //   C closes 60 000 × 4 = 240 000 → A. Remaining 200 000, 50 000 × 3.
    // Round 2 — B: 2027 gets worse by 150 000, later years close 50 000 × 3 → 0; C: 60 000 + 50 000 × 3
    //   = 210 000 → C. Remaining 140 000, −10 000 × 3.
    // Round 3 — B only makes 2027 worse → stop: 2027 stays open by 140 000.
    expect(result.gapBefore["2027"]).toBeCloseTo(200_000, KRONER_DIGITS);
    expect(result.proposal.map((p) => p.id)).toEqual(["M", "A", "C"]);
    expect(result.proposal.map((p) => Math.round(p.closes))).toEqual([-50_000, 500_000, 210_000]);
    expect(result.gapAfter["2027"]).toBeCloseTo(140_000, KRONER_DIGITS);
    expect(result.gapAfter["2028"]).toBeCloseTo(-10_000, KRONER_DIGITS);
    expect(result.closesGap).toBe(false);
  });

  it("picks the candidate that closes the most remaining gap, with a reason per choice", () => {
    const simple = aPortfolio({
      savingsTarget: { "2027": 100_000 },
      measures: [
        aMeasure({
          id: "SMALL",
          status: "foreslatt",
          benefits: [aBenefit({ id: "G1", annual: 40_000 })],
        }),
        aMeasure({
          id: "BIG",
          status: "foreslatt",
          benefits: [aBenefit({ id: "G2", annual: 120_000 })],
        }),
      ],
    });

    const result = prioritiseMeasures(simple);

    // BIG alone closes the 100 000 gap in 2027; SMALL is not needed
    expect(result.proposal.map((p) => p.id)).toEqual(["BIG"]);
    expect(result.proposal[0]?.closes).toBeCloseTo(100_000, KRONER_DIGITS);
  });

  it("says which years stay open when the candidates are not enough", () => {
    const short = aPortfolio({
      savingsTarget: { "2030": 500_000 },
      measures: [
        aMeasure({ id: "A", status: "foreslatt", benefits: [aBenefit({ annual: 200_000 })] }),
      ],
    });

    const result = prioritiseMeasures(short);

    // 500 000 − 200 000 = 300 000 remains in 2030
    expect(result.closesGap).toBe(false);
    expect(result.gapAfter["2030"]).toBeCloseTo(300_000, KRONER_DIGITS);
    expect(textOf(result.summaryRef)).toContain("2030 (mangler 300\u00a0000 kr)");
  });

  it("never changes a status", () => {
    const before = JSON.stringify(portfolio);

    prioritiseMeasures(portfolio);

    expect(JSON.stringify(portfolio)).toBe(before);
  });

  it("proposes nothing when the counted measures already balance every year", () => {
    const balanced = aPortfolio({ savingsTarget: { "2027": 50_000 }, measures: [aMeasure()] });

    expect(prioritiseMeasures(balanced).proposal).toEqual([]);
  });
});
