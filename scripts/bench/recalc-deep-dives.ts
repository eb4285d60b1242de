/**
 * Focused recalculation bench for the deep-dive sheets (issue 9 follow-up): the workbook after
 * connect, set up and import given the connected budget (as the product does), evaluated by
 * IronCalc whole, then with one family of deep-dive formulas replaced by a constant 0, so each
 * family's share of the time shows. Families are told apart by their text.
 * Usage: node dist/bench/scripts/bench/recalc-deep-dives.js 1000x1000 10000x1000 [--whole]
 * (`--whole`: only the whole workbook and the one without any deep-dive formula; `--sheets`: also
 * without the formulas of the budget-link sheet, the register, the other Gevinst sheets, and of
 * every Gevinst sheet — what the engine spends on the budget's constants alone).
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { MemoryCell, MemorySheet } from "../../src/adapters/memory/memory-sheet";
import {
  isDeepDiveSheet,
  SHEET_BUDGET_LINKS,
  SHEET_REGISTER,
} from "../../src/core/sheets/shared/sheet-names";
import { connect, connectedBudget, runAction } from "./actions";
import { budgetSeed, benchPortfolio } from "./fixtures";
import { recalculate } from "./recalc";

const TOTAL_CRITERION = /,1\)|,"[^"]*"\)$/;

const FAMILIES = {
  "benefit counted (COUNTIFS over measures)": (f: string) => f.includes("COUNTIFS("),
  "link withdrawn (SUMIFS over benefits by id)": (f: string) => f.includes("COUNTIF("),
  "measure figures (SUMIFS over benefits by measure)": (f: string) =>
    f.includes("SUMIFS(") && !f.includes("COUNTIF") && !TOTAL_CRITERION.test(f),
  "totals (SUMIFS over measures)": (f: string) =>
    f.includes("SUMIFS(") && !f.includes("COUNTIF") && TOTAL_CRITERION.test(f),
  "row arithmetic (no lookup)": (f: string) => !/SUMIFS\(|COUNTIFS?\(/.test(f),
} as const;

type Family = keyof typeof FAMILIES;

/**
 * `workbook` with every formula of `family` on the sheets `onSheet` takes (the deep-dive sheets
 * unless told) replaced by 0: a shallow copy.
 */
function without(
  workbook: MemoryWorkbook,
  family: Family | "all",
  onSheet: (name: string) => boolean = isDeepDiveSheet,
): MemoryWorkbook {
  const copy = new MemoryWorkbook();
  for (const sheet of workbook.sheets) {
    if (!onSheet(sheet.name)) {
      copy.sheets.push(sheet);
      continue;
    }
    const cells = new Map<string, MemoryCell>();
    for (const [key, cell] of sheet.cells) {
      const f = cell.formula;
      const drop = f !== null && (family === "all" || FAMILIES[family](f));
      cells.set(key, drop ? ({ ...cell, formula: null, value: 0 } as MemoryCell) : cell);
    }
    copy.sheets.push({ name: sheet.name, cells } as unknown as MemorySheet);
  }
  for (const [key, name] of workbook.names) copy.names.set(key, name);
  return copy;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wholeOnly = args.includes("--whole") || args.includes("--sheets");
  const bySheet = args.includes("--sheets");
  const cases = args
    .filter((arg) => !arg.startsWith("--"))
    .map((arg) => arg.split("x").map(Number) as [number, number]);
  for (const [lines, measures] of cases) {
    const memory = MemoryWorkbook.fromSeed(budgetSeed(lines));
    const mapping = await connect(memory);
    const budget = await connectedBudget(memory);
    const workbook = new MemoryWorkbook();
    workbook.sheets.push(memory.sheets[0] as MemorySheet);
    const input = { mapping, portfolio: benchPortfolio(measures, lines), budget };
    for (const action of ["connect", "set up", "import"] as const)
      await runAction(action, workbook, input);
    const counts: Record<string, number> = {};
    for (const sheet of workbook.sheets) {
      if (!isDeepDiveSheet(sheet.name)) continue;
      for (const cell of sheet.cells.values()) {
        if (cell.formula === null) continue;
        for (const [name, test] of Object.entries(FAMILIES))
          if (test(cell.formula)) counts[name] = (counts[name] ?? 0) + 1;
      }
    }
    const whole = recalculate(workbook).recalcMs;
    const log = (label: string, ms: number, formulas?: number) =>
      console.log(
        JSON.stringify({
          lines,
          measures,
          case: label,
          recalcMs: Math.round(ms),
          savedMs: Math.round(whole - ms),
          ...(formulas === undefined ? {} : { formulas }),
        }),
      );
    log("whole workbook", whole);
    log("without deep-dive formulas", recalculate(without(workbook, "all")).recalcMs);
    if (bySheet) {
      const groups: Record<string, (name: string) => boolean> = {
        "budget-link": (name) => name === SHEET_BUDGET_LINKS,
        register: (name) => name === SHEET_REGISTER,
        "other Gevinst sheets": (name) =>
          name.startsWith("Gevinst") &&
          !isDeepDiveSheet(name) &&
          name !== SHEET_BUDGET_LINKS &&
          name !== SHEET_REGISTER,
        "any Gevinst": (name) => name.startsWith("Gevinst"),
      };
      for (const [group, onSheet] of Object.entries(groups)) {
        const count = workbook.sheets
          .filter((sheet) => onSheet(sheet.name))
          .reduce((n, sheet) => n + [...sheet.cells.values()].filter((c) => c.formula).length, 0);
        log(
          `without ${group} formulas`,
          recalculate(without(workbook, "all", onSheet)).recalcMs,
          count,
        );
      }
    }
    if (wholeOnly) continue;
    for (const family of Object.keys(FAMILIES) as Family[])
      log(`without ${family}`, recalculate(without(workbook, family)).recalcMs, counts[family]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
