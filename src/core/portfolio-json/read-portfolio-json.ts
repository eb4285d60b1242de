/**
 * Reading a portfolio file, version 1, 2 or 3 (spec §7, §11, §13): lenient (collect issues, keep
 * going), with a line number on every issue, unknown fields kept, and a clear BAD_FORMAT for
 * anything that is not a Gevinst portfolio of a version this reader knows. A version 1 or 2 file
 * is read into the version 3 model (it simply has none of the fields the later versions add).
 */
import { readVersions } from "./read-versions";
import type { BudgetLookup } from "../calculation/calculation.types";
import type { Issue } from "../model/issue.types";
import type {
  Approval,
  HistoryEntry,
  Portfolio,
  PortfolioArea,
  Settings,
} from "../model/portfolio.types";
import { DEFAULT_SETTINGS } from "../model/settings";
import { makeIssue, type MessageRef } from "../validation/issue-factory";
import { validatePortfolio } from "../validation/validate-portfolio";
import { FieldReader, isJsonObject, type JsonObject } from "./field-reader";
import { lineOfPath, parseJson, type JsonPath } from "./json-location";
import { jsonPathOfIssue } from "./locate-issue";
import {
  areaDimensionSchema,
  areaPrefixSchema,
  followUpSchemeSchema,
  numberSchema,
  realisationStatusSchema,
  statusSchema,
  PORTFOLIO_FORMAT,
  PORTFOLIO_VERSION,
  READABLE_PORTFOLIO_VERSIONS,
  textSchema,
} from "./portfolio-schema";
import { objectsOf, readDeepDive, readMeasure, type ReaderSink } from "./read-entities";

export type ReadPortfolioResult = {
  /** Null when the text is not JSON or not a portfolio of a readable version. */
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
  "approvals",
  "history",
  "historySavingsTarget",
  "areaDimension",
  "areaPrefix",
  "areas",
  "versions",
];
const AREA_FIELDS = ["id", "name", "savingsTarget"] as const;
const HISTORY_TEXT = ["year", "measure", "name", "deepDive"] as const;
const HISTORY_NUMBERS = [
  "gross",
  "expected",
  "withdrawable",
  "cost",
  "budgetNet",
  "realised",
  "deviation",
] as const;
const APPROVAL_FIELDS = ["document", "version", "by", "date"] as const;
const SETTINGS_FIELDS = [
  "hoursPerFte",
  "hourlyCost",
  "discountRate",
  "tolerance",
  "defaultPhaseIn",
  "salaryBasis",
  "followUpPeriods",
  "followUpPeriod",
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
  // Version 3 (spec §14): the follow-up scheme and the period reported to, only when given.
  const scheme = r.leaf(followUpSchemeSchema, raw.followUpPeriods, "settings.followUpPeriods");
  if (scheme !== undefined) settings.followUpPeriods = scheme;
  const period = r.leaf(textSchema, raw.followUpPeriod, "settings.followUpPeriod");
  if (period !== undefined) settings.followUpPeriod = period;
  return settings;
}

function readApprovals(r: FieldReader, sink: ReaderSink): Approval[] | undefined {
  if (!r.has("approvals")) return undefined;
  const items = objectsOf(
    r.array(r.get("approvals"), "approvals"),
    ["approvals"],
    "approval",
    sink,
  );
  return items.map(({ raw, index }) => {
    const prefix = `approvals.${index}`;
    r.keepUnknown(raw, APPROVAL_FIELDS, prefix);
    const text = (field: (typeof APPROVAL_FIELDS)[number]) =>
      r.leaf(textSchema, raw[field], `${prefix}.${field}`) ?? "";
    return {
      document: text("document"),
      version: text("version"),
      by: text("by"),
      date: text("date"),
    };
  });
}

/** The history rows (spec §12, «Gevinst Historikk»): frozen figures, read as written. */
function readHistory(r: FieldReader, sink: ReaderSink): HistoryEntry[] | undefined {
  if (!r.has("history")) return undefined;
  const items = objectsOf(r.array(r.get("history"), "history"), ["history"], "history", sink);
  return items.map(({ raw, index }) => {
    const prefix = `history.${index}`;
    r.keepUnknown(
      raw,
      [...HISTORY_TEXT, ...HISTORY_NUMBERS, "status", "realisationStatus"],
      prefix,
    );
    const text = (field: (typeof HISTORY_TEXT)[number]) =>
      r.leaf(textSchema, raw[field], `${prefix}.${field}`);
    const num = (field: (typeof HISTORY_NUMBERS)[number]) =>
      r.leaf(numberSchema, raw[field], `${prefix}.${field}`);
    const entry: HistoryEntry = {
      year: text("year") ?? "",
      measure: text("measure") ?? "",
      name: text("name") ?? "",
      status: r.leaf(statusSchema, raw.status, `${prefix}.status`) ?? "foreslatt",
      gross: num("gross") ?? 0,
      expected: num("expected") ?? 0,
      withdrawable: num("withdrawable") ?? 0,
      cost: num("cost") ?? 0,
      budgetNet: num("budgetNet") ?? 0,
    };
    const deepDive = text("deepDive");
    if (deepDive !== undefined) entry.deepDive = deepDive;
    const realised = num("realised");
    if (realised !== undefined) entry.realised = realised;
    const deviation = num("deviation");
    if (deviation !== undefined) entry.deviation = deviation;
    const status = r.leaf(
      realisationStatusSchema,
      raw.realisationStatus,
      `${prefix}.realisationStatus`,
    );
    if (status !== undefined) entry.realisationStatus = status;
    return entry;
  });
}

/**
 * The rammeområder (spec §13): id and name as text, savingsTarget by year. A value of the wrong
 * type goes into `invalid` ("areas.0.savingsTarget.2027") and becomes BAD_VALUE in validation.
 */
function readAreas(r: FieldReader, sink: ReaderSink): PortfolioArea[] | undefined {
  if (!r.has("areas")) return undefined;
  const items = objectsOf(r.array(r.get("areas"), "areas"), ["areas"], "area", sink);
  return items.map(({ raw, index }) => {
    const prefix = `areas.${index}`;
    r.keepUnknown(raw, AREA_FIELDS, prefix);
    const area: PortfolioArea = {
      id: r.leaf(textSchema, raw.id, `${prefix}.id`) ?? "",
      name: r.leaf(textSchema, raw.name, `${prefix}.name`) ?? "",
    };
    const target = r.byYear(raw.savingsTarget, `${prefix}.savingsTarget`);
    if (target) area.savingsTarget = target;
    return area;
  });
}

/** Format and version, or the BAD_FORMAT message that rejects the file. */
function checkFormat(root: JsonObject): { path: JsonPath; ref: MessageRef } | null {
  if (root.format !== PORTFOLIO_FORMAT) {
    return {
      ref: {
        key: "BAD_FORMAT_NOT_PORTFOLIO",
        params: {
          ...(typeof root.format === "string" ? { given: root.format } : {}),
          format: PORTFOLIO_FORMAT,
        },
      },
      path: ["format"],
    };
  }
  if (typeof root.version !== "number" || !READABLE_PORTFOLIO_VERSIONS.includes(root.version)) {
    const given = JSON.stringify(root.version);
    return {
      ref: {
        key: "BAD_FORMAT_VERSION",
        params: {
          ...(given === undefined ? {} : { given }),
          readable: READABLE_PORTFOLIO_VERSIONS.join(","),
        },
      },
      path: ["version"],
    };
  }
  if (typeof root.budgetYear !== "number" || !Number.isInteger(root.budgetYear)) {
    return {
      ref: { key: "BAD_FORMAT_NO_BUDGET_YEAR", params: {} },
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
      { key: "BAD_FORMAT_NOT_JSON", params: { line: parsed.line, why: parsed.reason } },
    );
    return { portfolio: null, issues: [{ ...issue, line: parsed.line }] };
  }
  const root = parsed.value;
  if (!isJsonObject(root)) {
    const issue = makeIssue("BAD_FORMAT", {}, { key: "BAD_FORMAT_NOT_OBJECT", params: {} });
    return { portfolio: null, issues: [{ ...issue, line: 1 }] };
  }
  const rejected = checkFormat(root);
  if (rejected) {
    const issue = makeIssue("BAD_FORMAT", {}, rejected.ref);
    return { portfolio: null, issues: [{ ...issue, line: lineOfPath(parsed, rejected.path) }] };
  }

  const located: Issue[] = [];
  const sink: ReaderSink = {
    push: (issue, path) => located.push({ ...issue, line: lineOfPath(parsed, path) }),
  };
  const r = new FieldReader(root);
  r.keepUnknown(root, TOP_FIELDS);
  const settings = readSettings(r);
  const deepDives = objectsOf(
    r.array(root.deepDives, "deepDives"),
    ["deepDives"],
    "deepDive",
    sink,
  );
  const measures = objectsOf(r.array(root.measures, "measures"), ["measures"], "measure", sink);
  const approvals = readApprovals(r, sink);
  const history = readHistory(r, sink);
  const historySavingsTarget = r.byYear(root.historySavingsTarget, "historySavingsTarget");
  const areaDimension = r.leaf(areaDimensionSchema, root.areaDimension, "areaDimension");
  const areaPrefix = r.leaf(areaPrefixSchema, root.areaPrefix, "areaPrefix");
  const areas = readAreas(r, sink);
  const versions = readVersions(r, sink);
  const portfolio: Portfolio = {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    organisation: r.text("organisation") ?? "",
    budgetYear: root.budgetYear as number,
    settings,
    savingsTarget: r.byYear(root.savingsTarget, "savingsTarget") ?? {},
    deepDives: deepDives.map(({ raw }) => readDeepDive(raw)),
    measures: measures.map(({ raw, index }) => readMeasure(raw, ["measures", index], sink)),
    ...(approvals ? { approvals } : {}),
    ...(history ? { history } : {}),
    ...(historySavingsTarget ? { historySavingsTarget } : {}),
    ...(areaDimension !== undefined ? { areaDimension } : {}),
    ...(areaPrefix !== undefined ? { areaPrefix } : {}),
    ...(areas ? { areas } : {}),
    ...(versions ? { versions } : {}),
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
