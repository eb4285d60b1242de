/**
 * Spec §4 rule by rule, on budgets our own generator shapes like the real open-data exports
 * (support/real-shapes.ts): the budget year alone, plan years carried forward, the year from the
 * title or sheet name, the key dimensions the budget has, rows sharing a key summed, every amount
 * text form, several budget versions refused, and the hand mapping.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { badAmountIssues } from "../../../src/core/budget/bad-amounts";
import { createBudgetIndex, mappingHasProsjekt } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import type {
  BudgetDetectionResult,
  BudgetMapping,
  DetectOptions,
} from "../../../src/core/budget/budget.types";
import { checkMapping } from "../../../src/core/budget/check-mapping";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import {
  columnsOptionText,
  manualMapping,
  parseColumnsOption,
} from "../../../src/core/budget/manual-mapping";
import { carriedYears } from "../../../src/core/budget/plan-years";
import { validateMapping } from "../../../src/core/config/mapping-schema";
import type { SheetGrid } from "../../../src/core/workbook/workbook-port";
import {
  asKommuneWorkbook,
  bergenLike,
  csvSheetRows,
  fordeLike,
  sogndalLike,
  stavangerLike,
} from "./support/real-shapes";
import { messageText } from "../../../src/app/messages";
import { textOf } from "../../support/text-of";
import type { MessageRef } from "../../../src/core/model/issue.types";

async function detect(seed: WorkbookSeed, options?: DetectOptions): Promise<BudgetDetectionResult> {
  const workbook = MemoryWorkbook.fromSeed(seed);
  const outline = await workbook.describe();
  const names = outline.sheets.map((s) => s.name);
  const grids = await workbook.readSheets(names, { formulas: true });
  return detectBudget({ grids, tables: outline.tables, sheets: outline.sheets }, options);
}

const oneSheet = (name: string, csv: string): WorkbookSeed => ({
  sheets: [{ name, rows: csvSheetRows(csv) }],
});

function found(result: BudgetDetectionResult) {
  if (result.status !== "found") throw new Error(messageText(result));
  return result;
}

async function linesOf(seed: WorkbookSeed, mapping: BudgetMapping) {
  const workbook = MemoryWorkbook.fromSeed(seed);
  const grids = await workbook.readSheets(mapping.sources.map((s) => s.sheet));
  const read = readBudgetLines(mapping, grids);
  return {
    read,
    index: createBudgetIndex(read.lines, { hasProsjekt: mappingHasProsjekt(mapping) }),
  };
}

/** Every expected key's budget-year amount against the index. */
function expectAmounts(
  index: ReturnType<typeof createBudgetIndex>,
  expected: Map<string, number>,
  year = 0,
): void {
  for (const [key, amount] of expected) {
    const [ansvar = "", art = "", funksjon = "", prosjekt = ""] = key.split("|");
    const lines = index.findLines({ ansvar, art, funksjon, prosjekt });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.amounts[year]).toBeCloseTo(amount, 2);
  }
}

describe("spec §4 on budgets shaped like real exports", () => {
  it("needs only the budget year and carries the plan years forward (Sogndal-like CSV)", async () => {
    const shape = sogndalLike(120);

    const result = found(await detect(oneSheet("drift", shape.csv)));

    const source = result.mapping.sources[0];
    expect(result.mapping.budgetYear).toBe(2013);
    expect(source?.planColumns).toEqual([8, 8, 8, 8]);
    expect(carriedYears(source ?? { planColumns: [0, 1, 2, 3] })).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(source?.keyColumns).toEqual({ art: 0, ansvar: 2, funksjon: 4 });
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toContain(
      "Videreført (ingen egen kolonne, samme beløp som 2013): 2014, 2015, 2016.",
    );
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toContain(
      "«rekneskap_2011», «budsjett_2012»",
    );
    const { index } = await linesOf(oneSheet("drift", shape.csv), result.mapping);
    expectAmounts(index, shape.expected);
    for (const line of index.lines) {
      expect(line.amounts[3]).toBe(line.amounts[0]);
      expect(line.carried).toEqual([false, true, true, true]);
    }
  });

  it("finds it in the workbook a kommune would have: title rows, numbers, a Sum row, a second sheet", async () => {
    const shape = sogndalLike(80, 7);
    const seed = asKommuneWorkbook(shape.csv, "Driftsbudsjett", [
      "Sogndal kommune",
      "Driftsbudsjett 2013",
    ]);

    const result = found(await detect(seed));

    expect(result.mapping.sources.map((s) => s.sheet)).toEqual(["Driftsbudsjett"]);
    expect(result.mapping.sources[0]?.headerRow).toBe(3);
    expect(result.lineCount).toBe(80);
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toMatch(/1 × sumrad/);
    const { index } = await linesOf(seed, result.mapping);
    expectAmounts(index, shape.expected);
  });

  it("takes the latest budget column, not regnskap, and refuses a regnskap-only sheet", async () => {
    const budget = oneSheet(
      "b",
      sogndalLike(10).csv.replace("budsjett_2013", "Vedtatt budsjett 2013"),
    );
    expect(found(await detect(budget)).mapping.budgetYear).toBe(2013);

    const accounts = sogndalLike(10)
      .csv.replace("budsjett_2012", "rekneskap_2012")
      .replace("budsjett_2013", "rekneskap_2013");
    const result = await detect(oneSheet("b", accounts));
    expect(result.status).toBe("not-found");
    expect(textOf(result as MessageRef)).toEqual(
      expect.stringContaining("et regnskap er ikke et budsjett"),
    );
  });

  it("keeps økonomiplan columns where the budget has them and carries only the missing years", async () => {
    const csv = sogndalLike(10).csv.replace("budsjett_2013", "budsjett_2013;øp_2014");
    const rows = csvSheetRows(csv).map((row, i) => (i === 0 ? row : [...row, 5]));

    const result = found(await detect({ sheets: [{ name: "b", rows }] }));

    expect(result.mapping.sources[0]?.planColumns).toEqual([8, 9, 8, 8]);
  });

  it("reads the year of a single «beloep» column from the sheet name or a title row, else asks", async () => {
    const shape = stavangerLike(60);

    const byName = found(await detect(oneSheet("Budsjett 2016 drift", shape.csv)));
    expect(byName.mapping.budgetYear).toBe(2016);
    expect(byName.mapping.sources[0]?.planColumns).toEqual([11, 11, 11, 11]);

    const titled = asKommuneWorkbook(shape.csv, "Ark1", ["Stavanger kommune – budsjett 2016"]);
    expect(found(await detect(titled)).mapping.budgetYear).toBe(2016);

    const unnamed = await detect(oneSheet("Ark1", shape.csv));
    expect(unnamed.status).toBe("not-found");
    expect(textOf(unnamed as MessageRef)).toEqual(
      expect.stringContaining("kolonnen «beloep» har ikke årstall"),
    );

    expect(
      found(await detect(oneSheet("Ark1", shape.csv), { budgetYear: 2016 })).mapping.budgetYear,
    ).toBe(2016);
  });

  it("makes rows that share a key one line with their sum (Stavanger-like fri dimensjon)", async () => {
    const shape = stavangerLike(150, 5);
    const seed = oneSheet("Budsjett 2016", shape.csv);

    const result = found(await detect(seed));

    expect(shape.splitKeys).toBeGreaterThan(10);
    expect(result.lineCount).toBe(shape.expected.size);
    expect(result.mergedRows).toBe(shape.rows - shape.expected.size);
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toContain(
      "er lagt sammen med den",
    );
    const { index, read } = await linesOf(seed, result.mapping);
    expect(read.lines).toHaveLength(shape.rows); // rows with extra trailing fields included
    expectAmounts(index, shape.expected);
    expect(index.lines.filter((l) => (l.rowCount ?? 1) > 1)).toHaveLength(shape.splitKeys);
  });

  it("takes the key dimensions the budget has: no ansvar in an investment budget (Førde-like)", async () => {
    const shape = fordeLike(60);

    const result = found(await detect(oneSheet("Investering 2013", shape.csv)));

    expect(result.mapping.sources[0]?.keyColumns).toEqual({ prosjekt: 0, funksjon: 2, art: 4 });
    const { index } = await linesOf(oneSheet("Investering 2013", shape.csv), result.mapping);
    expectAmounts(index, shape.expected);
  });

  it("needs one key dimension, and takes «avdeling» for ansvar where there is none (spec §13)", async () => {
    const keysOnly = (header: string) =>
      oneSheet("b", `${header};budsjett_2013\n100;200;5\n101;201;6\n`);

    expect((await detect(keysOnly("navn;merknad"))).status).toBe("not-found");
    // A rammebudsjett by funksjon, or by ansvar alone.
    expect(found(await detect(keysOnly("tjeneste;tjeneste-tekst"))).lineCount).toBe(2);
    expect(found(await detect(keysOnly("ansvar;navn"))).mapping.sources[0]?.keyColumns).toEqual({
      ansvar: 0,
    });
    // Bergen's økonomiplan: avdeling, avdeling-tekst, tjeneste.
    const bergen = found(await detect(keysOnly("avdeling;avdeling-tekst")));
    expect(bergen.mapping.sources[0]).toMatchObject({
      keyColumns: { ansvar: 0 },
      nameColumns: { ansvar: 1 },
    });
    // With an ansvar column of its own, avdeling is only text.
    const both = found(
      await detect(oneSheet("b", "avdeling;ansvar;art;budsjett_2013\n1;100;200;5\n1;101;201;6\n")),
    );
    expect(both.mapping.sources[0]?.keyColumns).toEqual({ ansvar: 1, art: 2 });
  });

  it("refuses several budget versions in one export and says how to go on (Bergen-like)", async () => {
    const result = await detect(oneSheet("investering", bergenLike(40)));

    expect(result.status).toBe("not-found");
    expect(textOf(result as MessageRef)).toEqual(
      expect.stringMatching(
        /kolonnen «versjoner» har 2 \(11-14VB, 12-15IN1\).*Filtrer til én versjon/,
      ),
    );
    const one = bergenLike(40)
      .split("\n")
      .filter((l) => !l.startsWith("12-15IN1"))
      .join("\n");
    const single = found(await detect(oneSheet("investering", one)));
    expect(single.mapping.budgetYear).toBe(2012);
    expect(single.mapping.sources[0]?.keyColumns).toEqual({ ansvar: 3, funksjon: 4, prosjekt: 6 });
  });

  it.each([
    ["1 456 538", 1456538],
    [" -1 362 250 ", -1362250],
    ["-   ", 0],
    ["810 000,00", 810000],
    ["1100142,6", 1100142.6],
    ["\u22121 000", -1000],
    ["1\u00a0000", 1000],
    ["(1 000)", -1000],
  ])("reads the amount «%s» as %d", async (text, value) => {
    const rows = [
      ["ansvar", "art", "funksjon", "Budsjett 2027"],
      [1, 2, 3, text],
    ];
    const result = found(await detect({ sheets: [{ name: "b", rows }] }));
    expect(result.preview[0]?.amounts[0]).toBeCloseTo(value, 6);
  });

  it("makes an amount that is none of these BAD_VALUE at its cell, never a silent 0", async () => {
    const rows = [
      ["ansvar", "art", "funksjon", "Budsjett 2027"],
      [1, 2, 3, "12 000"],
      [1, 2, 4, "tolv tusen"],
    ];

    const result = found(await detect({ sheets: [{ name: "Budsjett", rows }] }));

    expect(result.lineCount).toBe(1);
    expect(result.badCells).toEqual([{ sheet: "Budsjett", row: 2, col: 3, text: "tolv tusen" }]);
    expect(badAmountIssues(result.badCells)).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        severity: "error",
        sheet: "Budsjett",
        cell: "D3",
      }),
    ]);
  });
});

describe("the hand mapping (spec §4)", () => {
  const rows = [
    ["Drift 2013"],
    ["Kostra art", "Konto (T)", "Ansvarssted", "Tjenestenummer", "Vedtatt", "Regnskap 2011"],
    [10100, "Lønn", 120, 37000, "1 635 543", 5],
    [10100, "Lønn", 120, 37000, "1 000", 5],
    [11200, "Kjøp", 130, 38500, "-12 000", 5],
  ];
  const grid: SheetGrid = { name: "Ark1", origin: { row: 0, col: 0 }, values: rows };

  it("maps columns whose headers detection does not know", async () => {
    expect((await detect({ sheets: [{ name: "Ark1", rows }] })).status).toBe("not-found");

    const columns = parseColumnsOption("art=A, ansvar=C,tjeneste=D,2013=E");
    if ("problem" in columns) throw new Error(columns.problem.key);
    const result = manualMapping(grid, { sheet: "Ark1", headerRow: 1, ...columns });

    if ("problem" in result) throw new Error(result.problem.key);
    expect(result.lineCount).toBe(3);
    const source = result.mapping.sources[0];
    expect(result.mapping.budgetYear).toBe(2013);
    expect(source?.keyColumns).toEqual({ art: 0, ansvar: 2, funksjon: 3 });
    expect(source?.manual?.headers).toEqual({
      "0": "Kostra art",
      "2": "Ansvarssted",
      "3": "Tjenestenummer",
      "4": "Vedtatt",
    });
    expect(columnsOptionText(source as NonNullable<typeof source>)).toBe(
      "ansvar=C,art=A,funksjon=D,2013=E",
    );
    const index = createBudgetIndex(readBudgetLines(result.mapping, [grid]).lines);
    expect(index.findLines({ ansvar: "120", art: "10100", funksjon: "37000" })[0]?.amounts).toEqual(
      [1636543, 1636543, 1636543, 1636543],
    );
    expect(validateMapping(JSON.parse(JSON.stringify(result.mapping)))).toEqual({
      mapping: result.mapping,
    });
  });

  it("keeps a hand mapping while its header texts stand, and asks again when one changes", () => {
    const result = manualMapping(grid, {
      sheet: "Ark1",
      headerRow: 1,
      keys: { art: 0, ansvar: 2, funksjon: 3 },
      years: [{ col: 4, year: 2013 }],
    });
    if ("problem" in result) throw new Error(result.problem.key);

    expect(checkMapping(result.mapping, [grid]).ok).toBe(true);
    const moved = rows.map((r, i) => (i === 1 ? ["Konto", ...r.slice(1)] : r));
    const check = checkMapping(result.mapping, [{ ...grid, values: moved }]);
    expect(check.ok).toBe(false);
    expect(check.remap).toBe(true);
  });

  it("says what is wrong with a choice", () => {
    const problem = (result: object) =>
      "problem" in result ? textOf(result.problem as MessageRef) : "";
    expect(problem(parseColumnsOption("art=B,2013"))).toBe(
      "«2013» er ikke på formen navn=KOLONNE (for eksempel art=B eller 2013=J).",
    );
    expect(problem(parseColumnsOption("kostnadssted=B"))).toContain(
      "«kostnadssted» er ikke ansvar",
    );
    const one = manualMapping(grid, {
      sheet: "Ark1",
      headerRow: 1,
      keys: {},
      years: [{ col: 5, year: 2013 }],
    });
    expect(problem(one)).toContain("Koblingen mangler en nøkkelkolonne");
  });
});
