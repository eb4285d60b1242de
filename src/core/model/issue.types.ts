/**
 * Problems in the user's data are values, not exceptions (spec §6). Every issue names where it is
 * (measure, benefit, indicator, deep-dive, and sheet + cell where it has one) and carries the
 * catalogue key and params that say, in the user's language, what to do.
 */
export const ISSUE_CODES = [
  // Spec §6, the minimum set.
  "DUPLICATE_ID",
  "UNKNOWN_DEEP_DIVE",
  "BAD_VALUE",
  "LINK_NOT_FOUND",
  "LINK_AMBIGUOUS",
  "SHARES_NOT_ONE",
  "MISSING_BUDGET_LINK",
  "YEAR_OUTSIDE_PLAN",
  "MISSING_OWNER",
  "MISSING_BASELINE",
  "COST_UNLINKED",
  // Ours, where useful (docs/model.md lists them).
  "LINE_OVERDRAWN",
  "BAD_FORMAT",
  "MISSING_FIELD",
  "BUDGET_NOT_FOUND",
  "SHEET_DAMAGED",
  // The move to the next budget year (spec §12): the new last plan year has no savings target.
  "MISSING_SAVINGS_TARGET",
  // Rammeområder (spec §13): Σ the areas' targets above the kommune-wide savingsTarget in a year.
  "AREA_TARGETS_EXCEED_TOTAL",
  // Versions (spec §15): a comparison names a version that is not there.
  "VERSION_UNKNOWN",
  // Rammeområder (spec §13): an area id listed twice; a listed area no budget line has.
  "AREA_DUPLICATE",
  "AREA_NOT_IN_BUDGET",
  // Tertial follow-up (spec §14): a period profile whose shares do not sum to 1; a period the
  // portfolio's scheme has not; a prognosis below expected without an explanation; and ours: a
  // year's realised that disagrees with the sum of its periods (the periods are used).
  "PROFILE_NOT_ONE",
  "PERIOD_OUTSIDE_SCHEME",
  "FORECAST_WITHOUT_NOTE",
  "REALISED_NOT_PERIOD_SUM",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Severity = "error" | "warning";

/** The values a message is built from; a catalogue per language renders them. */
export type MessageParams = Record<string, string | number>;

/** A catalogue key and its params (src/app/messages renders them per language). */
export type MessageRef = { key: string; params: MessageParams };

export type Issue = {
  severity: Severity;
  code: IssueCode;
  /**
   * The catalogue entry for this issue and its params: the text is made from them in one place,
   * the catalogues in src/app/messages (nb, nn, en; the command line and the JSON report use nb).
   */
  key: string;
  params: MessageParams;
  measure?: string;
  benefit?: string;
  indicator?: string;
  deepDive?: string;
  sheet?: string;
  /** A1 address within `sheet`, e.g. "D12". */
  cell?: string;
  /** Line in a JSON file (1-based), for portfolio files. */
  line?: number;
  /**
   * The field within the named entity, as a path ("annual", "phaseIn.2027", "links.0.share",
   * "settings.hourlyCost"), so a sheet or file can point at the cell or line. Added by issue 3.
   */
  field?: string;
};

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
