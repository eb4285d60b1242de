/**
 * What the benchmark runs on: a generated kommune budget (test/support's `largeBudget`) and a
 * deterministic portfolio whose benefits and costs link to lines of that budget.
 */
import type { WorkbookSeed } from "../../src/adapters/memory/workbook-seed";
import type { Benefit, BudgetLink, Measure, Portfolio } from "../../src/core/model/portfolio.types";
import { generateLines, largeBudget, seededRandom } from "../../test/support/budget-workbooks";
import { aDeepDive, aPortfolio } from "../../test/support/builders";

/** The budget sheet `largeBudget(lines)` makes, with `lines` budget lines under a header. */
export function budgetSeed(lines: number): WorkbookSeed {
  return largeBudget(lines);
}

/** Deep-dives in the bench portfolio: a large kommune works on about ten areas at once. */
const DEEP_DIVES = 10;

/**
 * `measures` measures over ten deep-dives, one to three benefits each (every type and budget
 * effect), half with costs. Links point at real lines of the budget, drawn from a pool of at most
 * two lines per measure spread over the whole budget, so the budget-link sheet grows with the
 * portfolio (about 1.6 distinct lines per measure) and its SUMIFS scan the whole budget.
 */
export function benchPortfolio(measures: number, budgetLines: number): Portfolio {
  const random = seededRandom(measures * 7919 + budgetLines);
  const lines = generateLines(budgetLines, 31);
  const poolSize = Math.min(lines.length, measures * 2);
  const step = lines.length / poolSize;
  const pool = Array.from({ length: poolSize }, (_, i) => lines[Math.floor(i * step)]);
  const key = (): Omit<BudgetLink, "share"> => {
    const line = pool[Math.floor(random() * pool.length)] ?? lines[0];
    if (!line) throw new Error("empty budget");
    return { ansvar: line.ansvar, art: line.art, funksjon: line.funksjon };
  };
  const round = (value: number, step: number) => Math.round(value / step) * step;
  const deepDives = Array.from({ length: DEEP_DIVES }, (_, i) =>
    aDeepDive({ id: `DD${i + 1}`, name: `Område ${i + 1}`, owner: `Leder ${i + 1}` }),
  );
  const list: Measure[] = [];
  for (let m = 1; m <= measures; m++) {
    const benefits: Benefit[] = [];
    const count = 1 + Math.floor(random() * 3);
    for (let b = 1; b <= count; b++) {
      const kind = random();
      const type =
        kind < 0.5 ? "kostnad" : kind < 0.75 ? "tid" : kind < 0.9 ? "inntekt" : "kvalitet";
      const budgetEffect =
        type === "kvalitet" ? "ingen" : type === "tid" ? "omdisponering" : "uttak";
      const split = round(0.2 + random() * 0.6, 0.05);
      const links: BudgetLink[] =
        budgetEffect !== "uttak"
          ? []
          : random() < 0.6
            ? [{ ...key(), share: 1 }]
            : [
                { ...key(), share: split },
                { ...key(), share: round(1 - split, 0.05) },
              ];
      benefits.push({
        id: `T${m}-G${b}`,
        name: `Gevinst ${b}`,
        type,
        annual:
          type === "tid"
            ? round(random() * 4000, 10)
            : type === "kvalitet"
              ? 0
              : round(random() * 900_000, 1000),
        budgetEffect,
        links,
        indicators: [],
        phaseIn: { "2027": 0.5, "2028": 1, "2029": 1, "2030": 1 },
        confidence: round(0.5 + random() * 0.5, 0.05),
      });
    }
    const measure: Measure = {
      id: `T${m}`,
      name: `Tiltak ${m}`,
      deepDive: `DD${1 + (m % DEEP_DIVES)}`,
      owner: `Eier ${m}`,
      status: m % 4 === 0 ? "vedtatt" : "prioritert",
      costs: { oneTime: {}, running: {} },
      benefits,
    };
    if (random() < 0.5) {
      measure.costs.oneTime["2027"] = round(random() * 500_000, 1000);
      measure.costs.running["2028"] = round(random() * 100_000, 1000);
      measure.costLink = key();
    }
    list.push(measure);
  }
  return aPortfolio({
    organisation: "Benk kommune",
    savingsTarget: { "2027": 30e6, "2028": 50e6, "2029": 60e6, "2030": 70e6 },
    deepDives,
    measures: list,
  });
}
