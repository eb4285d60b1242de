/**
 * Bergen-shaped keys (avdeling as ansvar, tjeneste as funksjon, tjenesteområde; spec §13) for the
 * tests of the tjenesteområde dimension and the areas: one measure and a budget-line builder.
 */
import type { BudgetLine } from "../../src/core/budget/budget.types";
import type { Measure } from "../../src/core/model/portfolio.types";
import { aBenefit, aLink, aMeasure } from "./builders";

/** 50 000 once on 4/25300/17A; the benefit taken ¾ off 2/12000/16 and ¼ off 4/25100/02. */
export const bergenMeasure = (): Measure =>
  aMeasure({
    costLink: { ansvar: "4", art: "", funksjon: "25300", tjenesteomrade: "17A" },
    costs: { oneTime: { "2027": 50_000 }, running: {} },
    benefits: [
      aBenefit({
        links: [
          aLink({ ansvar: "2", art: "", funksjon: "12000", tjenesteomrade: "16", share: 0.75 }),
          aLink({ ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02", share: 0.25 }),
        ],
      }),
    ],
  });

/** A budget line with the same amount in all four plan years. */
export const bergenLine = (
  ansvar: string,
  funksjon: string,
  area: string,
  amount: number,
  row: number,
): BudgetLine => ({
  key: { ansvar, art: "", funksjon, prosjekt: "", tjenesteomrade: area },
  names: {},
  amounts: [amount, amount, amount, amount],
  source: 0,
  row,
});
