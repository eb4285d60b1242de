/**
 * Default settings (spec §3) and the empty portfolio. Every setting is editable per workbook.
 */
import type { Portfolio, Settings } from "./portfolio.types";

/** Defaults: 1 695 hours per årsverk, 4 % discount rate (rundskriv R-109), 10 % tolerance. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hoursPerFte: 1695,
  /** 0 means "not typed": the hourly cost is then derived from `salaryBasis` (spec §3). */
  hourlyCost: 0,
  discountRate: 0.04,
  tolerance: 0.1,
  /**
   * Full effect from the budget year. The spec leaves the default innfasing to the workbook; we
   * assume no phasing rather than invent one (docs/model.md).
   */
  defaultPhaseIn: [1, 1, 1, 1] as [number, number, number, number],
});

/** A fresh copy of the default settings. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, defaultPhaseIn: [...DEFAULT_SETTINGS.defaultPhaseIn] };
}

/** An empty portfolio for a budget year, with default settings. */
export function emptyPortfolio(budgetYear: number, organisation = ""): Portfolio {
  return {
    format: "gevinst-portefolje",
    version: 3,
    organisation,
    budgetYear,
    settings: defaultSettings(),
    savingsTarget: {},
    deepDives: [],
    measures: [],
  };
}
