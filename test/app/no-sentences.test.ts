/**
 * Text is made in one place (issue 28): core, app and adapters give catalogue keys and params, and
 * only the catalogues in src/app/messages write sentences. This test reads the source and fails
 * on a Norwegian sentence or word table outside the catalogues, and on a key that a catalogue
 * lacks (messageText would show the bare key).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CATALOGUES } from "../../src/app/messages";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/**
 * What the workbook itself says, in the workbook's language: sheet labels, headings and A3 text
 * (the workbook contract, docs/workbook.md), the note on the hidden config sheet and the lines
 * Gevinst writes to «Gevinst Logg».
 */
const WORKBOOK_CONTENT = [
  /^src\/core\/sheets\//,
  /^src\/core\/config\/config-sheet\.ts$/,
  /^src\/app\/roll-budget-year\.ts$/,
];

/** Words that make a string a Norwegian sentence or instruction. */
const SENTENCE_WORDS =
  /\b(ikke|ikkje|finnes|finst|mangler|manglar|må|kan|skriv|velg|vel|prøv|rett|fant|fann|gjelder|skal|blir|eller)\b/i;

/** String and template literals in `text` with comments taken out, and their 1-based lines. */
function literals(text: string): { line: number; value: string }[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`])\/\/[^\n]*/g, "$1");
  const found: { line: number; value: string }[] = [];
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const value = m[1] ?? m[2] ?? "";
    found.push({ line: code.slice(0, m.index).split("\n").length, value });
  }
  return found;
}

const checked = ["src/core", "src/app", "src/adapters"]
  .flatMap(sourceFiles)
  .filter((file) => !file.startsWith(path.join("src", "app", "messages")));

describe("no sentence outside the catalogues", () => {
  it("finds no Norwegian sentence in core, app or adapters (workbook content aside)", () => {
    const sentences = checked
      .filter((file) => !WORKBOOK_CONTENT.some((allowed) => allowed.test(file)))
      .flatMap((file) =>
        literals(readFileSync(path.join(ROOT, file), "utf8"))
          .filter(({ value }) => value.trim().split(/\s+/).length >= 3)
          .filter(({ value }) => SENTENCE_WORDS.test(value))
          .map(({ line, value }) => `${file}:${line}: ${value.slice(0, 80)}`),
      );
    expect(sentences).toEqual([]);
  });

  it("finds no bokmål word table (NB_…) outside the catalogues", () => {
    const tables = checked.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/\bNB_[A-Z_]+\b/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(tables).toEqual([]);
  });

  it("the detector finds a sentence when one is there (the test can fail)", () => {
    const hits = literals('const x = "Arket finnes ikke lenger."; // "ikke en setning"').filter(
      ({ value }) => SENTENCE_WORDS.test(value),
    );
    expect(hits).toEqual([{ line: 1, value: "Arket finnes ikke lenger." }]);
  });

  it("every catalogue key the code names exists in nb, nn and en", () => {
    const named = new Set<string>();
    for (const file of [...checked, ...sourceFiles("src/cli"), ...sourceFiles("src/taskpane")]) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(/\bkey: "([A-Z][A-Z0-9_]+)"/g)) named.add(m[1] as string);
      for (const m of text.matchAll(/\b(?:failure|problem|said|fail)\(\s*"([A-Z][A-Z0-9_]+)"/g))
        named.add(m[1] as string);
    }
    expect(named.size).toBeGreaterThan(50);
    for (const language of ["nb", "nn", "en"] as const) {
      const known = CATALOGUES[language].messages as Record<string, unknown>;
      expect([...named].filter((key) => !(key in known)).map((k) => `${language}: ${k}`)).toEqual(
        [],
      );
    }
  });
});
