/**
 * Writing a portfolio file, version 3 (spec §7, §11–§13), canonically: known fields in the spec's order,
 * year keys in year order, unknown fields (`extra`) after them in alphabetical order, and every
 * unreadable value (`invalid`) written back exactly as it was given, where it was given.
 */
import type {
  Benefit,
  BudgetKey,
  ByYear,
  DeepDive,
  Indicator,
  InvalidFields,
  Measure,
  Portfolio,
  PortfolioVersion,
  VersionFigures,
} from "../model/portfolio.types";
import { isJsonObject, type JsonObject } from "./field-reader";
import { PORTFOLIO_VERSION } from "./portfolio-schema";

type Entity = { invalid?: InvalidFields; extra?: Record<string, unknown> };

/** Non-finite numbers become text ("NaN"), so reading the file back keeps them visible as invalid. */
function jsonNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

/** The raw value when `path` is invalid, else the typed value (numbers made JSON-safe). */
function pick(entity: Entity, path: string, typed: unknown): unknown {
  if (entity.invalid && Object.prototype.hasOwnProperty.call(entity.invalid, path))
    return entity.invalid[path];
  return typeof typed === "number" ? jsonNumber(typed) : typed;
}

function yearOrder(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A ByYear with its invalid entries merged back, keys in year order. */
function byYear(entity: Entity, path: string, typed: ByYear | undefined): unknown {
  const whole = pick(entity, path, undefined);
  if (whole !== undefined) return whole;
  if (typed === undefined) return undefined;
  const keys = new Set(Object.keys(typed));
  const prefix = `${path}.`;
  for (const key of Object.keys(entity.invalid ?? {})) {
    if (key.startsWith(prefix) && !key.slice(prefix.length).includes("."))
      keys.add(key.slice(prefix.length));
  }
  const result: JsonObject = {};
  for (const year of [...keys].sort(yearOrder))
    result[year] = pick(entity, `${prefix}${year}`, typed[year]);
  return result;
}

/** Year → period → number (realised per period, spec §14), invalid entries merged back. */
function byYearByPeriod(
  entity: Entity,
  path: string,
  typed: Record<string, ByYear> | undefined,
): unknown {
  const whole = pick(entity, path, undefined);
  if (whole !== undefined) return whole;
  if (typed === undefined) return undefined;
  const years = new Set(Object.keys(typed));
  const prefix = `${path}.`;
  for (const key of Object.keys(entity.invalid ?? {})) {
    if (key.startsWith(prefix)) years.add(key.slice(prefix.length).split(".")[0] as string);
  }
  const result: JsonObject = {};
  for (const year of [...years].sort(yearOrder))
    result[year] = byYear(entity, `${prefix}${year}`, typed[year] ?? {});
  return result;
}

/**
 * A list whose unreadable items were left out of the typed list and kept in `invalid` by their
 * original index ("selectedBecause.1"): the items merged back in their places.
 */
function listWithInvalid(
  entity: Entity,
  path: string,
  typed: readonly unknown[] | undefined,
): unknown {
  const whole = pick(entity, path, undefined);
  if (whole !== undefined) return whole;
  if (typed === undefined) return undefined;
  const prefix = `${path}.`;
  const bad = new Map<number, unknown>();
  for (const [field, raw] of Object.entries(entity.invalid ?? {})) {
    const rest = field.slice(prefix.length);
    if (field.startsWith(prefix) && /^\d+$/.test(rest)) bad.set(Number(rest), raw);
  }
  const result: unknown[] = [];
  let next = 0;
  for (let i = 0; i < typed.length + bad.size; i++)
    result.push(bad.has(i) ? bad.get(i) : typed[next++]);
  return result;
}

function key(entity: Entity, path: string, typed: BudgetKey): JsonObject {
  return {
    ansvar: pick(entity, `${path}.ansvar`, typed.ansvar),
    art: pick(entity, `${path}.art`, typed.art),
    funksjon: pick(entity, `${path}.funksjon`, typed.funksjon),
    prosjekt: pick(entity, `${path}.prosjekt`, typed.prosjekt),
    // Absent (undefined, left out of the JSON) for a key without it: written as before (§13).
    tjenesteomrade: pick(entity, `${path}.tjenesteomrade`, typed.tjenesteomrade),
  };
}

/** Puts `extra` back: top-level fields at the end, nested ("links.0.note") into their object. */
function withExtra(object: JsonObject, entity: Entity): JsonObject {
  const extra = entity.extra ?? {};
  for (const path of Object.keys(extra).sort()) {
    const segments = path.split(".");
    let target: unknown = object;
    // Nested only when the first segment is one of our own fields (an unknown field is never one).
    if (segments.length > 1 && (segments[0] as string) in object) {
      for (const segment of segments.slice(0, -1)) {
        target =
          isJsonObject(target) || Array.isArray(target)
            ? (target as JsonObject)[segment]
            : undefined;
      }
      if (isJsonObject(target)) {
        target[segments[segments.length - 1] as string] = extra[path];
        continue;
      }
    }
    object[path] = extra[path];
  }
  return object;
}

function clean(object: JsonObject): JsonObject {
  for (const name of Object.keys(object)) if (object[name] === undefined) delete object[name];
  return object;
}

function indicatorJson(indicator: Indicator): JsonObject {
  const e = indicator;
  return withExtra(
    clean({
      id: pick(e, "id", e.id),
      name: pick(e, "name", e.name),
      unit: pick(e, "unit", e.unit),
      direction: pick(e, "direction", e.direction),
      baseline: pick(e, "baseline", e.baseline),
      baselineDate: pick(e, "baselineDate", e.baselineDate),
      target: pick(e, "target", e.target),
      targetDate: pick(e, "targetDate", e.targetDate),
      frequency: pick(e, "frequency", e.frequency),
      owner: pick(e, "owner", e.owner),
      plan: pick(e, "plan", e.plan),
      measurements:
        pick(e, "measurements", undefined) ??
        e.measurements.map((m, i) => ({
          date: pick(e, `measurements.${i}.date`, m.date),
          value: pick(e, `measurements.${i}.value`, m.value),
        })),
    }),
    e,
  );
}

function benefitJson(benefit: Benefit): JsonObject {
  const e = benefit;
  return withExtra(
    clean({
      id: pick(e, "id", e.id),
      name: pick(e, "name", e.name),
      type: pick(e, "type", e.type),
      annual: pick(e, "annual", e.annual),
      phaseIn: byYear(e, "phaseIn", e.phaseIn),
      confidence: pick(e, "confidence", e.confidence),
      budgetEffect: pick(e, "budgetEffect", e.budgetEffect),
      withdrawalShare: pick(e, "withdrawalShare", e.withdrawalShare),
      owner: pick(e, "owner", e.owner),
      links:
        pick(e, "links", undefined) ??
        e.links.map((link, i) =>
          clean({ ...key(e, `links.${i}`, link), share: pick(e, `links.${i}.share`, link.share) }),
        ),
      indicators: pick(e, "indicators", undefined) ?? e.indicators.map(indicatorJson),
      realised: byYear(e, "realised", e.realised),
      // Version 3 (spec §14): written only when present.
      realisedPeriods: byYearByPeriod(e, "realisedPeriods", e.realisedPeriods),
      periodProfile: byYear(e, "periodProfile", e.periodProfile),
    }),
    e,
  );
}

function measureJson(measure: Measure): JsonObject {
  const e = measure;
  return withExtra(
    clean({
      id: pick(e, "id", e.id),
      name: pick(e, "name", e.name),
      deepDive: pick(e, "deepDive", e.deepDive),
      owner: pick(e, "owner", e.owner),
      status: pick(e, "status", e.status),
      mustDo: pick(e, "mustDo", e.mustDo),
      description: pick(e, "description", e.description),
      costs: pick(e, "costs", undefined) ?? {
        oneTime: byYear(e, "costs.oneTime", e.costs.oneTime),
        running: byYear(e, "costs.running", e.costs.running),
      },
      costLink:
        pick(e, "costLink", undefined) ??
        (e.costLink ? clean(key(e, "costLink", e.costLink)) : undefined),
      includedInBudget: pick(e, "includedInBudget", e.includedInBudget),
      actions:
        pick(e, "actions", undefined) ??
        e.actions?.map((action, i) =>
          clean({
            id: pick(e, `actions.${i}.id`, action.id),
            what: pick(e, `actions.${i}.what`, action.what),
            who: pick(e, `actions.${i}.who`, action.who),
            due: pick(e, `actions.${i}.due`, action.due),
            status: pick(e, `actions.${i}.status`, action.status),
          }),
        ),
      preconditions: pick(e, "preconditions", e.preconditions),
      risks: pick(e, "risks", e.risks),
      forecast: byYear(e, "forecast", e.forecast),
      deviationNote: pick(e, "deviationNote", e.deviationNote),
      correctiveAction: pick(e, "correctiveAction", e.correctiveAction),
      benefits: pick(e, "benefits", undefined) ?? e.benefits.map(benefitJson),
    }),
    e,
  );
}

function deepDiveJson(deepDive: DeepDive): JsonObject {
  const e = deepDive;
  return withExtra(
    clean({
      id: pick(e, "id", e.id),
      name: pick(e, "name", e.name),
      owner: pick(e, "owner", e.owner),
      currentSituation: pick(e, "currentSituation", e.currentSituation),
      desiredSituation: pick(e, "desiredSituation", e.desiredSituation),
      gap: pick(e, "gap", e.gap),
      selectedBecause: listWithInvalid(e, "selectedBecause", e.selectedBecause),
      unmetNeeds: pick(e, "unmetNeeds", e.unmetNeeds),
      problems: pick(e, "problems", e.problems),
      opportunities: pick(e, "opportunities", e.opportunities),
      valueChain: pick(e, "valueChain", e.valueChain),
      minimumRequirements: pick(e, "minimumRequirements", e.minimumRequirements),
      businessCases: pick(e, "businessCases", e.businessCases),
      workshopDate: pick(e, "workshopDate", e.workshopDate),
    }),
    e,
  );
}

/** The portfolio as a canonical JSON document (a plain object). */
export function portfolioToJson(portfolio: Portfolio): JsonObject {
  const e = portfolio;
  const s = portfolio.settings;
  const salary = s.salaryBasis;
  return withExtra(
    clean({
      format: portfolio.format,
      // Always the version written: a version 1 or 2 file read in is saved as version 3.
      version: PORTFOLIO_VERSION,
      organisation: pick(e, "organisation", e.organisation),
      budgetYear: portfolio.budgetYear,
      settings: clean({
        hoursPerFte: pick(e, "settings.hoursPerFte", s.hoursPerFte),
        hourlyCost: pick(e, "settings.hourlyCost", s.hourlyCost),
        discountRate: pick(e, "settings.discountRate", s.discountRate),
        tolerance: pick(e, "settings.tolerance", s.tolerance),
        defaultPhaseIn: pick(e, "settings.defaultPhaseIn", s.defaultPhaseIn.map(jsonNumber)),
        salaryBasis:
          pick(e, "settings.salaryBasis", undefined) ??
          (salary
            ? {
                annualSalary: pick(e, "settings.salaryBasis.annualSalary", salary.annualSalary),
                holidayPay: pick(e, "settings.salaryBasis.holidayPay", salary.holidayPay),
                employerTax: pick(e, "settings.salaryBasis.employerTax", salary.employerTax),
                pension: pick(e, "settings.salaryBasis.pension", salary.pension),
              }
            : undefined),
        followUpPeriods: pick(e, "settings.followUpPeriods", s.followUpPeriods),
        followUpPeriod: pick(e, "settings.followUpPeriod", s.followUpPeriod),
      }),
      savingsTarget: byYear(e, "savingsTarget", e.savingsTarget),
      deepDives: pick(e, "deepDives", undefined) ?? e.deepDives.map(deepDiveJson),
      measures: pick(e, "measures", undefined) ?? e.measures.map(measureJson),
      approvals:
        pick(e, "approvals", undefined) ??
        e.approvals?.map((approval, i) => ({
          document: pick(e, `approvals.${i}.document`, approval.document),
          version: pick(e, `approvals.${i}.version`, approval.version),
          by: pick(e, `approvals.${i}.by`, approval.by),
          date: pick(e, `approvals.${i}.date`, approval.date),
        })),
      history:
        pick(e, "history", undefined) ??
        e.history?.map((entry, i) => {
          const at = (field: string, value: unknown) => pick(e, `history.${i}.${field}`, value);
          return clean({
            year: at("year", entry.year),
            measure: at("measure", entry.measure),
            name: at("name", entry.name),
            deepDive: at("deepDive", entry.deepDive),
            status: at("status", entry.status),
            gross: at("gross", entry.gross),
            expected: at("expected", entry.expected),
            withdrawable: at("withdrawable", entry.withdrawable),
            cost: at("cost", entry.cost),
            budgetNet: at("budgetNet", entry.budgetNet),
            realised: at("realised", entry.realised),
            deviation: at("deviation", entry.deviation),
            realisationStatus: at("realisationStatus", entry.realisationStatus),
          });
        }),
      historySavingsTarget: byYear(e, "historySavingsTarget", e.historySavingsTarget),
      // Version 3 (spec §13): written only when present, so a portfolio without areas is as before.
      areaDimension: pick(e, "areaDimension", e.areaDimension),
      areaPrefix: pick(e, "areaPrefix", e.areaPrefix),
      areas:
        pick(e, "areas", undefined) ??
        e.areas?.map((area, i) =>
          clean({
            id: pick(e, `areas.${i}.id`, area.id),
            name: pick(e, `areas.${i}.name`, area.name),
            savingsTarget: byYear(e, `areas.${i}.savingsTarget`, area.savingsTarget),
          }),
        ),
      // Version 3 (spec §15): the frozen versions, only when there are any.
      versions: pick(e, "versions", undefined) ?? e.versions?.map((v, i) => versionJson(e, v, i)),
    }),
    e,
  );
}

/** One frozen version (spec §15), every leaf through `pick` so a bad value goes back as given. */
function versionJson(e: Entity, version: PortfolioVersion, i: number): JsonObject {
  const at = `versions.${i}`;
  return clean({
    id: pick(e, `${at}.id`, version.id),
    kind: pick(e, `${at}.kind`, version.kind),
    name: pick(e, `${at}.name`, version.name),
    date: pick(e, `${at}.date`, version.date),
    by: pick(e, `${at}.by`, version.by),
    savingsTarget: byYear(e, `${at}.savingsTarget`, version.savingsTarget),
    measures: version.measures.map((m, j) => {
      const mAt = `${at}.measures.${j}`;
      const years: JsonObject = {};
      for (const year of Object.keys(m.years).sort(yearOrder)) {
        const f = m.years[year] as VersionFigures;
        const yAt = `${mAt}.years.${year}`;
        years[year] = pick(e, yAt, undefined) ?? {
          expected: pick(e, `${yAt}.expected`, f.expected),
          withdrawable: pick(e, `${yAt}.withdrawable`, f.withdrawable),
          budgetNet: pick(e, `${yAt}.budgetNet`, f.budgetNet),
        };
      }
      return clean({
        id: pick(e, `${mAt}.id`, m.id),
        name: pick(e, `${mAt}.name`, m.name),
        deepDive: pick(e, `${mAt}.deepDive`, m.deepDive),
        status: pick(e, `${mAt}.status`, m.status),
        years,
      });
    }),
    adjustments: version.adjustments.map((a, k) => ({
      key: clean(key(e, `${at}.adjustments.${k}.key`, a.key)),
      years: byYear(e, `${at}.adjustments.${k}.years`, a.years),
    })),
  });
}

/** The portfolio file text: canonical JSON, two-space indent, a final newline. */
export function writePortfolioJson(portfolio: Portfolio): string {
  return `${JSON.stringify(portfolioToJson(portfolio), null, 2)}\n`;
}
