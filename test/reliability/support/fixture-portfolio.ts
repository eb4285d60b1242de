/**
 * Workbooks for the reliability tests: every fixture budget from test/support/budget-workbooks.ts
 * with things a person keeps next to a budget (a hidden notes sheet with a formula, a number format
 * and a defined name of their own), and a small portfolio linked to that budget's own lines.
 */
import type { WorkbookSeed } from "../../../src/adapters/memory";
import type { BudgetLink, Portfolio } from "../../../src/core/model/portfolio.types";
import type { BudgetWorkbook, GeneratedLine } from "../../support/budget-workbooks";
import { aBenefit, aDeepDive, aMeasure, aPortfolio } from "../../support/builders";

/** The fixture's seed plus a hidden sheet and a name of the user's own. */
export function withUserExtras(seed: WorkbookSeed): WorkbookSeed {
  return {
    sheets: [
      ...seed.sheets,
      {
        name: "Notater",
        visibility: "hidden",
        rows: [
          ["Notat", "=ikke en formel, bare tekst?"],
          [{ formula: "=1+1", value: 2 }, 0.25],
        ],
      },
    ],
    names: [...(seed.names ?? []), { name: "Mitt_navn", refersTo: "Notater!$A$2" }],
  };
}

function linkTo(line: GeneratedLine, share: number, withProsjekt: boolean): BudgetLink {
  return {
    ansvar: line.ansvar,
    art: line.art,
    funksjon: line.funksjon,
    ...(withProsjekt && line.prosjekt !== "" ? { prosjekt: line.prosjekt } : {}),
    share,
  };
}

/**
 * Two deep-dives and three measures whose uttak benefits link to the fixture's first lines
 * (split 60/40 over two lines for one of them).
 */
export function portfolioFor(fixture: BudgetWorkbook, budgetYear: number): Portfolio {
  const [first, second, third] = fixture.lines;
  if (!first || !second || !third) throw new Error("the fixture needs three budget lines");
  const prosjekt = fixture.expected?.keyColumns.prosjekt !== undefined;
  const years = [0, 1, 2, 3].map((i) => String(budgetYear + i));
  const full = Object.fromEntries(years.map((y) => [y, 1]));
  return aPortfolio({
    budgetYear,
    savingsTarget: Object.fromEntries(years.map((y, i) => [y, 100_000 * (i + 1)])),
    deepDives: [
      aDeepDive({ id: "DD1", name: "Hjemmetjenesten", owner: "Kari Nordmann" }),
      aDeepDive({ id: "DD2", name: "Skole", owner: "Per Hansen" }),
    ],
    measures: [
      aMeasure({
        id: "T1",
        deepDive: "DD1",
        benefits: [
          aBenefit({
            id: "T1-G1",
            annual: 200_000,
            phaseIn: full,
            links: [linkTo(first, 1, prosjekt)],
          }),
        ],
      }),
      aMeasure({
        id: "T2",
        deepDive: "DD1",
        status: "vedtatt",
        benefits: [
          aBenefit({
            id: "T2-G1",
            annual: 50_000,
            phaseIn: full,
            confidence: 0.5,
            links: [linkTo(second, 0.6, prosjekt), linkTo(third, 0.4, prosjekt)],
          }),
        ],
      }),
      aMeasure({
        id: "T3",
        deepDive: "DD2",
        status: "foreslatt",
        benefits: [
          aBenefit({
            id: "T3-G1",
            type: "tid",
            annual: 1_000,
            budgetEffect: "omdisponering",
            links: [],
          }),
        ],
      }),
    ],
  });
}
