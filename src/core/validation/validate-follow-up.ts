/**
 * The tertial follow-up's checks (spec §14, docs/model.md §7): realised per period, period
 * profiles and prognoses. PERIOD_OUTSIDE_SCHEME for a period the portfolio's scheme has not
 * («M05» when it follows up per tertial), PROFILE_NOT_ONE for shares that do not sum to 1,
 * FORECAST_WITHOUT_NOTE for a prognosis below expected with no explanation, and
 * REALISED_NOT_PERIOD_SUM where a year's realised and its periods disagree (the periods win).
 * Unreadable values are already BAD_VALUE from `invalid`; they are not reported again here.
 */
import { calculatePortfolio } from "../calculation/calculate-portfolio";
import { PROFILE_EPSILON } from "../follow-up/period-profile";
import { isPeriodOf, periodsOf, schemeOf } from "../follow-up/periods";
import { realisedFromPeriods } from "../follow-up/realised-periods";
import { enteredForecast } from "../follow-up/calculate-follow-up";
import { formatKroner, formatNumber, isFiniteNumber, OERE_EPSILON } from "../money";
import type { Issue, MessageParams } from "../model/issue.types";
import {
  isCounted,
  planYearsOf,
  type Benefit,
  type FollowUpScheme,
  type Measure,
  type Portfolio,
} from "../model/portfolio.types";
import { isFraction, isInvalidField, isUsableAmount } from "../model/read-values";
import { makeIssue, shownParams, whoParams, type IssuePlace } from "./issue-factory";

type Context = { scheme: FollowUpScheme; planYears: readonly string[]; issues: Issue[] };

function outsideScheme(
  c: Context,
  place: IssuePlace,
  who: MessageParams,
  path: string,
  period: string,
) {
  c.issues.push(
    makeIssue(
      "PERIOD_OUTSIDE_SCHEME",
      { ...place, field: path },
      {
        key: c.scheme === "month" ? "PERIOD_OUTSIDE_SCHEME_MONTH" : "PERIOD_OUTSIDE_SCHEME_TERTIAL",
        params: { ...who, path, period },
      },
    ),
  );
}

function badAmount(
  c: Context,
  place: IssuePlace,
  who: MessageParams,
  path: string,
  value: unknown,
) {
  c.issues.push(
    makeIssue(
      "BAD_VALUE",
      { ...place, field: path },
      isFiniteNumber(value)
        ? { key: "BAD_VALUE_TOO_LARGE", params: { ...who, path, value } }
        : { key: "BAD_VALUE_NOT_NUMBER", params: { ...who, path, ...shownParams(value) } },
    ),
  );
}

function outsidePlan(c: Context, place: IssuePlace, who: MessageParams, path: string) {
  c.issues.push(
    makeIssue(
      "YEAR_OUTSIDE_PLAN",
      { ...place, field: path },
      {
        key: "YEAR_OUTSIDE_PLAN",
        params: { ...who, path, first: c.planYears[0] ?? "", last: c.planYears[3] ?? "" },
      },
    ),
  );
}

function checkRealisedPeriods(c: Context, measure: Measure, benefit: Benefit): void {
  const place = { measure: measure.id, benefit: benefit.id };
  const who = whoParams({ measure, benefit });
  for (const [year, byPeriod] of Object.entries(benefit.realisedPeriods ?? {})) {
    const yearPath = `realisedPeriods.${year}`;
    if (isInvalidField(benefit, yearPath)) continue;
    if (!c.planYears.includes(year)) {
      outsidePlan(c, place, who, yearPath);
      continue;
    }
    for (const [period, value] of Object.entries(byPeriod)) {
      const path = `${yearPath}.${period}`;
      if (isInvalidField(benefit, path)) continue;
      if (!isPeriodOf(c.scheme, period)) outsideScheme(c, place, who, path, period);
      else if (!isUsableAmount(value)) badAmount(c, place, who, path, value);
      else if (benefit.type === "kvalitet" && value !== 0) {
        c.issues.push(
          makeIssue(
            "BAD_VALUE",
            { ...place, field: path },
            { key: "BAD_VALUE_QUALITY_REALISED", params: { ...who, path } },
          ),
        );
      }
    }
    const fromPeriods = realisedFromPeriods(benefit, year, c.scheme);
    const typed = benefit.realised?.[year];
    if (
      fromPeriods !== null &&
      typed !== undefined &&
      !isInvalidField(benefit, `realised.${year}`) &&
      isUsableAmount(typed) &&
      Math.abs(typed - fromPeriods) > OERE_EPSILON
    ) {
      c.issues.push(
        makeIssue(
          "REALISED_NOT_PERIOD_SUM",
          { ...place, field: `realised.${year}` },
          {
            key: "REALISED_NOT_PERIOD_SUM",
            params: { ...who, year, realised: formatNumber(typed), sum: formatNumber(fromPeriods) },
          },
        ),
      );
    }
  }
}

function checkProfile(c: Context, measure: Measure, benefit: Benefit): void {
  const profile = benefit.periodProfile;
  if (profile === undefined || isInvalidField(benefit, "periodProfile")) return;
  const place = { measure: measure.id, benefit: benefit.id };
  const who = whoParams({ measure, benefit });
  let sum = 0;
  let readable = true;
  for (const [period, share] of Object.entries(profile)) {
    const path = `periodProfile.${period}`;
    if (isInvalidField(benefit, path)) {
      readable = false;
      continue;
    }
    if (!isPeriodOf(c.scheme, period)) {
      outsideScheme(c, place, who, path, period);
      readable = false;
    } else if (!isFraction(share)) {
      c.issues.push(
        makeIssue(
          "BAD_VALUE",
          { ...place, field: path },
          isFiniteNumber(share)
            ? { key: "BAD_VALUE_NOT_FRACTION", params: { ...who, path, value: share } }
            : { key: "BAD_VALUE_NOT_NUMBER", params: { ...who, path, ...shownParams(share) } },
        ),
      );
      readable = false;
    } else sum += share;
  }
  if (Object.keys(benefit.invalid ?? {}).some((k) => k.startsWith("periodProfile.")))
    readable = false;
  // Only a profile of readable shares in the scheme can be said to miss 1; the rest is above.
  if (readable && Math.abs(sum - 1) > PROFILE_EPSILON) {
    c.issues.push(
      makeIssue(
        "PROFILE_NOT_ONE",
        { ...place, field: "periodProfile" },
        {
          key: "PROFILE_NOT_ONE",
          params: { ...who, sum: formatNumber(sum), periods: periodsOf(c.scheme).length },
        },
      ),
    );
  }
}

function checkForecasts(c: Context, portfolio: Portfolio): void {
  const needsExpected = portfolio.measures.some((m) => m.forecast !== undefined);
  const result = needsExpected ? calculatePortfolio(portfolio) : null;
  portfolio.measures.forEach((measure, i) => {
    const place = { measure: measure.id };
    const who = whoParams({ measure });
    for (const [year, value] of Object.entries(measure.forecast ?? {})) {
      const path = `forecast.${year}`;
      if (isInvalidField(measure, path)) continue;
      if (!c.planYears.includes(year)) {
        outsidePlan(c, place, who, path);
        continue;
      }
      if (!isUsableAmount(value)) {
        badAmount(c, place, who, path, value);
        continue;
      }
      const entered = enteredForecast(measure, year);
      const expected = result?.measures[i]?.years[year]?.expected ?? 0;
      if (
        isCounted(measure.status) &&
        entered !== null &&
        entered < expected - OERE_EPSILON &&
        (measure.deviationNote ?? "").trim() === ""
      ) {
        c.issues.push(
          makeIssue(
            "FORECAST_WITHOUT_NOTE",
            { ...place, field: path },
            {
              key: "FORECAST_WITHOUT_NOTE",
              params: {
                ...who,
                year,
                forecast: formatKroner(entered),
                expected: formatKroner(expected),
              },
            },
          ),
        );
      }
    }
  });
}

/** Every follow-up issue of the portfolio (spec §14), settings first, then per measure. */
export function validateFollowUp(portfolio: Portfolio): Issue[] {
  const c: Context = {
    scheme: schemeOf(portfolio.settings),
    planYears: planYearsOf(portfolio.budgetYear),
    issues: [],
  };
  const chosen = portfolio.settings.followUpPeriod;
  if (
    chosen !== undefined &&
    !isInvalidField(portfolio, "settings.followUpPeriod") &&
    !isPeriodOf(c.scheme, chosen)
  )
    outsideScheme(c, {}, {}, "settings.followUpPeriod", chosen);
  for (const measure of portfolio.measures) {
    for (const benefit of measure.benefits) {
      checkRealisedPeriods(c, measure, benefit);
      checkProfile(c, measure, benefit);
    }
  }
  checkForecasts(c, portfolio);
  return c.issues;
}
