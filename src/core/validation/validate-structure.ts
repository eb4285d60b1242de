/**
 * Structural checks (spec §6): ids, deep-dives, owners, baselines, budget links and their shares,
 * costs without a cost line, and missing required fields.
 */
import { isFiniteNumber } from "../money";
import type { Issue, MessageParams } from "../model/issue.types";
import { isCounted, type Portfolio } from "../model/portfolio.types";
import { isInvalidField } from "../model/read-values";
import { measureCost } from "../calculation/calculate-measure";
import { resolveSettings } from "../calculation/resolve-settings";
import { planYearsOf } from "../model/portfolio.types";
import { makeIssue, whoParams, type IssuePlace } from "./issue-factory";

/** Tolerance for shares summing to 1 (spec §4: ±1e-9). */
export const SHARE_SUM_TOLERANCE = 1e-9;

/** The kinds of entity whose ids must be unique (the catalogues name them per language). */
type IdKind = "measure" | "benefit" | "deepDive" | "indicator";

function checkDuplicates(
  issues: Issue[],
  kind: IdKind,
  items: readonly { id: string; place: IssuePlace; who: MessageParams }[],
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const id = item.id.trim();
    if (id === "") continue;
    if (seen.has(id)) {
      issues.push(
        makeIssue(
          "DUPLICATE_ID",
          { ...item.place, field: "id" },
          { key: "DUPLICATE_ID", params: { ...item.who, id, kind } },
        ),
      );
    }
    seen.add(id);
  }
}

function checkRequired(
  issues: Issue[],
  place: IssuePlace,
  who: MessageParams,
  fields: Record<string, unknown>,
): void {
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.trim() !== "") continue;
    issues.push(
      makeIssue(
        "MISSING_FIELD",
        { ...place, field },
        { key: field === "id" ? "MISSING_ID" : "MISSING_NAME", params: who },
      ),
    );
  }
}

function hasText(value: string | undefined): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** DUPLICATE_ID, UNKNOWN_DEEP_DIVE, MISSING_FIELD, MISSING_OWNER, MISSING_BASELINE, COST_UNLINKED, MISSING_BUDGET_LINK, SHARES_NOT_ONE. */
export function validateStructure(portfolio: Portfolio): Issue[] {
  const issues: Issue[] = [];
  const years = planYearsOf(portfolio.budgetYear);
  const deepDiveIds = new Set(portfolio.deepDives.map((d) => d.id.trim()));
  type Item = { id: string; place: IssuePlace; who: MessageParams };
  const benefits: Item[] = [];
  const indicators: Item[] = [];

  for (const deepDive of portfolio.deepDives) {
    const who = whoParams({ deepDive });
    checkRequired(issues, { deepDive: deepDive.id }, who, {
      id: deepDive.id,
      name: deepDive.name,
    });
  }
  checkDuplicates(
    issues,
    "deepDive",
    portfolio.deepDives.map((d) => ({
      id: d.id,
      place: { deepDive: d.id },
      who: whoParams({ deepDive: d }),
    })),
  );
  checkDuplicates(
    issues,
    "measure",
    portfolio.measures.map((m) => ({
      id: m.id,
      place: { measure: m.id },
      who: whoParams({ measure: m }),
    })),
  );

  let needsHourlyCost = false;
  for (const measure of portfolio.measures) {
    const place = { measure: measure.id };
    const who = whoParams({ measure });
    const counted = isCounted(measure.status);
    checkRequired(issues, place, who, { id: measure.id, name: measure.name });

    if (hasText(measure.deepDive) && !deepDiveIds.has((measure.deepDive ?? "").trim())) {
      issues.push(
        makeIssue(
          "UNKNOWN_DEEP_DIVE",
          { ...place, field: "deepDive" },
          { key: "UNKNOWN_DEEP_DIVE", params: { ...who, deepDive: measure.deepDive ?? "" } },
        ),
      );
    }
    if (counted && !hasText(measure.owner)) {
      issues.push(
        makeIssue(
          "MISSING_OWNER",
          { ...place, field: "owner" },
          { key: "MISSING_OWNER", params: who },
        ),
      );
    }
    const hasBaseline = measure.benefits.some((b) =>
      b.indicators.some((i) => isFiniteNumber(i.baseline) && !isInvalidField(i, "baseline")),
    );
    if (counted && !hasBaseline) {
      issues.push(makeIssue("MISSING_BASELINE", place, { key: "MISSING_BASELINE", params: who }));
    }
    const hasCosts = years.some((year) => measureCost(measure, year) !== 0);
    if (counted && hasCosts && !measure.costLink) {
      issues.push(
        makeIssue(
          "COST_UNLINKED",
          { ...place, field: "costLink" },
          { key: "COST_UNLINKED", params: who },
        ),
      );
    }

    for (const benefit of measure.benefits) {
      const bPlace = { measure: measure.id, benefit: benefit.id };
      const bWho = whoParams({ measure, benefit });
      benefits.push({ id: benefit.id, place: bPlace, who: bWho });
      checkRequired(issues, bPlace, bWho, { id: benefit.id, name: benefit.name });
      if (benefit.type === "tid" && benefit.annual !== 0 && measure.status !== "avbrutt")
        needsHourlyCost = true;

      if (counted && benefit.budgetEffect === "uttak" && benefit.links.length === 0) {
        issues.push(
          makeIssue(
            "MISSING_BUDGET_LINK",
            { ...bPlace, field: "links" },
            { key: "MISSING_BUDGET_LINK", params: bWho },
          ),
        );
      }
      const shares = benefit.links.map((link, i) =>
        isInvalidField(benefit, `links.${i}.share`) ? NaN : link.share,
      );
      if (measure.status !== "avbrutt" && shares.length > 0 && shares.every(isFiniteNumber)) {
        const sum = shares.reduce((a, b) => a + b, 0);
        if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
          issues.push(
            makeIssue(
              "SHARES_NOT_ONE",
              { ...bPlace, field: "links" },
              { key: "SHARES_NOT_ONE", params: { ...bWho, sum } },
            ),
          );
        }
      }
      for (const indicator of benefit.indicators) {
        const iPlace = { ...bPlace, indicator: indicator.id };
        const iWho = whoParams({ measure, benefit, indicator });
        indicators.push({ id: indicator.id, place: iPlace, who: iWho });
        checkRequired(issues, iPlace, iWho, { id: indicator.id, name: indicator.name });
      }
    }
  }
  checkDuplicates(issues, "benefit", benefits);
  checkDuplicates(issues, "indicator", indicators);

  if (needsHourlyCost && resolveSettings(portfolio).hourlyCost === 0) {
    issues.push(
      makeIssue(
        "MISSING_FIELD",
        { field: "settings.hourlyCost" },
        { key: "MISSING_HOURLY_COST", params: {} },
        "warning",
      ),
    );
  }
  return issues;
}
