/**
 * Reading one JSON object field by field: a value of the wrong type goes into `invalid` (kept as
 * given), an unknown field into `extra`, and nothing stops the rest from being read.
 */
import type { ZodType } from "zod";
import type { ByYear, InvalidFields } from "../model/portfolio.types";
import { numberSchema, textSchema } from "./portfolio-schema";

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the fields of one entity (portfolio, deep-dive, measure, benefit, indicator). Nested
 * objects (settings, costs, links, measurements) share the entity's `invalid` and `extra`, with
 * dotted paths ("links.0.share", "costs.note").
 */
export class FieldReader {
  readonly invalid: InvalidFields = {};
  readonly extra: Record<string, unknown> = {};

  constructor(private readonly raw: JsonObject) {}

  /** The raw value of a top-level field. */
  get(field: string): unknown {
    return this.raw[field];
  }

  /** True when the field is present and not null. */
  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  /** A value checked against a schema; wrong type → `invalid[path]`, absent or null → undefined. */
  leaf<T>(schema: ZodType<T>, raw: unknown, path: string): T | undefined {
    if (raw === undefined || raw === null) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    this.invalid[path] = raw;
    return undefined;
  }

  text(field: string): string | undefined {
    return this.leaf(textSchema, this.raw[field], field);
  }

  number(field: string): number | undefined {
    return this.leaf(numberSchema, this.raw[field], field);
  }

  /** An object field; anything else that is present → `invalid[path]`. */
  object(raw: unknown, path: string): JsonObject | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (isJsonObject(raw)) return raw;
    this.invalid[path] = raw;
    return undefined;
  }

  /** An array field; anything else that is present → `invalid[path]`. */
  array(raw: unknown, path: string): unknown[] | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (Array.isArray(raw)) return raw as unknown[];
    this.invalid[path] = raw;
    return undefined;
  }

  /** A list of enum values; a bad item → `invalid["path.i"]` (and left out), not a list → `invalid[path]`. */
  enumList<T>(schema: ZodType<T>, raw: unknown, path: string): T[] | undefined {
    const list = this.array(raw, path);
    if (!list) return undefined;
    const result: T[] = [];
    list.forEach((item, i) => {
      const value = this.leaf(schema, item, `${path}.${i}`);
      if (value !== undefined) result.push(value);
      else if (item === null) this.invalid[`${path}.${i}`] = item;
    });
    return result;
  }

  /** Year → number; a bad entry → `invalid["prefix.year"]`. Undefined when absent. */
  byYear(raw: unknown, path: string): ByYear | undefined {
    const object = this.object(raw, path);
    if (!object) return undefined;
    const result: ByYear = {};
    for (const [year, value] of Object.entries(object)) {
      const number = this.leaf(numberSchema, value, `${path}.${year}`);
      if (number !== undefined) result[year] = number;
      else if (value === null) this.invalid[`${path}.${year}`] = value;
    }
    return result;
  }

  /**
   * Year → period → number (realised per period, spec §14); a year that is not an object →
   * `invalid["path.year"]`, a bad figure → `invalid["path.year.period"]`. Undefined when absent.
   */
  byYearByPeriod(raw: unknown, path: string): Record<string, ByYear> | undefined {
    const object = this.object(raw, path);
    if (!object) return undefined;
    const result: Record<string, ByYear> = {};
    for (const [year, value] of Object.entries(object)) {
      if (value === null) {
        this.invalid[`${path}.${year}`] = value;
        continue;
      }
      const periods = this.byYear(value, `${path}.${year}`);
      if (periods !== undefined) result[year] = periods;
    }
    return result;
  }

  /** Keeps every field of `object` not in `known` in `extra`, under `prefix.field` for nested objects. */
  keepUnknown(object: JsonObject, known: readonly string[], prefix = ""): void {
    for (const [field, value] of Object.entries(object)) {
      if (!known.includes(field)) this.extra[prefix === "" ? field : `${prefix}.${field}`] = value;
    }
  }

  /** `invalid` and `extra` as optional fields (left out when empty). */
  leftovers(): { invalid?: InvalidFields; extra?: Record<string, unknown> } {
    const result: { invalid?: InvalidFields; extra?: Record<string, unknown> } = {};
    if (Object.keys(this.invalid).length > 0) result.invalid = this.invalid;
    if (Object.keys(this.extra).length > 0) result.extra = this.extra;
    return result;
  }
}
