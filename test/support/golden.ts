/**
 * Golden files: compare a computed JSON value with a stored one, numbers within 0.01 (kroner),
 * everything else exactly. Set GEVINST_UPDATE_GOLDEN=1 to write the stored file from the result
 * (then run Prettier on it; the comparison ignores formatting).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { KRONER_TOLERANCE } from "./builders";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), "utf8");
}

/** Differences between two JSON values, as "path: expected → actual" lines (empty when they match). */
export function jsonDifferences(expected: unknown, actual: unknown, at = "$"): string[] {
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(expected - actual) <= KRONER_TOLERANCE
      ? []
      : [`${at}: ${expected} → ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length)
      return [`${at}: length ${expected.length} → ${actual.length}`];
    return expected.flatMap((item, i) => jsonDifferences(item, actual[i], `${at}[${i}]`));
  }
  if (expected && actual && typeof expected === "object" && typeof actual === "object") {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])];
    return keys.flatMap((key) =>
      key in e && key in a
        ? jsonDifferences(e[key], a[key], `${at}.${key}`)
        : [`${at}.${key}: ${key in e ? "missing" : "unexpected"}`],
    );
  }
  return Object.is(expected, actual)
    ? []
    : [`${at}: ${JSON.stringify(expected)} → ${JSON.stringify(actual)}`];
}

/** The stored golden value, after writing it first when GEVINST_UPDATE_GOLDEN=1. */
export function golden(relative: string, actual: unknown): unknown {
  const file = path.join(FIXTURES, relative);
  if (process.env.GEVINST_UPDATE_GOLDEN === "1")
    fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
}
