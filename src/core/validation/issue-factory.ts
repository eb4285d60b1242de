/**
 * Building issues: one severity per code (docs/model.md lists them) and the Norwegian names of
 * the things an issue points at.
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
};

const UNSHOWABLE = "(verdi som ikke kan vises)";

/** Where an issue is: ids of the measure, benefit, indicator or deep-dive, and the field. */
export type IssuePlace = Pick<Issue, "measure" | "benefit" | "indicator" | "deepDive" | "field">;

export type { MessageRef };

/**
 * An issue with the code's severity (or the one given). Empty place fields are left out. With a
 * `ref` the issue also carries its catalogue key and params; `message` stays the bokmål text.
 */
export function makeIssue(
  code: IssueCode,
  place: IssuePlace,
  message: string,
  severity: Severity = ISSUE_SEVERITY[code],
  ref?: MessageRef,
): Issue {
  const issue: Issue = {
    severity,
    code,
    message,
    ...(ref ? { key: ref.key, params: ref.params } : {}),
  };
  for (const key of ["measure", "benefit", "indicator", "deepDive", "field"] as const) {
    const value = place[key];
    if (value !== undefined && value !== "") issue[key] = value;
  }
  return issue;
}

function named(kind: string, id: string, name: string | undefined): string {
  const label = id === "" ? `${kind} uten id` : `${kind} ${id}`;
  return name && name.trim() !== "" ? `${label} «${name.trim()}»` : label;
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

/** A raw value for a catalogue: `shown` as `showRaw` writes it, or `shownKind` for an empty one. */
export function shownParams(value: unknown): MessageParams {
  if (value === null) return { shownKind: "null" };
  if (value === undefined) return { shownKind: "undefined" };
  const shown = showRaw(value);
  return shown === UNSHOWABLE ? { shownKind: "unshowable" } : { shown };
}

/** «Tiltak T1 «Navn»» */
export function measureLabel(measure: Measure): string {
  return named("Tiltak", measure.id, measure.name);
}

/** «gevinst T1-G1 «Navn»» */
export function benefitLabel(benefit: Benefit): string {
  return named("gevinst", benefit.id, benefit.name);
}

/** «indikator I1 «Navn»» */
export function indicatorLabel(indicator: Indicator): string {
  return named("indikator", indicator.id, indicator.name);
}

/** «Dypdykk DD1 «Navn»» */
export function deepDiveLabel(deepDive: DeepDive): string {
  return named("Dypdykk", deepDive.id, deepDive.name);
}

/** A raw value as the user wrote it, for messages: «tekst», 1.5, NaN. */
export function showRaw(value: unknown): string {
  if (typeof value === "string") return `«${value}»`;
  if (typeof value === "number") return String(value);
  if (value === null) return "tom (null)";
  if (value === undefined) return "tom";
  try {
    return JSON.stringify(value);
  } catch {
    // A value that cannot be written as JSON (a cycle) can only come from code, not from a user.
    return UNSHOWABLE;
  }
}
