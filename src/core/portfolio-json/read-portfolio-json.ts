/**
 * Reading a portfolio file, version 1 (spec §7): lenient (collect issues, keep going), with a
 * line number on every issue, unknown fields kept, and a clear BAD_FORMAT for anything that is not
 * a version 1 Gevinst portfolio.
 */
import type { BudgetLookup } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type { Portfolio, Settings } from "../model/portfolio.types";
import { DEFAULT_SETTINGS } from "../model/settings";
import { makeIssue } from "../validation/issue-factory";
import { validatePortfolio } from "../validation/validate-portfolio";
import { FieldReader, isJsonObject, type JsonObject } from "./field-reader";
import { lineOfPath, parseJson, type JsonPath } from "./json-location";
import { jsonPathOfIssue } from "./locate-issue";
import { numberSchema, PORTFOLIO_FORMAT, PORTFOLIO_VERSION } from "./portfolio-schema";
import { objectsOf, readDeepDive, readMeasure, type ReaderSink } from "./read-entities";

export type ReadPortfolioResult = {
  /** Null when the text is not JSON or not a version 1 portfolio. */
  portfolio: Portfolio | null;
  /** Reader issues and (unless `validate: false`) every validation issue, each with its line, in line order. */
  issues: Issue[];
};

export type ReadPortfolioOptions = {
  /** Run validatePortfolio too (default true). */
  validate?: boolean;
  /** Check links against this budget while validating. */
  budget?: BudgetLookup;
};

const TOP_FIELDS = [
  "format",
  "version",
  "organisation",
  "budgetYear",
  "settings",
  "savingsTarget",
  "deepDives",
  "measures",
];
const SETTINGS_FIELDS = [
  "hoursPerFte",
  "hourlyCost",
  "discountRate",
  "tolerance",
  "defaultPhaseIn",
  "salaryBasis",
];
const SALARY_FIELDS = ["annualSalary", "holidayPay", "employerTax", "pension"] as const;

function readSettings(r: FieldReader): Settings {
  const raw = r.object(r.get("settings"), "settings") ?? {};
  r.keepUnknown(raw, SETTINGS_FIELDS, "settings");
  const num = (field: string) => r.leaf(numberSchema, raw[field], `settings.${field}`);
  const settings: Settings = {
    hoursPerFte: num("hoursPerFte") ?? DEFAULT_SETTINGS.hoursPerFte,
    hourlyCost: num("hourlyCost") ?? DEFAULT_SETTINGS.hourlyCost,
    discountRate: num("discountRate") ?? DEFAULT_SETTINGS.discountRate,
    tolerance: num("tolerance") ?? DEFAULT_SETTINGS.tolerance,
    defaultPhaseIn: [...DEFAULT_SETTINGS.defaultPhaseIn],
  };
  const phaseIn = r.array(raw.defaultPhaseIn, "settings.defaultPhaseIn");
  if (phaseIn && phaseIn.length === 4 && phaseIn.every((v) => typeof v === "number")) {
    settings.defaultPhaseIn = phaseIn as [number, number, number, number];
  } else if (phaseIn) {
    r.invalid["settings.defaultPhaseIn"] = phaseIn;
  }
  const salary = r.object(raw.salaryBasis, "settings.salaryBasis");
  if (salary) {
    r.keepUnknown(salary, SALARY_FIELDS, "settings.salaryBasis");
    const part = (field: (typeof SALARY_FIELDS)[number]) =>
      r.leaf(numberSchema, salary[field], `settings.salaryBasis.${field}`) ?? 0;
    settings.salaryBasis = {
      annualSalary: part("annualSalary"),
      holidayPay: part("holidayPay"),
      employerTax: part("employerTax"),
      pension: part("pension"),
    };
  }
  return settings;
}

/** Format and version, or the BAD_FORMAT message that rejects the file. */
function checkFormat(root: JsonObject): { message: string; path: JsonPath } | null {
  if (root.format !== PORTFOLIO_FORMAT) {
    const given = typeof root.format === "string" ? `«${root.format}»` : "ikke oppgitt";
    return {
      message: `Filen er ikke en Gevinst-portefølje: format er ${given}, men skal være «${PORTFOLIO_FORMAT}». Velg en porteføljefil eksportert fra Gevinst.`,
      path: ["format"],
    };
  }
  if (root.version !== PORTFOLIO_VERSION) {
    return {
      message: `Porteføljefilen har versjon ${JSON.stringify(root.version) ?? "(mangler)"}, men denne utgaven av Gevinst leser bare versjon ${PORTFOLIO_VERSION}. Eksporter filen på nytt, eller oppdater Gevinst.`,
      path: ["version"],
    };
  }
  if (typeof root.budgetYear !== "number" || !Number.isInteger(root.budgetYear)) {
    return {
      message:
        "Porteføljefilen mangler budsjettår (budgetYear), for eksempel 2027. Skriv budsjettåret som et heltall.",
      path: ["budgetYear"],
    };
  }
  return null;
}

/**
 * Reads a portfolio file. Never throws on bad input: invalid JSON, a wrong format or version
 * give BAD_FORMAT and `portfolio: null`; a value of the wrong type is kept in `invalid` (and
 * written back as given); unknown fields are kept in `extra`.
 */
export function readPortfolioJson(
  text: string,
  options: ReadPortfolioOptions = {},
): ReadPortfolioResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const issue = makeIssue(
      "BAD_FORMAT",
      {},
      `Filen er ikke gyldig JSON (linje ${parsed.line}: ${parsed.message}). Rett feilen, eller eksporter filen på nytt.`,
    );
    return { portfolio: null, issues: [{ ...issue, line: parsed.line }] };
  }
  const root = parsed.value;
  if (!isJsonObject(root)) {
    const issue = makeIssue(
      "BAD_FORMAT",
      {},
      "Filen er ikke en Gevinst-portefølje: den må være ett JSON-objekt ({ … }).",
    );
    return { portfolio: null, issues: [{ ...issue, line: 1 }] };
  }
  const rejected = checkFormat(root);
  if (rejected) {
    const issue = makeIssue("BAD_FORMAT", {}, rejected.message);
    return { portfolio: null, issues: [{ ...issue, line: lineOfPath(parsed, rejected.path) }] };
  }

  const located: Issue[] = [];
  const sink: ReaderSink = {
    push: (issue, path) => located.push({ ...issue, line: lineOfPath(parsed, path) }),
  };
  const r = new FieldReader(root);
  r.keepUnknown(root, TOP_FIELDS);
  const settings = readSettings(r);
  const deepDives = objectsOf(r.array(root.deepDives, "deepDives"), ["deepDives"], "Dypdykk", sink);
  const measures = objectsOf(r.array(root.measures, "measures"), ["measures"], "Tiltak", sink);
  const portfolio: Portfolio = {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    organisation: r.text("organisation") ?? "",
    budgetYear: root.budgetYear as number,
    settings,
    savingsTarget: r.byYear(root.savingsTarget, "savingsTarget") ?? {},
    deepDives: deepDives.map(({ raw }) => readDeepDive(raw)),
    measures: measures.map(({ raw, index }) => readMeasure(raw, ["measures", index], sink)),
    ...r.leftovers(),
  };

  if (options.validate !== false) {
    for (const issue of validatePortfolio(portfolio, options.budget)) {
      located.push({ ...issue, line: lineOfPath(parsed, jsonPathOfIssue(root, issue)) });
    }
  }
  const issues = located
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.order - b.order)
    .map(({ issue }) => issue);
  return { portfolio, issues };
}
