import {
  buildDeck,
  deckAmount,
  DECK_BOX_CHARS,
  DECK_TABLE_ROWS,
} from "../../../src/core/present/deck";
import { buildReport } from "../../../src/core/report";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { aBenefit, aDeepDive, aMeasure, aPortfolio } from "../../support/builders";

const text = () => "";

function deckOf(portfolio: Portfolio, overview = {}) {
  return buildDeck({ portfolio, report: buildReport(portfolio, { text }), overview });
}

describe("the Q3 deck", () => {
  it("writes the kommune's balance from the report, in whole kroner", () => {
    // 100 000 kr/year at confidence 0,8 and uttak 100 %: budgetNet 80 000; krav 200 000 → gap 120 000.
    const portfolio = aPortfolio({
      savingsTarget: { "2027": 200_000, "2028": 200_000, "2029": 200_000, "2030": 200_000 },
      deepDives: [aDeepDive()],
      measures: [aMeasure({ deepDive: "DD1", benefits: [aBenefit({ confidence: 0.8 })] })],
    });
    const deck = deckOf(portfolio, { currentSituation: "x".repeat(DECK_BOX_CHARS + 50) });
    const [kommune, balance, deepDive] = deck.slides;
    expect(kommune?.tables[0]?.rows.map((r) => r.cells)).toEqual([
      ["Innsparingskrav", ...Array(4).fill(deckAmount(200_000)), deckAmount(800_000)],
      [
        "Netto budsjettvirkning (telles)",
        ...Array(4).fill(deckAmount(80_000)),
        deckAmount(320_000),
      ],
      ["Gap (krav − netto)", ...Array(4).fill(deckAmount(120_000)), deckAmount(480_000)],
    ]);
    // A long text is cut with «…», never shrunk below 12 pt.
    expect(kommune?.boxes[0]?.text).toHaveLength(DECK_BOX_CHARS);
    expect(kommune?.boxes[0]?.text.endsWith("…")).toBe(true);
    expect(balance?.chart?.net).toEqual([80_000, 80_000, 80_000, 80_000]);
    expect(balance?.tables[0]?.rows[0]?.cells.at(-1)).toBe("1 av 1");
    expect(deepDive?.title).toBe("Prioritert dypdykk: Hjemmetjenesten");
    expect(deck.slides).toHaveLength(3);
  });

  it("lists a deep-dive's measures up to what a slide holds and says how many more there are", () => {
    const measures = Array.from({ length: DECK_TABLE_ROWS + 3 }, (_, i) =>
      aMeasure({ id: `T${i + 1}`, deepDive: "DD1", benefits: [aBenefit({ id: `G${i + 1}` })] }),
    );
    const deck = deckOf(aPortfolio({ deepDives: [aDeepDive()], measures }));
    const slide = deck.slides[2];
    // The rows that fit, then the sum over every counted measure, not only those shown.
    expect(slide?.tables[0]?.rows).toHaveLength(DECK_TABLE_ROWS + 1);
    expect(slide?.tables[0]?.rows.at(-1)?.cells.at(-1)).toBe(
      deckAmount((DECK_TABLE_ROWS + 3) * 4 * 100_000),
    );
    expect(slide?.note).toBe("… og 3 tiltak til, se dypdykkets A3.");
  });

  it("has no deep-dive slide for a deep-dive whose measures are all avbrutt", () => {
    const deck = deckOf(
      aPortfolio({
        deepDives: [aDeepDive()],
        measures: [aMeasure({ deepDive: "DD1", status: "avbrutt" })],
      }),
    );
    expect(deck.slides.map((s) => s.title)).toEqual([
      "Kommunen som helhet — gevinstarbeid i økonomiplanen 2027–2030",
      "Balanse per planår 2027–2030",
    ]);
  });

  it("never writes «−0»", () => {
    expect(deckAmount(-0.4)).toBe("0");
    expect(deckAmount(1234567.5).replace(/\s/g, " ")).toBe("1 234 568");
  });
});
