/**
 * The move to the next budget year (spec §12): plan years B..B+3 become B+1..B+4. Year B leaves
 * the plan for the history (expected, realised, deviation and status per measure); B+4 gets the
 * phase-in and running costs of B+3 and no one-time cost; savings targets move with their years;
 * links are checked against the new budget. Everything else — ids, statuses, owners, actions,
 * indicators, measurements, approvals — carries over untouched. Pure.
 */
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import type { BudgetLookup } from "../calculation/calculation.types";
import type { Issue, MessageRef } from "../model/issue.types";
import {
  planYearsOf,
  type Benefit,
  type BudgetKey,
  type ByYear,
  type HistoryEntry,
  type InvalidFields,
  type Measure,
  type Portfolio,
} from "../model/portfolio.types";
import { makeIssue } from "../validation/issue-factory";

/** The key of a link, without its share. */
function keyOf(link: BudgetKey): BudgetKey {
  const key: BudgetKey = { ansvar: link.ansvar, art: link.art, funksjon: link.funksjon };
  if (link.prosjekt !== undefined && link.prosjekt !== "") key.prosjekt = link.prosjekt;
  if (link.tjenesteomrade !== undefined && link.tjenesteomrade !== "")
    key.tjenesteomrade = link.tjenesteomrade;
  return key;
}

/** A link (or cost link) that matches no line of the new budget. */
export type LostLink = { measure: string; benefit?: string; key: BudgetKey; kind: "link" | "cost" };

/** An unreadable value of the year that left the plan: not carried, named in the report. */
export type DroppedValue = { measure?: string; benefit?: string; field: string; raw: unknown };

export type RollReport = {
  fromYear: number;
  toYear: number;
  /** Measures carried to the new plan (all of them). */
  measureCount: number;
  /** The history rows added for the year that left the plan. */
  archived: HistoryEntry[];
  /** Links that point at no line of the new budget (LINK_NOT_FOUND), with the old key. */
  lostLinks: LostLink[];
  /** The new last plan year has no savings target. */
  missingSavingsTarget: string | null;
  /** Benefits without their own innfasing given the old default's years explicitly. */
  explicitPhaseIn: string[];
  dropped: DroppedValue[];
};

export type RollResult =
  | { status: "rolled"; portfolio: Portfolio; report: RollReport; issues: Issue[] }
  | ({ status: "refused" } & MessageRef);

/** The year → value record moved on: year B out, B+4 = B+3 when `extend`. */
function shift(
  byYear: ByYear | undefined,
  from: string,
  last: string,
  next: string,
  extend: boolean,
): ByYear | undefined {
  if (byYear === undefined) return undefined;
  const result: ByYear = {};
  for (const [year, value] of Object.entries(byYear)) if (year !== from) result[year] = value;
  if (extend && byYear[last] !== undefined) result[next] = byYear[last];
  return result;
}

/** Unreadable values of year B leave with it (reported); those of B+3 are copied to B+4 where the value is. */
function shiftInvalid(
  invalid: InvalidFields | undefined,
  prefixes: readonly string[],
  from: string,
  dropped: DroppedValue[],
  place: Omit<DroppedValue, "field" | "raw">,
): InvalidFields | undefined {
  if (!invalid) return undefined;
  const result: InvalidFields = {};
  for (const [field, raw] of Object.entries(invalid)) {
    // Realised per period of year B is nested one level deeper ("realisedPeriods.2027.T2").
    if (
      prefixes.some(
        (prefix) => field === `${prefix}.${from}` || field.startsWith(`${prefix}.${from}.`),
      )
    )
      dropped.push({ ...place, field, raw });
    else result[field] = raw;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function withOptional<T extends object>(value: T, key: keyof T, field: unknown): T {
  if (field === undefined) delete value[key];
  else (value as Record<keyof T, unknown>)[key] = field;
  return value;
}

/**
 * Moves the portfolio one year on. Refused when the target year is not after the portfolio's
 * (rolling twice into the same year), so a second roll changes nothing.
 * @param newBudgetYear B+1 unless given (`--year`); must be B+1: the plan moves one year at a time.
 * @param budget the new budget, to check the links against.
 */
export function rollPortfolio(
  portfolio: Portfolio,
  newBudgetYear: number = portfolio.budgetYear + 1,
  budget?: BudgetLookup,
): RollResult {
  const oldYear = portfolio.budgetYear;
  if (newBudgetYear <= oldYear)
    return {
      status: "refused",
      key: "ROLL_ALREADY_THERE",
      params: { year: oldYear, target: newBudgetYear },
    };
  if (newBudgetYear !== oldYear + 1)
    return {
      status: "refused",
      key: "ROLL_ONE_YEAR",
      params: { year: oldYear, next: oldYear + 1, target: newBudgetYear },
    };
  const [from, , , last] = planYearsOf(oldYear);
  const next = String(oldYear + 4);
  const result = calculatePortfolio(portfolio);
  const dropped: DroppedValue[] = [];
  const explicitPhaseIn: string[] = [];
  const defaults = portfolio.settings.defaultPhaseIn;
  const uniformDefault = defaults.every((d) => d === defaults[0]);

  const archived: HistoryEntry[] = portfolio.measures.map((measure, i) => {
    const r = result.measures[i]!;
    const y = r.years[from]!;
    const realisation = r.realisation[from];
    const entry: HistoryEntry = {
      year: from,
      measure: measure.id,
      name: measure.name,
      status: measure.status,
      gross: y.gross,
      expected: y.expected,
      withdrawable: y.withdrawable,
      cost: y.cost,
      budgetNet: y.budgetNet,
    };
    if (measure.deepDive !== undefined) entry.deepDive = measure.deepDive;
    if (realisation) {
      entry.realised = realisation.realised;
      entry.deviation = realisation.deviation;
      entry.realisationStatus = realisation.status;
    }
    return entry;
  });

  const rollBenefit = (measure: Measure, benefit: Benefit): Benefit => {
    const place = { measure: measure.id, benefit: benefit.id };
    const rolled: Benefit = { ...benefit };
    if (benefit.phaseIn !== undefined) {
      rolled.phaseIn = shift(benefit.phaseIn, from, last, next, true);
    } else if (!uniformDefault) {
      // The default innfasing goes by plan-year index: moved on, it would restart the benefit's
      // phasing. The benefit keeps the years it had, written out (docs/model.md).
      rolled.phaseIn = {
        [String(oldYear + 1)]: defaults[1],
        [String(oldYear + 2)]: defaults[2],
        [String(oldYear + 3)]: defaults[3],
        [next]: defaults[3],
      };
      explicitPhaseIn.push(benefit.id);
    }
    withOptional(rolled, "realised", shift(benefit.realised, from, last, next, false));
    // Realised per period (spec §14) of year B is in its history row's realised; it leaves too.
    const periods = Object.entries(benefit.realisedPeriods ?? {}).filter(([year]) => year !== from);
    withOptional(
      rolled,
      "realisedPeriods",
      benefit.realisedPeriods === undefined || periods.length === 0
        ? undefined
        : Object.fromEntries(periods),
    );
    withOptional(
      rolled,
      "invalid",
      shiftInvalid(
        benefit.invalid,
        ["phaseIn", "realised", "realisedPeriods"],
        from,
        dropped,
        place,
      ),
    );
    return rolled;
  };

  const measures = portfolio.measures.map((measure) => {
    const rolled: Measure = {
      ...measure,
      costs: {
        oneTime: shift(measure.costs.oneTime, from, last, next, false) ?? {},
        running: shift(measure.costs.running, from, last, next, true) ?? {},
      },
      benefits: measure.benefits.map((benefit) => rollBenefit(measure, benefit)),
    };
    // The prognosis of year B (spec §14) leaves with the year; the texts stay (never lost).
    const forecast = shift(measure.forecast, from, last, next, false);
    withOptional(
      rolled,
      "forecast",
      forecast && Object.keys(forecast).length > 0 ? forecast : undefined,
    );
    withOptional(
      rolled,
      "invalid",
      shiftInvalid(measure.invalid, ["costs.oneTime", "costs.running", "forecast"], from, dropped, {
        measure: measure.id,
      }),
    );
    return rolled;
  });

  const savingsTarget = shift(portfolio.savingsTarget, from, last, next, false) ?? {};
  const historySavingsTarget = { ...(portfolio.historySavingsTarget ?? {}) };
  if (portfolio.savingsTarget[from] !== undefined)
    historySavingsTarget[from] = portfolio.savingsTarget[from];
  const rolled: Portfolio = {
    ...portfolio,
    budgetYear: newBudgetYear,
    savingsTarget,
    measures,
    history: [...(portfolio.history ?? []), ...archived],
  };
  if (Object.keys(historySavingsTarget).length > 0)
    rolled.historySavingsTarget = historySavingsTarget;
  // Each rammeområde's krav moves with the plan years as the kommune's does: B out, B+4 blank.
  if (portfolio.areas)
    rolled.areas = portfolio.areas.map((area) => {
      const moved = { ...area };
      const target = shift(area.savingsTarget, from, last, next, false);
      return withOptional(
        moved,
        "savingsTarget",
        target && Object.keys(target).length > 0 ? target : undefined,
      );
    });
  const areaTargets = (portfolio.areas ?? []).map((_, k) => `areas.${k}.savingsTarget`);
  withOptional(
    rolled,
    "invalid",
    shiftInvalid(portfolio.invalid, ["savingsTarget", ...areaTargets], from, dropped, {}),
  );

  const issues: Issue[] = [];
  const missingSavingsTarget = savingsTarget[next] === undefined ? next : null;
  if (missingSavingsTarget)
    issues.push(
      makeIssue(
        "MISSING_SAVINGS_TARGET",
        { field: `savingsTarget.${next}` },
        { key: "MISSING_SAVINGS_TARGET", params: { year: next } },
      ),
    );
  const lostLinks: LostLink[] = [];
  if (budget) {
    for (const measure of measures) {
      if (measure.status === "avbrutt") continue;
      for (const benefit of measure.benefits)
        for (const link of benefit.links)
          if (budget.findLines(link).length === 0)
            lostLinks.push({
              measure: measure.id,
              benefit: benefit.id,
              key: keyOf(link),
              kind: "link",
            });
      if (measure.costLink && budget.findLines(measure.costLink).length === 0)
        lostLinks.push({ measure: measure.id, key: measure.costLink, kind: "cost" });
    }
  }
  return {
    status: "rolled",
    portfolio: rolled,
    issues,
    report: {
      fromYear: oldYear,
      toYear: newBudgetYear,
      measureCount: measures.length,
      archived,
      lostLinks,
      missingSavingsTarget,
      explicitPhaseIn,
      dropped,
    },
  };
}
