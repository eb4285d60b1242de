/**
 * Deterministic builders for the Gevinst model: sensible defaults, overrides for what a test is about.
 */
import type { BudgetLine } from "../../src/core/budget/budget.types";
import type { BudgetLookup } from "../../src/core/calculation/calculation.types";
import type {
  Benefit,
  BudgetKey,
  BudgetLink,
  DeepDive,
  Indicator,
  Measure,
  Portfolio,
} from "../../src/core/model/portfolio.types";
import { defaultSettings } from "../../src/core/model/settings";

/** Shared tolerance for kroner: `expect(x).toBeCloseTo(y, KRONER_DIGITS)` compares to within 0.005 kr. */
export const KRONER_DIGITS = 2;

/** Absolute tolerance for kroner in properties (0.01 kr). */
export const KRONER_TOLERANCE = 0.01;

export function aLink(overrides: Partial<BudgetLink> = {}): BudgetLink {
  return { ansvar: "3100", art: "10300", funksjon: "254", share: 1, ...overrides };
}

export function anIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: "I1",
    name: "Besøk per uke",
    unit: "antall",
    direction: "minkende",
    baseline: 420,
    baselineDate: "2027-01-15",
    target: 300,
    targetDate: "2028-06-30",
    measurements: [],
    ...overrides,
  };
}

/** A kostnad benefit of 100 000 kr a year, full effect all years, uttak on one line. */
export function aBenefit(overrides: Partial<Benefit> = {}): Benefit {
  return {
    id: "G1",
    name: "Færre besøk",
    type: "kostnad",
    annual: 100_000,
    phaseIn: { "2027": 1, "2028": 1, "2029": 1, "2030": 1 },
    budgetEffect: "uttak",
    links: [aLink()],
    indicators: [],
    ...overrides,
  };
}

/** A prioritised measure with an owner, no costs and one default benefit. */
export function aMeasure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: "T1",
    name: "Elektronisk medisineringsstøtte",
    owner: "Kari Nordmann",
    status: "prioritert",
    costs: { oneTime: {}, running: {} },
    benefits: [aBenefit()],
    ...overrides,
  };
}

export function aDeepDive(overrides: Partial<DeepDive> = {}): DeepDive {
  return { id: "DD1", name: "Hjemmetjenesten", ...overrides };
}

/** Budget year 2027, default settings with hourly cost 600 kr, no target, no measures. */
export function aPortfolio(overrides: Partial<Portfolio> = {}): Portfolio {
  return {
    format: "gevinst-portefolje",
    version: 3,
    organisation: "Eksempel kommune",
    budgetYear: 2027,
    settings: { ...defaultSettings(), hourlyCost: 600 },
    savingsTarget: {},
    deepDives: [],
    measures: [],
    ...overrides,
  };
}

export function aBudgetLine(
  key: BudgetKey,
  amounts: [number, number, number, number],
  row = 0,
): BudgetLine {
  return {
    key: {
      ansvar: key.ansvar,
      art: key.art,
      funksjon: key.funksjon,
      prosjekt: key.prosjekt ?? "",
      ...(key.tjenesteomrade ? { tjenesteomrade: key.tjenesteomrade } : {}),
    },
    names: {},
    amounts,
    source: 0,
    row,
  };
}

/** A tiny budget lookup: codes compared as trimmed text, omitted prosjekt means "". */
export function aBudget(lines: BudgetLine[]): BudgetLookup {
  const norm = (text: string | undefined) => String(text ?? "").trim();
  return {
    findLines: (key) =>
      lines.filter(
        (line) =>
          norm(line.key.ansvar) === norm(key.ansvar) &&
          norm(line.key.art) === norm(key.art) &&
          norm(line.key.funksjon) === norm(key.funksjon) &&
          norm(line.key.prosjekt) === norm(key.prosjekt),
      ),
  };
}
