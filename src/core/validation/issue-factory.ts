/**
 * Building issues: one severity per code (docs/model.md lists them) and the params that name the
 * things an issue points at (the catalogues write them in each language).
 */
import type { Issue, IssueCode, MessageParams, MessageRef, Severity } from "../model/issue.types";
import type { Benefit, DeepDive, Indicator, Measure } from "../model/portfolio.types";

/** The severity of each code (MISSING_FIELD may be lowered to a warning where noted). */
export const ISSUE_SEVERITY: Record<IssueCode, Severity> = {
  DUPLICATE_ID: "error",
  UNKNOWN_DEEP_DIVE: "error",
  BAD_VALUE: "error",
  LINK_NOT_FOUND: "error",
  LINK_AMBIGUOUS: "error",
  SHARES_NOT_ONE: "error",
  MISSING_BUDGET_LINK: "error",
  YEAR_OUTSIDE_PLAN: "warning",
  MISSING_OWNER: "warning",
  MISSING_BASELINE: "warning",
  COST_UNLINKED: "warning",
  LINE_OVERDRAWN: "warning",
  BAD_FORMAT: "error",
  MISSING_FIELD: "error",
  BUDGET_NOT_FOUND: "error",
  SHEET_DAMAGED: "error",
  MISSING_SAVINGS_TARGET: "warning",
  AREA_TARGETS_EXCEED_TOTAL: "warning",
  VERSION_UNKNOWN: "error",
  AREA_DUPLICATE: "error",
  AREA_NOT_IN_BUDGET: "warning",
  PROFILE_NOT_ONE: "error",
  PERIOD_OUTSIDE_SCHEME: "error",
  FORECAST_WITHOUT_NOTE: "warning",
  REALISED_NOT_PERIOD_SUM: "warning",
};

/** Where an issue is: ids of the measure, benefit, indicator or deep-dive, and the field. */
export type IssuePlace = Pick<Issue, "measure" | "benefit" | "indicator" | "deepDive" | "field">;

export type { MessageRef };

/**
 * An issue with the code's severity (or the one given) and its catalogue key and params. Empty
 * place fields are left out.
 */
export function makeIssue(
  code: IssueCode,
  place: IssuePlace,
  ref: MessageRef,
  severity: Severity = ISSUE_SEVERITY[code],
): Issue {
  const issue: Issue = { severity, code, key: ref.key, params: ref.params };
  for (const key of ["measure", "benefit", "indicator", "deepDive", "field"] as const) {
    const value = place[key];
    if (value !== undefined && value !== "") issue[key] = value;
  }
  return issue;
}

/**
 * The entities an issue names, as params: a catalogue writes them in its language as «Tiltak T1
 * «Navn», gevinst T1-G1 «Navn», indikator I1», «Dypdykk DD1» — or «Porteføljen» when none is
 * given. An id that is given but empty is written «… uten id».
 */
export function whoParams(of: {
  deepDive?: DeepDive;
  measure?: Measure;
  benefit?: Benefit;
  indicator?: Indicator;
}): MessageParams {
  const params: MessageParams = {};
  const add = (prefix: string, entity: { id: string; name?: string } | undefined) => {
    if (!entity) return;
    params[prefix] = entity.id;
    params[`${prefix}Name`] = entity.name?.trim() ?? "";
  };
  add("dd", of.deepDive);
  add("m", of.measure);
  add("b", of.benefit);
  add("i", of.indicator);
  return params;
}

/**
 * A raw value for a catalogue: `shown` as the user wrote it («tekst», 1.5, NaN, JSON), or
 * `shownKind` for one that is empty or cannot be shown (a cycle can only come from code).
 */
export function shownParams(value: unknown): MessageParams {
  if (value === null) return { shownKind: "null" };
  if (value === undefined) return { shownKind: "undefined" };
  const shown = rawText(value);
  return shown === undefined ? { shownKind: "unshowable" } : { shown };
}

/** A raw value as the user wrote it, or undefined when it cannot be written as JSON. */
export function rawText(value: unknown): string | undefined {
  if (typeof value === "string") return `«${value}»`;
  if (typeof value === "number") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
