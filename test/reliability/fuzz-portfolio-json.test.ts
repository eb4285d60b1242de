/**
 * Fuzzing the portfolio file reader (guarantee 3): random JSON, random text, and the example
 * portfolio mutated at random paths (values of the wrong type, deleted fields, NaN-like numbers,
 * cut-off text). No exception escapes; every issue has a line; no NaN reaches a report total.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readPortfolioJson } from "../../src/core/portfolio-json";
import { buildReport } from "../../src/core/report/build-report";
import { nonFinitePaths } from "./support/no-nan";
import { messageText } from "../../src/app/messages";

const EXAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "portfolio", "eksempel.json"),
  "utf8",
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path (as keys) to a value in `value`. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(
  root: Json,
  path: readonly (string | number)[],
  replacement: Json | undefined,
): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (rest.length === 0 && replacement === undefined) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number] ?? null, rest, replacement);
    return copy;
  }
  if (root !== null && typeof root === "object") {
    const copy = { ...root };
    if (rest.length === 0 && replacement === undefined) delete copy[head as string];
    else copy[head as string] = setAt(copy[head as string] ?? null, rest, replacement);
    return copy;
  }
  return root;
}

const strange: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined), // delete the field
  fc.constantFrom<Json>(
    null,
    "",
    "NaN",
    "Infinity",
    "-1e400",
    "1e400",
    "#REF!",
    "=1+1",
    true,
    [],
    {},
  ),
  fc.constantFrom<Json>(1e308, -1e308, -0, 2 ** 53, 0.1 + 0.2, -5, 1.5),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Reads `text` and checks the answer; true when a portfolio came back. */
function checkRead(text: string): boolean {
  const { portfolio, issues } = readPortfolioJson(text);

  const unlocated = issues.filter((i) => typeof i.line !== "number" || i.line < 1);
  expect(unlocated).toEqual([]);
  expect(issues.filter((i) => messageText(i).trim() === "")).toEqual([]);
  if (portfolio) {
    const report = buildReport(portfolio, { text: messageText });
    expect(
      nonFinitePaths({
        totals: report.totals,
        pipeline: report.pipeline,
        balance: report.balance,
        measures: report.measures,
      }),
    ).toEqual([]);
  }
  return portfolio !== null;
}

describe("the portfolio file reader on bad input", () => {
  it("answers random JSON with issues that have a line", () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        if (!checkRead(JSON.stringify(value))) rejected++;
      }),
      { numRuns: 1000 },
    );
    // Random JSON is (almost) never a version 1 portfolio: each answer is a BAD_FORMAT issue.
    expect(rejected).toBeGreaterThan(990);
  });

  it("answers random text and cut-off files", () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.nat({ max: EXAMPLE.length }).map((n) => EXAMPLE.slice(0, n)),
        ),
        (text) => {
          if (!checkRead(text)) rejected++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(rejected).toBeGreaterThan(900);
  });

  it("says a field holding an object whose toString is not a function cannot be read", () => {
    // The fuzz's counterexample (seed -1518081157): String() throws on such an object.
    const root = JSON.parse(EXAMPLE) as Record<string, Json>;
    const { issues } = readPortfolioJson(
      JSON.stringify({ ...root, organisation: { toString: "" } }),
    );
    expect(issues.map((i) => messageText(i)).join("\n")).toContain(
      'kan ikke leses ({"toString":""})',
    );
  });

  it("reads the example with random fields replaced or deleted, without NaN in any total", () => {
    const root = JSON.parse(EXAMPLE) as Json;
    const all = paths(root).filter((p) => p.length > 0 && p[0] !== "format" && p[0] !== "version");
    let withPortfolio = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...all), strange), { minLength: 1, maxLength: 4 }),
        (mutations) => {
          let mutated = root;
          for (const [path, replacement] of mutations) mutated = setAt(mutated, path, replacement);
          const text = JSON.stringify(mutated, null, 2);

          if (checkRead(text)) withPortfolio++;
        },
      ),
      { numRuns: 700 },
    );
    // Most mutations keep a readable portfolio, so the calculation is fuzzed too.
    expect(withPortfolio).toBeGreaterThan(350);
  });

  it("gives the portfolio and a BAD_VALUE at the line of a number too large for a double", () => {
    const text = EXAMPLE.replace('"annual": 800000', '"annual": 1e400');

    const { portfolio, issues } = readPortfolioJson(text);

    expect(text).not.toBe(EXAMPLE);
    expect(portfolio).not.toBeNull();
    const line = text.split("\n").findIndex((l) => l.includes("1e400")) + 1;
    expect(issues).toContainEqual(expect.objectContaining({ code: "BAD_VALUE", line }));
  });
});
