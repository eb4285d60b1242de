/**
 * The frozen versions of a portfolio file (spec §15, docs/model.md §9b): read field by field like
 * the rest, so a bad value goes into `invalid` under its path («versions.0.kind»,
 * «versions.0.measures.1.years.2027.budgetNet») and is written back as given, and unknown fields
 * are kept in `extra`.
 */
import { KEY_DIMENSIONS } from "../budget/budget.types";
import type {
  BudgetKey,
  PortfolioVersion,
  VersionAdjustment,
  VersionFigures,
  VersionMeasure,
} from "../model/portfolio.types";
import type { FieldReader } from "./field-reader";
import { numberSchema, statusSchema, textSchema, versionKindSchema } from "./portfolio-schema";
import { objectsOf, type ReaderSink } from "./read-entities";

const VERSION_FIELDS = [
  "id",
  "kind",
  "name",
  "date",
  "by",
  "savingsTarget",
  "measures",
  "adjustments",
] as const;
const MEASURE_FIELDS = ["id", "name", "deepDive", "status", "years"] as const;

function readMeasure(r: FieldReader, raw: Record<string, unknown>, prefix: string): VersionMeasure {
  r.keepUnknown(raw, MEASURE_FIELDS, prefix);
  const years: Record<string, VersionFigures> = {};
  const rawYears = r.object(raw.years, `${prefix}.years`) ?? {};
  for (const [year, value] of Object.entries(rawYears)) {
    const figures = r.object(value, `${prefix}.years.${year}`);
    if (!figures) continue;
    const num = (field: keyof VersionFigures) =>
      r.leaf(numberSchema, figures[field], `${prefix}.years.${year}.${field}`) ?? 0;
    years[year] = {
      expected: num("expected"),
      withdrawable: num("withdrawable"),
      budgetNet: num("budgetNet"),
    };
  }
  const measure: VersionMeasure = {
    id: r.leaf(textSchema, raw.id, `${prefix}.id`) ?? "",
    name: r.leaf(textSchema, raw.name, `${prefix}.name`) ?? "",
    status: r.leaf(statusSchema, raw.status, `${prefix}.status`) ?? "foreslatt",
    years,
  };
  const deepDive = r.leaf(textSchema, raw.deepDive, `${prefix}.deepDive`);
  if (deepDive !== undefined) measure.deepDive = deepDive;
  return measure;
}

function readAdjustment(
  r: FieldReader,
  raw: Record<string, unknown>,
  prefix: string,
): VersionAdjustment {
  r.keepUnknown(raw, ["key", "years"], prefix);
  const rawKey = r.object(raw.key, `${prefix}.key`) ?? {};
  const code = (dimension: string) =>
    r.leaf(textSchema, rawKey[dimension], `${prefix}.key.${dimension}`) ?? "";
  const key: BudgetKey = { ansvar: code("ansvar"), art: code("art"), funksjon: code("funksjon") };
  for (const dimension of KEY_DIMENSIONS.slice(3)) {
    const value = code(dimension);
    if (value !== "" || rawKey[dimension] !== undefined) key[dimension] = value;
  }
  return { key, years: r.byYear(raw.years, `${prefix}.years`) ?? {} };
}

/** `versions` of the file, oldest first; absent when the file has none. */
export function readVersions(r: FieldReader, sink: ReaderSink): PortfolioVersion[] | undefined {
  if (!r.has("versions")) return undefined;
  const items = objectsOf(r.array(r.get("versions"), "versions"), ["versions"], "version", sink);
  return items.map(({ raw, index }) => {
    const prefix = `versions.${index}`;
    r.keepUnknown(raw, VERSION_FIELDS, prefix);
    const text = (field: "id" | "name" | "date" | "by") =>
      r.leaf(textSchema, raw[field], `${prefix}.${field}`) ?? "";
    const measures = objectsOf(
      r.array(raw.measures, `${prefix}.measures`),
      ["versions", index, "measures"],
      "measure",
      sink,
    );
    const adjustments = objectsOf(
      r.array(raw.adjustments, `${prefix}.adjustments`),
      ["versions", index, "adjustments"],
      "link",
      sink,
    );
    const version: PortfolioVersion = {
      id: text("id"),
      kind: r.leaf(versionKindSchema, raw.kind, `${prefix}.kind`) ?? "navngitt",
      name: text("name"),
      date: text("date"),
      by: text("by"),
      measures: measures.map((m) => readMeasure(r, m.raw, `${prefix}.measures.${m.index}`)),
      adjustments: adjustments.map((a) =>
        readAdjustment(r, a.raw, `${prefix}.adjustments.${a.index}`),
      ),
    };
    const target = r.byYear(raw.savingsTarget, `${prefix}.savingsTarget`);
    if (target) version.savingsTarget = target;
    return version;
  });
}
