/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "checkPackages", "checkOfficeJs"] }] */
/**
 * Issue 23: a sheet name is quoted exactly as Excel quotes it (quoteSheetName) everywhere it
 * appears — cell formulas, defined names (`Gevinst_Budsjett_*` and every other), print areas and
 * titles, conditional formats, data validations, hyperlinks — through the package writer (the
 * command line's init and import) and through the Office.js adapter (the requests Microsoft's
 * Office.js runtime builds), for budget sheets and deep-dives with generated names. IronCalc then
 * evaluates such a workbook without #REF! or #NAME?.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { runCli } from "../../src/cli/main";
import { createExcelWorkbook } from "../../src/adapters/excel";
import { MemoryWorkbook } from "../../src/adapters/memory";
import type { WorkbookSeed } from "../../src/adapters/memory";
import { readPortfolioJson } from "../../src/core/portfolio-json/read-portfolio-json";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import { quoteSheetName } from "../../src/core/workbook/address";
import { deepDiveSheetName } from "../../src/core/sheets/shared/sheet-names";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";
import { connect, runAction } from "../../scripts/bench/actions";
import {
  BUDGET_HEADER,
  BUDGET_LINES,
  aBudgetWorkbook,
  toBuffer,
} from "../cli/fixtures/budget-workbooks";
import { aPortfolio } from "../cli/fixtures/portfolio";
import { createExcelSimulator } from "../support/excel-simulator";
import * as officeRuntime from "../support/excel-simulator/office-runtime";
import { evaluateWorkbook } from "../support/formula-engine";
import { BUDGET_SHEET_NAMES, DEEP_DIVE_NAMES, budgetSheetName, deepDiveName } from "./names";
import { packageRefs, type Place } from "./package-xml";
import { scanFormula } from "./sheet-refs";

/** Every reference in `places` that names no sheet or is not spelled `quoteSheetName(sheet)!`. */
function wrongReferences(places: readonly Place[], sheets: readonly string[]): string[] {
  const byLower = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const problems: string[] = [];
  for (const place of places) {
    const scan = scanFormula(place.text);
    for (const error of scan.errors) problems.push(`${place.where}: ${error} i ${place.text}`);
    for (const ref of scan.refs) {
      const sheet = byLower.get(ref.name.toLowerCase());
      if (sheet === undefined)
        problems.push(`${place.where}: ukjent ark ${ref.raw} i ${place.text}`);
      else if (ref.raw !== quoteSheetName(sheet))
        problems.push(
          `${place.where}: ${ref.raw}! skal være ${quoteSheetName(sheet)}! i ${place.text}`,
        );
    }
  }
  return problems;
}

const referencesTo = (places: readonly Place[], sheet: string) =>
  places.filter((p) => scanFormula(p.text).refs.some((r) => r.name === sheet));

function portfolioJson(deepDive: string): Record<string, unknown> {
  const json = aPortfolio();
  json.deepDives = [{ id: "DD1", name: deepDive, owner: "Kari Nordmann" }];
  return json;
}

function portfolio(deepDive: string): Portfolio {
  const read = readPortfolioJson(JSON.stringify(portfolioJson(deepDive)));
  if (!read.portfolio) throw new Error(JSON.stringify(read.issues));
  return read.portfolio;
}

// ---------------------------------------------------------------------------------------------
// (a) The package writer: the command line's init and import on an exceljs-made budget.

async function cli(args: string[], cwd: string): Promise<void> {
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    cwd,
    progressBytes: Infinity,
  });
  if (code !== 0) throw new Error(`gevinst ${args.join(" ")} → ${code}: ${err.join("\n")}`);
}

/** init and import on a budget sheet called `budget`, with one deep-dive called `deepDive`. */
async function cliOutputs(budget: string, deepDive: string): Promise<Buffer[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "gevinst-quoting-"));
  try {
    const workbook = aBudgetWorkbook("range");
    const sheet = workbook.getWorksheet("Budsjett");
    if (!sheet) throw new Error("no budget sheet");
    sheet.name = budget;
    const notes = workbook.getWorksheet("Notater");
    if (notes) notes.getCell("B3").value = { formula: `${quoteSheetName(budget)}!E8*2`, result: 0 };
    writeFileSync(path.join(dir, "budsjett.xlsx"), await toBuffer(workbook));
    writeFileSync(path.join(dir, "p.json"), JSON.stringify(portfolioJson(deepDive)));
    await cli(["init", "budsjett.xlsx", "-o", "a.xlsx"], dir);
    await cli(["import", "a.xlsx", "p.json", "-o", "b.xlsx"], dir);
    return [readFileSync(path.join(dir, "a.xlsx")), readFileSync(path.join(dir, "b.xlsx"))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function checkPackages(budget: string, deepDive: string): Promise<void> {
  const [initialised, imported] = await cliOutputs(budget, deepDive);
  for (const bytes of [initialised as Buffer, imported as Buffer]) {
    const { sheets, places } = await packageRefs(bytes);
    expect(wrongReferences(places, sheets)).toEqual([]);
    // The budget's own name, quoted as Excel quotes it.
    expect(places).toContainEqual({
      where: "definedName Gevinst_Budsjett_1",
      text: `${quoteSheetName(budget)}!$A$3`,
    });
    // Each print area and print title names its own sheet.
    for (const place of places) {
      const m = /^definedName _xlnm\.Print_(?:Area|Titles) \((.*)\)$/.exec(place.where);
      if (m) expect(scanFormula(place.text).refs.map((r) => r.name)).toEqual([m[1]]);
    }
  }
  const { sheets, places } = await packageRefs(imported as Buffer);
  const deepDiveSheet = sheets.find((s) => s.startsWith("Gevinst DD "));
  // The deep-dive's sheet is there under the name the core gives it (so its references count).
  expect(deepDiveSheet).toBe(
    deepDiveSheetName(
      deepDive,
      sheets.filter((s) => s !== deepDiveSheet),
    ),
  );
  const where = (sheet: string) => new Set(referencesTo(places, sheet).map((p) => p.where));
  // The budget sheet is referenced from cell formulas; the deep-dive from formulas, a hyperlink
  // and its print area: every kind of place is among those checked.
  expect([...where(budget)].some((w) => w.endsWith("<f>"))).toBe(true);
  const deepDivePlaces = [...where(deepDiveSheet as string)];
  expect(deepDivePlaces.some((w) => w.endsWith("<f>"))).toBe(true);
  expect(deepDivePlaces.some((w) => w.endsWith("hyperlink") || w.includes("<f>"))).toBe(true);
  expect(deepDivePlaces.some((w) => w.startsWith("definedName _xlnm.Print_Area"))).toBe(true);
}

describe("sheet names in the package the command line writes", () => {
  it.each([
    ["R2027", "Kari's & Ola's"],
    ["XFE1", "R&D"],
    ["Drift & investering", "Æ ø å"],
  ])("budget sheet %s, deep-dive %s: every reference is quoted as Excel quotes it", (b, d) =>
    checkPackages(b, d),
  );

  it("for generated budget sheet and deep-dive names", async () => {
    await fc.assert(
      fc.asyncProperty(budgetSheetName, deepDiveName, (b, d) => checkPackages(b, d)),
      { numRuns: 8 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// (b) The Office.js adapter, measured by Microsoft's runtime: every formula, name and print area
// in the requests it builds.

function budgetSeed(budget: string): WorkbookSeed {
  return {
    sheets: [
      { name: budget, rows: [["Driftsbudsjett 2027–2030"], [], BUDGET_HEADER, ...BUDGET_LINES] },
      { name: "Notater", rows: [["Frist for innspill"]] },
    ],
  };
}

async function connectSetUpImport(port: WorkbookPort, deepDive: string): Promise<void> {
  const mapping = await connect(port);
  await runAction("set up", port, { mapping, portfolio: portfolio(deepDive) });
  await runAction("import", port, { mapping, portfolio: portfolio(deepDive) });
}

type Action = { Name?: string; ArgumentInfo?: { Arguments?: unknown[] } };

/**
 * Every action and object path of every body (a method that returns an object, as names.add,
 * is an object path; one that returns nothing, as setPrintArea, an action), with its name and
 * the strings among its arguments.
 */
function actions(bodies: readonly unknown[]): { name: string; strings: string[] }[] {
  const strings = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value !== null && typeof value === "object"
          ? Object.values(value).flatMap(strings)
          : [];
  return bodies.flatMap((body) => {
    const { Actions = [], ObjectPaths = {} } = body as {
      Actions?: Action[];
      ObjectPaths?: Record<string, Action>;
    };
    return [...Actions, ...Object.values(ObjectPaths)].map((a) => ({
      name: a.Name ?? "",
      strings: strings(a.ArgumentInfo?.Arguments ?? []),
    }));
  });
}

async function checkOfficeJs(budget: string, deepDive: string): Promise<void> {
  const bodies: unknown[] = [];
  const recording = officeRuntime.recordingContext;
  const spy = jest
    .spyOn(officeRuntime, "recordingContext")
    .mockImplementation(() => recording((body) => bodies.push(body)));
  try {
    const sim = createExcelSimulator(budgetSeed(budget));
    const port = createExcelWorkbook(sim.run, { isSetSupported: () => true });
    await connectSetUpImport(port, deepDive);
    const sent = actions(bodies);
    const sheets = sim.sheetNames();
    // Formulas (cells, conditional formats) and names.add's refersTo are sent with «=».
    const places = sent.flatMap((a) =>
      a.strings.filter((s) => s.startsWith("=")).map((text) => ({ where: a.name, text })),
    );
    expect(wrongReferences(places, sheets)).toEqual([]);
    expect(places).toContainEqual({ where: "Add", text: `=${quoteSheetName(budget)}!$A$3` });
    const deepDiveSheet = sheets.find((s) => s.startsWith("Gevinst DD ")) as string;
    expect(referencesTo(places, deepDiveSheet).length).toBeGreaterThan(0);
    // setPrintArea / setPrintTitleRows get the sheet's own range, with no sheet name or a quoted one.
    const print = sent.filter((a) => /^SetPrint/.test(a.name));
    expect(print.length).toBeGreaterThan(0);
    expect(
      wrongReferences(
        print.flatMap((a) => a.strings.map((text) => ({ where: a.name, text }))),
        sheets,
      ),
    ).toEqual([]);
    // The simulator, which keeps what Excel would, holds the same spelling.
    expect(sim.state.names.find((n) => n.name === "Gevinst_Budsjett_1")?.formula).toBe(
      `=${quoteSheetName(budget)}!$A$3`,
    );
  } finally {
    spy.mockRestore();
  }
}

describe("sheet names in what the Office.js adapter sends", () => {
  it.each([
    ["R2027", "Kari's & Ola's"],
    ["TRUE", "R&D"],
    ["Økonomiplan", "Hjemme'tjenesten"],
  ])("budget sheet %s, deep-dive %s: formulas, names.add and print areas", (b, d) =>
    checkOfficeJs(b, d),
  );

  it("for generated budget sheet and deep-dive names", async () => {
    await fc.assert(
      fc.asyncProperty(budgetSheetName, deepDiveName, (b, d) => checkOfficeJs(b, d)),
      { numRuns: 8 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// (c) IronCalc reads such a workbook as Excel would: no #REF! and no #NAME? anywhere (the memory
// adapter, which holds what the core sends, loaded into IronCalc).

describe("IronCalc evaluates the Gevinst sheets with such names", () => {
  it.each([...BUDGET_SHEET_NAMES.slice(0, 6).map((b, i) => [b, DEEP_DIVE_NAMES[i % 4] as string])])(
    "budget sheet %s, deep-dive %s: no #REF! or #NAME?",
    async (budget, deepDive) => {
      const workbook = MemoryWorkbook.fromSeed(budgetSeed(budget));
      await connectSetUpImport(workbook, deepDive);
      evaluateWorkbook(workbook);
      const errors: string[] = [];
      let formulas = 0;
      for (const sheet of workbook.sheets)
        for (const [key, cell] of sheet.cells) {
          // IronCalc has no HYPERLINK (#NAME? for any argument): its target is checked in (a) and (b).
          if (cell.formula === null || cell.formula.startsWith("=HYPERLINK(")) continue;
          formulas++;
          if (typeof cell.value === "string" && /^#(REF!|NAME\?)/.test(cell.value))
            errors.push(`${sheet.name}!${key}: ${cell.formula} → ${cell.value}`);
        }
      expect(formulas).toBeGreaterThan(100);
      expect(errors).toEqual([]);
    },
  );
});
