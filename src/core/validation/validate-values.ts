/**
 * BAD_VALUE and YEAR_OUTSIDE_PLAN (spec §6): unreadable values, non-finite numbers, fractions
 * outside 0–1, unknown enum text, kvalitet benefits with kroner or uttak, and amounts for years
 * outside B..B+3. A value already listed in `invalid` is reported once, from there.
 */
import { isIsoDate } from "../indicators/iso-date";
import { isFiniteNumber } from "../money";
import type { Issue } from "../model/issue.types";
import {
  ACTION_STATUSES,
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  planYearsOf,
  SELECTION_REASONS,
  type ByYear,
  type InvalidFields,
  type Portfolio,
} from "../model/portfolio.types";
import { isInvalidField, MAX_AMOUNT } from "../model/read-values";
import { describeField } from "./field-names";
import {
  benefitLabel,
  deepDiveLabel,
  indicatorLabel,
  makeIssue,
  measureLabel,
  showRaw,
  type IssuePlace,
} from "./issue-factory";

type Entity = { invalid?: InvalidFields };
type Check = { kind: "amount" } | { kind: "fraction" } | { kind: "positive" } | { kind: "rate" };

const FRACTION_TEXT = "et tall fra 0 til 1 (for eksempel 0,8 for 80 %)";

/** What to write instead, by the kind of field. */
function hint(path: string): string {
  const last = path.split(".").pop() ?? path;
  if (path.startsWith("actions.") && last === "status")
    return `en av ${ACTION_STATUSES.join(", ")}`;
  if (path.startsWith("selectedBecause"))
    return `en liste med ${SELECTION_REASONS.join(" og/eller ")}`;
  if (last === "status") return `en av ${MEASURE_STATUSES.join(", ")}`;
  if (last === "type") return `en av ${BENEFIT_TYPES.join(", ")}`;
  if (last === "budgetEffect") return `en av ${BUDGET_EFFECTS.join(", ")}`;
  if (last === "direction") return `en av ${INDICATOR_DIRECTIONS.join(", ")}`;
  if (last === "mustDo" || last === "includedInBudget") return "ja eller nei (true/false)";
  if (last === "due") return "en dato på formen åååå-mm-dd";
  if (/date$/i.test(last) || last === "date") return "en dato på formen åååå-mm-dd";
  if (["confidence", "withdrawalShare", "share", "tolerance"].includes(last)) return FRACTION_TEXT;
  if (path.startsWith("phaseIn") || path.startsWith("defaultPhaseIn")) return FRACTION_TEXT;
  return "et tall uten mellomrom, enhet eller anførselstegn";
}

function badValue(
  issues: Issue[],
  place: IssuePlace,
  label: string,
  path: string,
  raw: unknown,
  why?: string,
): void {
  const reason = why ?? `kan ikke leses (${showRaw(raw)})`;
  issues.push(
    makeIssue(
      "BAD_VALUE",
      { ...place, field: path },
      `${label}: ${describeField(path)} ${reason}. Skriv ${hint(path)}.`,
      undefined,
      // The raw value lets a reader drop this when the sheet already reported it at its cell.
      why === undefined
        ? { key: "BAD_VALUE_UNREADABLE", params: { raw: String(raw), path } }
        : undefined,
    ),
  );
}

function checkInvalid(issues: Issue[], entity: Entity, place: IssuePlace, label: string): void {
  for (const [path, raw] of Object.entries(entity.invalid ?? {}))
    badValue(issues, place, label, path, raw);
}

function checkNumber(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  label: string,
  path: string,
  value: unknown,
  check: Check,
): void {
  if (value === undefined || isInvalidField(entity, path)) return;
  if (!isFiniteNumber(value))
    return badValue(issues, place, label, path, value, `er ikke et tall (${showRaw(value)})`);
  if (check.kind === "amount" && Math.abs(value) > MAX_AMOUNT) {
    return badValue(issues, place, label, path, value, `er ${value}, urimelig stort`);
  }
  if (check.kind === "fraction" && (value < 0 || value > 1)) {
    return badValue(issues, place, label, path, value, `er ${value}, utenfor 0–1`);
  }
  if (check.kind === "positive" && value <= 0)
    return badValue(issues, place, label, path, value, `må være større enn 0`);
  if (check.kind === "rate" && (value < 0 || value >= 1)) {
    return badValue(
      issues,
      place,
      label,
      path,
      value,
      `er ${value}; en rente skrives som andel, for eksempel 0,04 for 4 %`,
    );
  }
}

function checkByYear(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  label: string,
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
          `${label}: ${describeField(path)} gjelder ikke planperioden ${planYears[0]}–${planYears[3]} og er holdt utenfor. ` +
            `Flytt beløpet til et år i perioden, eller slett det.`,
        ),
      );
      continue;
    }
    checkNumber(issues, entity, place, label, path, value, check);
  }
}

function checkEnum(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  label: string,
  path: string,
  value: string,
  allowed: readonly string[],
): void {
  if (isInvalidField(entity, path) || allowed.includes(value)) return;
  badValue(issues, place, label, path, value, `er ukjent (${showRaw(value)})`);
}

/** BAD_VALUE for a date that is given, readable as text, but not a real yyyy-mm-dd date. */
function checkDate(
  issues: Issue[],
  entity: Entity,
  place: IssuePlace,
  label: string,
  path: string,
  date: string | undefined,
): void {
  if (date === undefined || isInvalidField(entity, path) || isIsoDate(date)) return;
  badValue(issues, place, label, path, date, `er ikke en gyldig dato (${showRaw(date)})`);
}

/** Every BAD_VALUE and YEAR_OUTSIDE_PLAN issue in the portfolio, in document order. */
export function validateValues(portfolio: Portfolio): Issue[] {
  const issues: Issue[] = [];
  const planYears = planYearsOf(portfolio.budgetYear);
  const top = "Porteføljen";
  checkInvalid(issues, portfolio, {}, top);
  const s = portfolio.settings;
  checkNumber(issues, portfolio, {}, top, "settings.hoursPerFte", s.hoursPerFte, {
    kind: "positive",
  });
  checkNumber(issues, portfolio, {}, top, "settings.hourlyCost", s.hourlyCost, { kind: "amount" });
  if (isFiniteNumber(s.hourlyCost) && s.hourlyCost < 0) {
    badValue(issues, {}, top, "settings.hourlyCost", s.hourlyCost, "kan ikke være negativ");
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

  (portfolio.approvals ?? []).forEach((approval, i) =>
    checkDate(issues, portfolio, {}, top, `approvals.${i}.date`, approval.date),
  );

  for (const deepDive of portfolio.deepDives) {
    const place = { deepDive: deepDive.id };
    const label = deepDiveLabel(deepDive);
    checkInvalid(issues, deepDive, place, label);
    checkDate(issues, deepDive, place, label, "workshopDate", deepDive.workshopDate);
  }

  for (const measure of portfolio.measures) {
    const place = { measure: measure.id };
    const label = measureLabel(measure);
    checkInvalid(issues, measure, place, label);
    checkEnum(issues, measure, place, label, "status", measure.status, MEASURE_STATUSES);
    checkByYear(
      issues,
      measure,
      place,
      label,
      "costs.oneTime",
      measure.costs.oneTime,
      { kind: "amount" },
      planYears,
    );
    checkByYear(
      issues,
      measure,
      place,
      label,
      "costs.running",
      measure.costs.running,
      { kind: "amount" },
      planYears,
    );
    (measure.actions ?? []).forEach((action, i) =>
      checkDate(issues, measure, place, label, `actions.${i}.due`, action.due),
    );

    for (const benefit of measure.benefits) {
      const bPlace = { measure: measure.id, benefit: benefit.id };
      const bLabel = `${label}, ${benefitLabel(benefit)}`;
      checkInvalid(issues, benefit, bPlace, bLabel);
      checkEnum(issues, benefit, bPlace, bLabel, "type", benefit.type, BENEFIT_TYPES);
      checkEnum(
        issues,
        benefit,
        bPlace,
        bLabel,
        "budgetEffect",
        benefit.budgetEffect,
        BUDGET_EFFECTS,
      );
      checkNumber(issues, benefit, bPlace, bLabel, "annual", benefit.annual, { kind: "amount" });
      checkNumber(issues, benefit, bPlace, bLabel, "confidence", benefit.confidence, {
        kind: "fraction",
      });
      checkNumber(issues, benefit, bPlace, bLabel, "withdrawalShare", benefit.withdrawalShare, {
        kind: "fraction",
      });
      checkByYear(
        issues,
        benefit,
        bPlace,
        bLabel,
        "phaseIn",
        benefit.phaseIn,
        { kind: "fraction" },
        planYears,
      );
      checkByYear(
        issues,
        benefit,
        bPlace,
        bLabel,
        "realised",
        benefit.realised,
        { kind: "amount" },
        planYears,
      );
      benefit.links.forEach((link, i) =>
        checkNumber(issues, benefit, bPlace, bLabel, `links.${i}.share`, link.share, {
          kind: "fraction",
        }),
      );
      if (benefit.type === "kvalitet") {
        if (
          isFiniteNumber(benefit.annual) &&
          benefit.annual !== 0 &&
          !isInvalidField(benefit, "annual")
        ) {
          badValue(
            issues,
            bPlace,
            bLabel,
            "annual",
            benefit.annual,
            "er fylt ut, men en kvalitetsgevinst telles aldri i kroner",
          );
        }
        for (const [year, value] of Object.entries(benefit.realised ?? {})) {
          if (value !== 0 && !isInvalidField(benefit, `realised.${year}`)) {
            badValue(
              issues,
              bPlace,
              bLabel,
              `realised.${year}`,
              value,
              "er fylt ut, men en kvalitetsgevinst følges med indikatorer, ikke i kroner eller timer",
            );
          }
        }
        if (benefit.budgetEffect === "uttak") {
          issues.push(
            makeIssue(
              "BAD_VALUE",
              { ...bPlace, field: "budgetEffect" },
              `${bLabel}: en kvalitetsgevinst kan ikke tas ut av budsjettet. Velg budsjetteffekt «ingen», ` +
                `eller gjør gevinsten om til kostnad, inntekt eller tid.`,
            ),
          );
        }
      }
      for (const indicator of benefit.indicators) {
        const iPlace = { ...bPlace, indicator: indicator.id };
        const iLabel = `${bLabel}, ${indicatorLabel(indicator)}`;
        checkInvalid(issues, indicator, iPlace, iLabel);
        checkEnum(
          issues,
          indicator,
          iPlace,
          iLabel,
          "direction",
          indicator.direction,
          INDICATOR_DIRECTIONS,
        );
        checkNumber(issues, indicator, iPlace, iLabel, "baseline", indicator.baseline, {
          kind: "amount",
        });
        checkNumber(issues, indicator, iPlace, iLabel, "target", indicator.target, {
          kind: "amount",
        });
        for (const path of ["baselineDate", "targetDate"] as const)
          checkDate(issues, indicator, iPlace, iLabel, path, indicator[path]);
        indicator.measurements.forEach((m, i) => {
          const datePath = `measurements.${i}.date`;
          if (!isInvalidField(indicator, datePath) && !isIsoDate(m.date)) {
            badValue(
              issues,
              iPlace,
              iLabel,
              datePath,
              m.date,
              `er ikke en gyldig dato (${showRaw(m.date)})`,
            );
          }
          checkNumber(issues, indicator, iPlace, iLabel, `measurements.${i}.value`, m.value, {
            kind: "amount",
          });
        });
      }
    }
  }
  return issues;
}
