/**
 * Reading deep-dives, measures, benefits and indicators from their JSON objects.
 */
import { KEY_DIMENSIONS } from "../budget/budget.types";
import type { Issue } from "../model/issue.types";
import type {
  Benefit,
  BudgetKey,
  BudgetLink,
  DeepDive,
  Indicator,
  Measure,
  MeasureAction,
  Measurement,
} from "../model/portfolio.types";
import { makeIssue, type MessageRef } from "../validation/issue-factory";
import { FieldReader, isJsonObject, type JsonObject } from "./field-reader";
import type { JsonPath } from "./json-location";
import {
  actionStatusSchema,
  benefitTypeSchema,
  booleanSchema,
  budgetEffectSchema,
  directionSchema,
  numberSchema,
  selectionReasonSchema,
  statusSchema,
  textSchema,
} from "./portfolio-schema";

/** Where reader issues go: each with the JSON path its line is taken from. */
export type ReaderSink = { push(issue: Issue, path: JsonPath): void };

const KEY_FIELDS = KEY_DIMENSIONS;

function optional<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

/** What a list holds (the catalogues name each kind in their language). */
export type ListItemKind =
  | "link"
  | "measurement"
  | "action"
  | "indicator"
  | "benefit"
  | "approval"
  | "history"
  | "area"
  | "version"
  | "deepDive"
  | "measure";

/** The objects of a list; an item that is not an object is skipped with BAD_FORMAT. */
export function objectsOf(
  list: unknown[] | undefined,
  path: JsonPath,
  kind: ListItemKind,
  sink: ReaderSink,
): { raw: JsonObject; index: number }[] {
  const result: { raw: JsonObject; index: number }[] = [];
  (list ?? []).forEach((item, index) => {
    if (isJsonObject(item)) result.push({ raw: item, index });
    else {
      sink.push(
        makeIssue(
          "BAD_FORMAT",
          {},
          { key: "BAD_FORMAT_NOT_OBJECT_ITEM", params: { kind, n: index + 1 } },
        ),
        [...path, index],
      );
    }
  });
  return result;
}

function missing(
  sink: ReaderSink,
  path: JsonPath,
  place: Partial<Issue>,
  field: string,
  severity: "error" | "warning",
  ref: MessageRef,
): void {
  sink.push(makeIssue("MISSING_FIELD", { ...place, field }, ref, severity), path);
}

function readKey(reader: FieldReader, raw: JsonObject, prefix: string): BudgetKey {
  const key: BudgetKey = { ansvar: "", art: "", funksjon: "" };
  for (const dimension of KEY_FIELDS) {
    const value = reader.leaf(textSchema, raw[dimension], `${prefix}.${dimension}`);
    if (value !== undefined) key[dimension] = value;
  }
  return key;
}

function readLinks(
  reader: FieldReader,
  list: unknown[] | undefined,
  path: JsonPath,
  sink: ReaderSink,
): BudgetLink[] {
  const items = objectsOf(list, path, "link", sink);
  return items.map(({ raw, index }) => {
    const prefix = `links.${index}`;
    reader.keepUnknown(raw, [...KEY_FIELDS, "share"], prefix);
    const share = reader.leaf(numberSchema, raw.share, `${prefix}.share`);
    // A sole link without a share takes it all; several links without shares sum to 0 (SHARES_NOT_ONE).
    return { ...readKey(reader, raw, prefix), share: share ?? (items.length === 1 ? 1 : 0) };
  });
}

function readMeasurements(
  reader: FieldReader,
  list: unknown[] | undefined,
  path: JsonPath,
  sink: ReaderSink,
): Measurement[] {
  return objectsOf(list, path, "measurement", sink).map(({ raw, index }) => {
    const prefix = `measurements.${index}`;
    reader.keepUnknown(raw, ["date", "value"], prefix);
    const date = reader.leaf(textSchema, raw.date, `${prefix}.date`);
    const value = reader.leaf(numberSchema, raw.value, `${prefix}.value`);
    return { date: date ?? "", value: value ?? 0 };
  });
}

const ACTION_FIELDS = ["id", "what", "who", "due", "status"];

function readActions(
  reader: FieldReader,
  list: unknown[] | undefined,
  path: JsonPath,
  sink: ReaderSink,
): MeasureAction[] {
  return objectsOf(list, path, "action", sink).map(({ raw, index }) => {
    const prefix = `actions.${index}`;
    reader.keepUnknown(raw, ACTION_FIELDS, prefix);
    const status = reader.leaf(actionStatusSchema, raw.status, `${prefix}.status`);
    return optional({
      id: reader.leaf(textSchema, raw.id, `${prefix}.id`) ?? "",
      what: reader.leaf(textSchema, raw.what, `${prefix}.what`) ?? "",
      who: reader.leaf(textSchema, raw.who, `${prefix}.who`),
      due: reader.leaf(textSchema, raw.due, `${prefix}.due`),
      // A step without a status has not been started.
      status: status ?? "ikke_startet",
    });
  });
}

const INDICATOR_FIELDS = [
  "id",
  "name",
  "unit",
  "direction",
  "baseline",
  "baselineDate",
  "target",
  "targetDate",
  "frequency",
  "owner",
  "plan",
  "measurements",
];

export function readIndicator(
  raw: JsonObject,
  path: JsonPath,
  place: Partial<Issue>,
  sink: ReaderSink,
): Indicator {
  const r = new FieldReader(raw);
  r.keepUnknown(raw, INDICATOR_FIELDS);
  const id = r.text("id") ?? "";
  const direction = r.leaf(directionSchema, r.get("direction"), "direction");
  if (!r.has("direction")) {
    missing(sink, path, { ...place, indicator: id }, "direction", "warning", {
      key: "MISSING_DIRECTION",
      params: { i: id },
    });
  }
  return optional({
    id,
    name: r.text("name") ?? "",
    unit: r.text("unit"),
    direction: direction ?? "okende",
    baseline: r.number("baseline"),
    baselineDate: r.text("baselineDate"),
    target: r.number("target"),
    targetDate: r.text("targetDate"),
    frequency: r.text("frequency"),
    owner: r.text("owner"),
    plan: r.text("plan"),
    measurements: readMeasurements(
      r,
      r.array(r.get("measurements"), "measurements"),
      [...path, "measurements"],
      sink,
    ),
    ...r.leftovers(),
  });
}

const BENEFIT_FIELDS = [
  "id",
  "name",
  "type",
  "annual",
  "phaseIn",
  "confidence",
  "budgetEffect",
  "withdrawalShare",
  "owner",
  "links",
  "indicators",
  "realised",
  "realisedPeriods",
  "periodProfile",
];

export function readBenefit(
  raw: JsonObject,
  path: JsonPath,
  measureId: string,
  sink: ReaderSink,
): Benefit {
  const r = new FieldReader(raw);
  r.keepUnknown(raw, BENEFIT_FIELDS);
  const id = r.text("id") ?? "";
  const place = { measure: measureId, benefit: id };
  const type = r.leaf(benefitTypeSchema, r.get("type"), "type");
  if (!r.has("type")) {
    missing(sink, path, place, "type", "error", {
      key: "MISSING_TYPE",
      params: { b: id, m: measureId },
    });
  }
  const budgetEffect = r.leaf(budgetEffectSchema, r.get("budgetEffect"), "budgetEffect");
  if (!r.has("budgetEffect")) {
    missing(sink, path, place, "budgetEffect", "warning", {
      key: "MISSING_BUDGET_EFFECT",
      params: { b: id, m: measureId },
    });
  }
  const indicators = objectsOf(
    r.array(r.get("indicators"), "indicators"),
    [...path, "indicators"],
    "indicator",
    sink,
  );
  return optional({
    id,
    name: r.text("name") ?? "",
    type: type ?? "kvalitet",
    annual: r.number("annual") ?? 0,
    phaseIn: r.byYear(r.get("phaseIn"), "phaseIn"),
    confidence: r.number("confidence"),
    budgetEffect: budgetEffect ?? "ingen",
    withdrawalShare: r.number("withdrawalShare"),
    owner: r.text("owner"),
    links: readLinks(r, r.array(r.get("links"), "links"), [...path, "links"], sink),
    indicators: indicators.map(({ raw: item, index }) =>
      readIndicator(item, [...path, "indicators", index], place, sink),
    ),
    realised: r.byYear(r.get("realised"), "realised"),
    realisedPeriods: r.byYearByPeriod(r.get("realisedPeriods"), "realisedPeriods"),
    periodProfile: r.byYear(r.get("periodProfile"), "periodProfile"),
    ...r.leftovers(),
  });
}

const MEASURE_FIELDS = [
  "id",
  "name",
  "deepDive",
  "owner",
  "status",
  "mustDo",
  "description",
  "costs",
  "costLink",
  "includedInBudget",
  "actions",
  "preconditions",
  "risks",
  "forecast",
  "deviationNote",
  "correctiveAction",
  "benefits",
];

export function readMeasure(raw: JsonObject, path: JsonPath, sink: ReaderSink): Measure {
  const r = new FieldReader(raw);
  r.keepUnknown(raw, MEASURE_FIELDS);
  const id = r.text("id") ?? "";
  const status = r.leaf(statusSchema, r.get("status"), "status");
  if (!r.has("status")) {
    missing(sink, path, { measure: id }, "status", "warning", {
      key: "MISSING_STATUS",
      params: { m: id },
    });
  }
  const costs = r.object(r.get("costs"), "costs");
  if (costs) r.keepUnknown(costs, ["oneTime", "running"], "costs");
  const costLinkRaw = r.object(r.get("costLink"), "costLink");
  if (costLinkRaw) r.keepUnknown(costLinkRaw, KEY_FIELDS, "costLink");
  const benefits = objectsOf(
    r.array(r.get("benefits"), "benefits"),
    [...path, "benefits"],
    "benefit",
    sink,
  );
  return optional({
    id,
    name: r.text("name") ?? "",
    deepDive: r.text("deepDive"),
    owner: r.text("owner"),
    status: status ?? "foreslatt",
    mustDo: r.leaf(booleanSchema, r.get("mustDo"), "mustDo"),
    description: r.text("description"),
    costs: {
      oneTime: r.byYear(costs?.oneTime, "costs.oneTime") ?? {},
      running: r.byYear(costs?.running, "costs.running") ?? {},
    },
    costLink: costLinkRaw ? readKey(r, costLinkRaw, "costLink") : undefined,
    includedInBudget: r.leaf(booleanSchema, r.get("includedInBudget"), "includedInBudget"),
    actions: r.has("actions")
      ? readActions(r, r.array(r.get("actions"), "actions"), [...path, "actions"], sink)
      : undefined,
    preconditions: r.text("preconditions"),
    risks: r.text("risks"),
    forecast: r.byYear(r.get("forecast"), "forecast"),
    deviationNote: r.text("deviationNote"),
    correctiveAction: r.text("correctiveAction"),
    benefits: benefits.map(({ raw: item, index }) =>
      readBenefit(item, [...path, "benefits", index], id, sink),
    ),
    ...r.leftovers(),
  });
}

const DEEP_DIVE_FIELDS = [
  "id",
  "name",
  "owner",
  "currentSituation",
  "desiredSituation",
  "gap",
  "selectedBecause",
  "unmetNeeds",
  "problems",
  "opportunities",
  "valueChain",
  "minimumRequirements",
  "businessCases",
  "workshopDate",
];

export function readDeepDive(raw: JsonObject): DeepDive {
  const r = new FieldReader(raw);
  r.keepUnknown(raw, DEEP_DIVE_FIELDS);
  return optional({
    id: r.text("id") ?? "",
    name: r.text("name") ?? "",
    owner: r.text("owner"),
    currentSituation: r.text("currentSituation"),
    desiredSituation: r.text("desiredSituation"),
    gap: r.text("gap"),
    selectedBecause: r.enumList(selectionReasonSchema, r.get("selectedBecause"), "selectedBecause"),
    unmetNeeds: r.text("unmetNeeds"),
    problems: r.text("problems"),
    opportunities: r.text("opportunities"),
    valueChain: r.text("valueChain"),
    minimumRequirements: r.text("minimumRequirements"),
    businessCases: r.text("businessCases"),
    workshopDate: r.text("workshopDate"),
    ...r.leftovers(),
  });
}
