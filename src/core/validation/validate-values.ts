/**
 * BAD_VALUE and YEAR_OUTSIDE_PLAN (spec §6): unreadable values, non-finite numbers, fractions
 * outside 0–1, unknown enum text, kvalitet benefits with kroner or uttak, and amounts for years
 * outside B..B+3. A value already listed in `invalid` is reported once, from there.
 */
import { isIsoDate } from "../indicators/iso-date";
import { isFiniteNumber } from "../money";
import type { Issue, MessageParams } from "../model/issue.types";
import {
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  planYearsOf,
  type ByYear,
  type InvalidFields,
  type Portfolio,
} from "../model/portfolio.types";
import { isInvalidField, MAX_AMOUNT } from "../model/read-values";
import { makeIssue, rawText, shownParams, whoParams, type IssuePlace } from "./issue-factory";

type Entity = { invalid?: InvalidFields };
type Check = { kind: "amount" } | { kind: "fraction" } | { kind: "positive" } | { kind: "rate" };

/** The entities an issue names, as params for the catalogues. */
type Subject = { who: MessageParams };

/** Why a value is bad: the catalogue key and its params. */
type Why = { key: string; params?: MessageParams };

function badValue(
  issues: Issue[],
  place: IssuePlace,
  subject: Subject,
  path: string,
  raw: unknown,
  why?: Why,
): void {
  const reason: Why = why ?? {
    key: "BAD_VALUE_UNREADABLE",
    // The raw value lets a reader drop this when the sheet already reported it at its cell.
    // String() throws on an object whose toString is not a function ({"toString": ""} in a file).
    params: {
      raw: typeof raw === "object" && raw !== null ? (rawText(raw) ?? "") : String(raw),
      ...shownParams(raw),
    },
  };
  issues.push(
    makeIssue(
      "BAD_VALUE",
      { ...place, field: path },
      { key: reason.key, params: { ...subject.who, path, ...reason.params } },
    ),
  );
}

function checkInvalid(issues: Issue[], entity: Entity, place: IssuePlace, subject: Subject): void {
  for (const [path, raw] of Object.entries(entity.invalid ?? {}))
    badValue(issues, place, subject, path, raw);
}

function checkNumber(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  subject: Subject,
  path: string,
  value: unknown,
  check: Check,
): void {
  if (value === undefined || isInvalidField(entity, path)) return;
  if (!isFiniteNumber(value))
    return badValue(issues, place, subject, path, value, {
      key: "BAD_VALUE_NOT_NUMBER",
      params: shownParams(value),
    });
  if (check.kind === "amount" && Math.abs(value) > MAX_AMOUNT) {
    return badValue(issues, place, subject, path, value, {
      key: "BAD_VALUE_TOO_LARGE",
      params: { value },
    });
  }
  if (check.kind === "fraction" && (value < 0 || value > 1)) {
    return badValue(issues, place, subject, path, value, {
      key: "BAD_VALUE_NOT_FRACTION",
      params: { value },
    });
  }
  if (check.kind === "positive" && value <= 0)
    return badValue(issues, place, subject, path, value, {
      key: "BAD_VALUE_NOT_POSITIVE",
    });
  if (check.kind === "rate" && (value < 0 || value >= 1)) {
    return badValue(issues, place, subject, path, value, {
      key: "BAD_VALUE_NOT_RATE",
      params: { value },
    });
  }
}

function checkByYear(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  subject: Subject,
  prefix: string,
  byYear: ByYear | undefined,
  check: Check,
  planYears: readonly string[],
): void {
  for (const [year, value] of Object.entries(byYear ?? {})) {
    const path = `${prefix}.${year}`;
    if (!planYears.includes(year)) {
      issues.push(
        makeIssue(
          "YEAR_OUTSIDE_PLAN",
          { ...place, field: path },
          {
            key: "YEAR_OUTSIDE_PLAN",
            params: { ...subject.who, path, first: planYears[0] ?? "", last: planYears[3] ?? "" },
          },
        ),
      );
      continue;
    }
    checkNumber(issues, entity, place, subject, path, value, check);
  }
}

function checkEnum(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  subject: Subject,
  path: string,
  value: string,
  allowed: readonly string[],
): void {
  if (isInvalidField(entity, path) || allowed.includes(value)) return;
  badValue(issues, place, subject, path, value, {
    key: "BAD_VALUE_UNKNOWN",
    params: shownParams(value),
  });
}

/** BAD_VALUE for a date that is given, readable as text, but not a real yyyy-mm-dd date. */
function checkDate(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  subject: Subject,
  path: string,
  date: string | undefined,
): void {
  if (date === undefined || isInvalidField(entity, path) || isIsoDate(date)) return;
  badValue(issues, place, subject, path, date, badDate(date));
}

function badDate(date: unknown): Why {
  return {
    key: "BAD_VALUE_BAD_DATE",
    params: shownParams(date),
  };
}

/** Every BAD_VALUE and YEAR_OUTSIDE_PLAN issue in the portfolio, in document order. */
export function validateValues(portfolio: Portfolio): Issue[] {
  const issues: Issue[] = [];
  const planYears = planYearsOf(portfolio.budgetYear);
  const top: Subject = { who: {} };
  checkInvalid(issues, portfolio, {}, top);
  const s = portfolio.settings;
  checkNumber(issues, portfolio, {}, top, "settings.hoursPerFte", s.hoursPerFte, {
    kind: "positive",
  });
  checkNumber(issues, portfolio, {}, top, "settings.hourlyCost", s.hourlyCost, { kind: "amount" });
  if (isFiniteNumber(s.hourlyCost) && s.hourlyCost < 0) {
    badValue(issues, {}, top, "settings.hourlyCost", s.hourlyCost, {
      key: "BAD_VALUE_NEGATIVE",
    });
  }
  checkNumber(issues, portfolio, {}, top, "settings.discountRate", s.discountRate, {
    kind: "rate",
  });
  checkNumber(issues, portfolio, {}, top, "settings.tolerance", s.tolerance, { kind: "fraction" });
  s.defaultPhaseIn.forEach((value, i) =>
    checkNumber(issues, portfolio, {}, top, `settings.defaultPhaseIn.${i}`, value, {
      kind: "fraction",
    }),
  );
  if (s.salaryBasis) {
    for (const key of ["annualSalary", "holidayPay", "employerTax", "pension"] as const) {
      checkNumber(issues, portfolio, {}, top, `settings.salaryBasis.${key}`, s.salaryBasis[key], {
        kind: "amount",
      });
    }
  }
  checkByYear(
    issues,
    portfolio,
    {},
    top,
    "savingsTarget",
    portfolio.savingsTarget,
    { kind: "amount" },
    planYears,
  );

  // Rammeområder (spec §13): each area's savingsTarget as the kommune-wide one.
  (portfolio.areas ?? []).forEach((area, i) =>
    checkByYear(
      issues,
      portfolio,
      {},
      top,
      `areas.${i}.savingsTarget`,
      area.savingsTarget,
      { kind: "amount" },
      planYears,
    ),
  );

  (portfolio.approvals ?? []).forEach((approval, i) =>
    checkDate(issues, portfolio, {}, top, `approvals.${i}.date`, approval.date),
  );

  for (const deepDive of portfolio.deepDives) {
    const place = { deepDive: deepDive.id };
    const subject = { who: whoParams({ deepDive }) };
    checkInvalid(issues, deepDive, place, subject);
    checkDate(issues, deepDive, place, subject, "workshopDate", deepDive.workshopDate);
  }

  for (const measure of portfolio.measures) {
    const place = { measure: measure.id };
    const subject = { who: whoParams({ measure }) };
    checkInvalid(issues, measure, place, subject);
    checkEnum(issues, measure, place, subject, "status", measure.status, MEASURE_STATUSES);
    checkByYear(
      issues,
      measure,
      place,
      subject,
      "costs.oneTime",
      measure.costs.oneTime,
      { kind: "amount" },
      planYears,
    );
    checkByYear(
      issues,
      measure,
      place,
      subject,
      "costs.running",
      measure.costs.running,
      { kind: "amount" },
      planYears,
    );
    (measure.actions ?? []).forEach((action, i) =>
      checkDate(issues, measure, place, subject, `actions.${i}.due`, action.due),
    );

    for (const benefit of measure.benefits) {
      const bPlace = { measure: measure.id, benefit: benefit.id };
      const bSubject = { who: whoParams({ measure, benefit }) };
      checkInvalid(issues, benefit, bPlace, bSubject);
      checkEnum(issues, benefit, bPlace, bSubject, "type", benefit.type, BENEFIT_TYPES);
      checkEnum(
        issues,
        benefit,
        bPlace,
        bSubject,
        "budgetEffect",
        benefit.budgetEffect,
        BUDGET_EFFECTS,
      );
      checkNumber(issues, benefit, bPlace, bSubject, "annual", benefit.annual, { kind: "amount" });
      checkNumber(issues, benefit, bPlace, bSubject, "confidence", benefit.confidence, {
        kind: "fraction",
      });
      checkNumber(issues, benefit, bPlace, bSubject, "withdrawalShare", benefit.withdrawalShare, {
        kind: "fraction",
      });
      checkByYear(
        issues,
        benefit,
        bPlace,
        bSubject,
        "phaseIn",
        benefit.phaseIn,
        { kind: "fraction" },
        planYears,
      );
      checkByYear(
        issues,
        benefit,
        bPlace,
        bSubject,
        "realised",
        benefit.realised,
        { kind: "amount" },
        planYears,
      );
      benefit.links.forEach((link, i) =>
        checkNumber(issues, benefit, bPlace, bSubject, `links.${i}.share`, link.share, {
          kind: "fraction",
        }),
      );
      if (benefit.type === "kvalitet") {
        if (
          isFiniteNumber(benefit.annual) &&
          benefit.annual !== 0 &&
          !isInvalidField(benefit, "annual")
        ) {
          badValue(issues, bPlace, bSubject, "annual", benefit.annual, {
            key: "BAD_VALUE_QUALITY_KRONER",
          });
        }
        for (const [year, value] of Object.entries(benefit.realised ?? {})) {
          if (value !== 0 && !isInvalidField(benefit, `realised.${year}`)) {
            badValue(issues, bPlace, bSubject, `realised.${year}`, value, {
              key: "BAD_VALUE_QUALITY_REALISED",
            });
          }
        }
        if (benefit.budgetEffect === "uttak") {
          issues.push(
            makeIssue(
              "BAD_VALUE",
              { ...bPlace, field: "budgetEffect" },
              { key: "BAD_VALUE_QUALITY_UTTAK", params: bSubject.who },
            ),
          );
        }
      }
      for (const indicator of benefit.indicators) {
        const iPlace = { ...bPlace, indicator: indicator.id };
        const iSubject = {
          who: whoParams({ measure, benefit, indicator }),
        };
        checkInvalid(issues, indicator, iPlace, iSubject);
        checkEnum(
          issues,
          indicator,
          iPlace,
          iSubject,
          "direction",
          indicator.direction,
          INDICATOR_DIRECTIONS,
        );
        checkNumber(issues, indicator, iPlace, iSubject, "baseline", indicator.baseline, {
          kind: "amount",
        });
        checkNumber(issues, indicator, iPlace, iSubject, "target", indicator.target, {
          kind: "amount",
        });
        for (const path of ["baselineDate", "targetDate"] as const)
          checkDate(issues, indicator, iPlace, iSubject, path, indicator[path]);
        indicator.measurements.forEach((m, i) => {
          const datePath = `measurements.${i}.date`;
          if (!isInvalidField(indicator, datePath) && !isIsoDate(m.date)) {
            badValue(issues, iPlace, iSubject, datePath, m.date, badDate(m.date));
          }
          checkNumber(issues, indicator, iPlace, iSubject, `measurements.${i}.value`, m.value, {
            kind: "amount",
          });
        });
      }
    }
  }
  return issues;
}
