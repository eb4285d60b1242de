/**
 * Compares what the Gevinst sheets' formulas evaluate to (IronCalc) with the core's figures.
 */
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import { readBudgetLines } from "../../../src/core/budget/budget-lines";
import type { BudgetMapping } from "../../../src/core/budget/budget.types";
import { calculatePortfolio } from "../../../src/core/calculation/calculate-portfolio";
import { keyId } from "../../../src/core/calculation/budget-key";
import type { PortfolioResult, YearFigures } from "../../../src/core/calculation/calculation.types";
import { BUDGET_LINK_COLUMNS } from "../../../src/core/sheets/budget-link/budget-link.layout";
import { expandColumns } from "../../../src/core/sheets/shared/layout.types";
import { REGISTER_COLUMNS } from "../../../src/core/sheets/register/register.layout";
import {
  SHEET_BUDGET_LINKS,
  SHEET_REGISTER,
  SHEET_SUMMARY,
} from "../../../src/core/sheets/shared/sheet-names";
import { MEASURE_STATUSES } from "../../../src/core/model/portfolio.types";
import { labelOf } from "../../../src/core/sheets/shared/labels";
import { rangeFromA1 } from "../../../src/core/workbook/address";
import { KRONER_TOLERANCE } from "../../support/builders";

/** Numbers of a defined name's 1×4 range. */
export function nameValues(workbook: MemoryWorkbook, name: string): number[] {
  const refersTo = workbook.names.get(name.toLowerCase())?.refersTo ?? "";
  const match = /^'?(.*?)'?!(.*)$/.exec(refersTo);
  if (!match) throw new Error(`Navnet ${name} finnes ikke`);
  const range = rangeFromA1((match[2] as string).replace(/\$/g, ""));
  const sheet = workbook.requireSheet((match[1] as string).replace(/''/g, "'"));
  return [0, 1, 2, 3].map((i) => Number(sheet.get(range.row, range.col + i)?.value));
}

type Mismatch = { where: string; sheet: number; core: number };

function close(list: Mismatch[], where: string, sheet: unknown, core: number): void {
  const value = typeof sheet === "number" ? sheet : NaN;
  if (!(Math.abs(value - core) <= KRONER_TOLERANCE)) list.push({ where, sheet: value, core });
}

/** Rows of a sheet by the text in a column, below `headerRow`. */
function rowsByKey(
  workbook: MemoryWorkbook,
  sheetName: string,
  headerRow: number,
  key: (row: number) => string,
): Map<string, number> {
  const sheet = workbook.requireSheet(sheetName);
  const used = sheet.usedRange();
  const rows = new Map<string, number>();
  for (let row = headerRow + 1; used && row < used.row + used.rows; row++) rows.set(key(row), row);
  return rows;
}

/**
 * Every figure the sheets show against the core, computed from the portfolio read back from the
 * sheets: per measure and year, NPV, totals and the spec §9 names, pipeline, per status, budget
 * adjustments. Returns the mismatches (none when the sheets and the core agree to 0.01 kr).
 */
export async function compareWithCore(
  workbook: MemoryWorkbook,
  mapping: BudgetMapping,
): Promise<{ mismatches: Mismatch[]; result: PortfolioResult; compared: number }> {
  const { portfolio } = await readPortfolio(workbook);
  const grids = await workbook.readSheets(mapping.sources.map((s) => s.sheet));
  const budget = createBudgetIndex(readBudgetLines(mapping, grids).lines);
  const result = calculatePortfolio(portfolio, { budget });
  const years = result.years;
  const mismatches: Mismatch[] = [];
  let compared = 0;
  const check = (where: string, sheet: unknown, core: number) => {
    compared++;
    close(mismatches, where, sheet, core);
  };

  const reg = workbook.requireSheet(SHEET_REGISTER);
  const regCols = expandColumns(REGISTER_COLUMNS, years);
  const regCol = (field: string) => regCols.findIndex((c) => c.field === field);
  const regRows = rowsByKey(workbook, SHEET_REGISTER, 2, (row) =>
    String(reg.get(row, regCol("id"))?.value ?? ""),
  );
  for (const measure of result.measures) {
    const row = regRows.get(measure.id);
    if (row === undefined) throw new Error(`Tiltak ${measure.id} mangler i registeret`);
    years.forEach((year, i) => {
      const core = measure.years[year] as YearFigures;
      for (const figure of ["gross", "expected", "withdrawable", "cost", "budgetNet"] as const)
        check(
          `${measure.id} ${figure} ${year}`,
          reg.get(row, regCol(`${figure}.${i}`))?.value,
          core[figure],
        );
    });
    check(`${measure.id} npv`, reg.get(row, regCol("npv"))?.value, measure.npv);
  }

  const names: [string, keyof YearFigures][] = [
    ["Gevinst_Brutto", "gross"],
    ["Gevinst_Forventet", "expected"],
    ["Gevinst_Uttak", "withdrawable"],
    ["Gevinst_Kostnad", "cost"],
    ["Gevinst_Netto", "budgetNet"],
  ];
  for (const [name, figure] of names) {
    const values = nameValues(workbook, name);
    years.forEach((year, i) =>
      check(`${name} ${year}`, values[i], (result.totals.years[year] as YearFigures)[figure]),
    );
  }
  const target = nameValues(workbook, "Gevinst_Innsparingskrav");
  const gap = nameValues(workbook, "Gevinst_Gap");
  years.forEach((year, i) => {
    check(`Innsparingskrav ${year}`, target[i], result.balance[year]?.target ?? NaN);
    check(`Gap ${year}`, gap[i], result.balance[year]?.gap ?? NaN);
  });

  const summary = workbook.requireSheet(SHEET_SUMMARY);
  const labelRows = rowsByKey(workbook, SHEET_SUMMARY, 0, (row) =>
    String(summary.get(row, 0)?.value ?? ""),
  );
  years.forEach((year, i) => {
    check(
      `Frigjort timer ${year}`,
      summary.get(labelRows.get("Frigjort kapasitet (timer)") ?? -1, 1 + i)?.value,
      result.totals.years[year]?.freedHours ?? NaN,
    );
    for (const status of MEASURE_STATUSES) {
      const core = result.measures
        .filter((m) => m.status === status)
        .reduce((sum, m) => sum + (m.years[year]?.expected ?? 0), 0);
      check(
        `status ${status} ${year}`,
        summary.get(labelRows.get(labelOf(status)) ?? -1, 1 + i)?.value,
        core,
      );
    }
  });

  const links = workbook.requireSheet(SHEET_BUDGET_LINKS);
  // Tjenesteområde has a column where the budget has it (spec §13).
  const dimensions = {
    tjenesteomrade: mapping.sources.some((s) => s.keyColumns.tjenesteomrade !== undefined),
  };
  const linkCols = expandColumns(BUDGET_LINK_COLUMNS, years, dimensions);
  const linkCol = (field: string) => linkCols.findIndex((c) => c.field === field);
  const text = (row: number, field: string) => String(links.get(row, linkCol(field))?.value ?? "");
  const linkRows = rowsByKey(workbook, SHEET_BUDGET_LINKS, 2, (row) =>
    keyId({
      ansvar: text(row, "ansvar"),
      art: text(row, "art"),
      funksjon: text(row, "funksjon"),
      prosjekt: text(row, "prosjekt"),
      tjenesteomrade: dimensions.tjenesteomrade ? text(row, "tjenesteomrade") : "",
    }),
  );
  for (const adjustment of result.budgetAdjustments) {
    const row = linkRows.get(keyId(adjustment.key));
    if (row === undefined) throw new Error(`Budsjettlinjen ${keyId(adjustment.key)} mangler`);
    years.forEach((year, i) => {
      const core = adjustment.years[year];
      check(
        `${keyId(adjustment.key)} original ${year}`,
        links.get(row, linkCol(`original.${i}`))?.value,
        core?.original ?? NaN,
      );
      check(
        `${keyId(adjustment.key)} justering ${year}`,
        links.get(row, linkCol(`adjustment.${i}`))?.value,
        core?.adjustment ?? NaN,
      );
      check(
        `${keyId(adjustment.key)} justert ${year}`,
        links.get(row, linkCol(`adjusted.${i}`))?.value,
        core?.adjusted ?? NaN,
      );
    });
  }
  compared += compareRealisation(workbook, result, mismatches);
  return { mismatches, result, compared };
}

const STATUS_TEXT = { i_rute: "I rute", folg_med: "Følg med", avvik: "Avvik" } as const;

/**
 * Realised, deviation and status per counted measure and year on the deep-dive sheets against the
 * core (spec §12): a number where the core has a follow-up, blank where it has none.
 */
function compareRealisation(
  workbook: MemoryWorkbook,
  result: PortfolioResult,
  mismatches: Mismatch[],
): number {
  let compared = 0;
  const sheets = workbook.sheets.filter((sheet) => sheet.name.startsWith("Gevinst"));
  for (const measure of result.measures) {
    // The measure's row: the first row with its id in column A under a «Realisert <B>» header.
    let place: {
      sheet: (typeof sheets)[number];
      row: number;
      headers: Map<string, number>;
    } | null = null;
    for (const sheet of sheets) {
      let row = -1;
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (c === 0 && cell.value === measure.id && (row < 0 || r < row)) row = r;
      }
      if (row < 0) continue;
      let headerRow = -1;
      for (const [key, cell] of sheet.cells) {
        const [r] = key.split(",").map(Number) as [number, number];
        if (cell.value === `Realisert ${result.years[0]}` && r < row && r > headerRow)
          headerRow = r;
      }
      if (headerRow < 0) continue;
      const headers = new Map<string, number>();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (r === headerRow && typeof cell.value === "string") headers.set(cell.value, c);
      }
      place = { sheet, row, headers };
      break;
    }
    if (!place) throw new Error(`Tiltak ${measure.id} mangler på dypdykkarkene`);
    const { sheet, row, headers } = place;
    result.years.forEach((year) => {
      const cell = (header: string) => sheet.get(row, headers.get(header) ?? -1)?.value ?? null;
      const core = measure.realisation[year];
      const realised = cell(`Realisert ${year}`);
      const deviation = cell(`Avvik kr ${year}`);
      const status = cell(`Realisering ${year}`);
      compared += 3;
      if (!core) {
        for (const [what, value] of [
          ["realisert", realised],
          ["avvik", deviation],
          ["status", status],
        ] as const)
          if (value !== "" && value !== null)
            mismatches.push({
              where: `${measure.id} ${what} ${year} skal være tom`,
              sheet: NaN,
              core: 0,
            });
        return;
      }
      close(mismatches, `${measure.id} realisert ${year}`, realised, core.realised);
      close(mismatches, `${measure.id} avvik ${year}`, deviation, core.deviation);
      if (status !== STATUS_TEXT[core.status])
        mismatches.push({
          where: `${measure.id} status ${year}: ${String(status)} ≠ ${core.status}`,
          sheet: NaN,
          core: 0,
        });
    });
  }
  return compared;
}
