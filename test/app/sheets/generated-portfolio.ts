/**
 * A larger, deterministic portfolio for the engine comparisons: every benefit type, budget effect
 * and status, with and without innfasing, confidence and shares, links split over two lines.
 */
import {
  BENEFIT_TYPES,
  MEASURE_STATUSES,
  type Benefit,
  type BudgetLink,
  type Measure,
  type Portfolio,
} from "../../../src/core/model/portfolio.types";
import { aDeepDive, aPortfolio } from "../../support/builders";
import { seededRandom } from "../../support/budget-workbooks";

const KEYS: Omit<BudgetLink, "share">[] = [
  { ansvar: "3100", art: "10300", funksjon: "254" },
  { ansvar: "3100", art: "11500", funksjon: "254" },
  { ansvar: "1300", art: "12400", funksjon: "120" },
  { ansvar: "2100", art: "16000", funksjon: "201" },
  { ansvar: "2100", art: "10100", funksjon: "201" },
];

export function generatedPortfolio(count: number, seed: number): Portfolio {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const round = (value: number, step: number) => Math.round(value / step) * step;
  const years = ["2027", "2028", "2029", "2030"];
  const deepDives = [1, 2, 3, 4, 5].map((i) =>
    aDeepDive({ id: `DD${i}`, name: `Område ${i}`, owner: `Leder ${i}` }),
  );
  const measures: Measure[] = [];
  for (let m = 1; m <= count; m++) {
    const benefits: Benefit[] = [];
    const n = 1 + Math.floor(random() * 3);
    for (let b = 1; b <= n; b++) {
      const type = pick(BENEFIT_TYPES);
      const budgetEffect =
        type === "kvalitet"
          ? "ingen"
          : type === "tid"
            ? pick(["omdisponering", "uttak"] as const)
            : pick(["uttak", "uttak", "ingen"] as const);
      const first = pick(KEYS);
      const second = pick(KEYS.filter((k) => k !== first));
      const split = round(random(), 0.05);
      const links: BudgetLink[] =
        budgetEffect !== "uttak"
          ? []
          : random() < 0.5
            ? [{ ...first, share: 1 }]
            : [
                { ...first, share: split },
                { ...second, share: 1 - split },
              ];
      const benefit: Benefit = {
        id: `T${m}-G${b}`,
        name: `Gevinst ${b}`,
        type,
        annual:
          type === "tid"
            ? round(random() * 4000, 10)
            : type === "kvalitet"
              ? 0
              : round(random() * 2_000_000 - 100_000, 1000),
        budgetEffect,
        links,
        indicators: [],
      };
      if (random() < 0.7)
        benefit.phaseIn = Object.fromEntries(years.map((y) => [y, round(random(), 0.25)]));
      if (random() < 0.6) benefit.confidence = round(random(), 0.05);
      if (random() < 0.4) benefit.withdrawalShare = round(random(), 0.1);
      benefits.push(benefit);
    }
    const measure: Measure = {
      id: `T${m}`,
      name: `Tiltak ${m}`,
      deepDive: pick(deepDives).id,
      owner: `Eier ${m}`,
      status: pick(MEASURE_STATUSES),
      costs: { oneTime: {}, running: {} },
      benefits,
    };
    if (random() < 0.5) {
      measure.costs.oneTime["2027"] = round(random() * 500_000, 1000);
      measure.costs.running["2028"] = round(random() * 100_000, 1000);
      if (random() < 0.7) measure.costLink = { ...pick(KEYS) };
    }
    measures.push(measure);
  }
  return aPortfolio({
    settings: {
      ...aPortfolio().settings,
      hourlyCost: 0,
      salaryBasis: { annualSalary: 620_000, holidayPay: 0.12, employerTax: 0.141, pension: 0.12 },
      discountRate: 0.035,
    },
    savingsTarget: { "2027": 3_000_000, "2028": 5_000_000, "2029": 6_000_000, "2030": 7_000_000 },
    deepDives,
    measures,
  });
}
