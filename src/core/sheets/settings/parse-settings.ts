/**
 * Reads «Gevinst Innstillinger» and «Gevinst Oversikt»: settings, budget year and organisation,
 * the savings requirement per plan year and the kommune A3's texts. Rows are found by label.
 */
import {
  A3_UNITS_LABEL,
  DEFAULT_PHASE_IN_LABEL,
  SETTINGS_FIELDS,
  type SettingsFieldKey,
} from "./settings.layout";
import { OVERVIEW_FIELDS, OVERVIEW_TARGET_LABEL } from "../overview/overview.layout";
import type { Issue } from "../../model/issue.types";
import type { ByYear, InvalidFields, Settings } from "../../model/portfolio.types";
import { defaultSettings } from "../../model/settings";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { readNumber, readText, type Reader } from "../shared/cell-readers";
import type { OverviewTexts } from "../overview/render-overview";
import { findLabel, valueAt } from "../shared/parse-grid";

export type ParsedSettings = {
  organisation: string;
  budgetYear: number | null;
  settings: Settings;
  /** Unreadable settings, by portfolio path ("settings.hoursPerFte"). */
  invalid: InvalidFields;
  issues: Issue[];
};

/** What the «A3 per enhet» cell holds (spec §11, optional A3s), or null. */
export function a3UnitsCell(grid: SheetGrid | undefined): CellValue {
  if (!grid) return null;
  const row = findLabel(grid, 0, A3_UNITS_LABEL);
  return row === null ? null : valueAt(grid, row, 1);
}

export function parseSettingsSheet(grid: SheetGrid): ParsedSettings {
  const reader: Reader = { issues: [] };
  const holder: { invalid?: InvalidFields } = {};
  const settings = defaultSettings();
  const rowOf = (label: string) => findLabel(grid, 0, label);
  const cell = (key: SettingsFieldKey) => {
    const field = SETTINGS_FIELDS.find((f) => f.key === key);
    const row = field ? rowOf(field.label) : null;
    return {
      value: row === null ? null : valueAt(grid, row, 1),
      at: { sheet: grid.name, row: row ?? 0, col: 1 },
    };
  };
  const num = (key: SettingsFieldKey, path: string) => {
    const { value, at } = cell(key);
    return readNumber(reader, holder, path, value, at);
  };
  const organisation = readText(cell("organisation").value) ?? "";
  const budgetYear = num("budgetYear", "budgetYear");
  const hoursPerFte = num("hoursPerFte", "settings.hoursPerFte");
  if (hoursPerFte !== undefined) settings.hoursPerFte = hoursPerFte;
  settings.hourlyCost = num("hourlyCost", "settings.hourlyCost") ?? 0;
  const basis = (["annualSalary", "holidayPay", "employerTax", "pension"] as const).map((key) =>
    num(key, `settings.salaryBasis.${key}`),
  );
  if (basis.every((value) => value !== undefined)) {
    const [annualSalary, holidayPay, employerTax, pension] = basis;
    settings.salaryBasis = {
      annualSalary: annualSalary as number,
      holidayPay: holidayPay as number,
      employerTax: employerTax as number,
      pension: pension as number,
    };
  }
  const rate = num("discountRate", "settings.discountRate");
  if (rate !== undefined) settings.discountRate = rate;
  const tolerance = num("tolerance", "settings.tolerance");
  if (tolerance !== undefined) settings.tolerance = tolerance;
  const phaseRow = rowOf(DEFAULT_PHASE_IN_LABEL);
  if (phaseRow !== null) {
    for (let i = 0; i < 4; i++) {
      const value = readNumber(
        reader,
        holder,
        `settings.defaultPhaseIn.${i}`,
        valueAt(grid, phaseRow, 1 + i),
        { sheet: grid.name, row: phaseRow, col: 1 + i },
      );
      // Blank is full effect (100 %), as the sheet's «brukt» row; unreadable counts 0 (core rule).
      settings.defaultPhaseIn[i] =
        value ?? (holder.invalid?.[`settings.defaultPhaseIn.${i}`] !== undefined ? 0 : 1);
    }
  }
  return {
    organisation,
    budgetYear: budgetYear ?? null,
    settings,
    invalid: holder.invalid ?? {},
    issues: reader.issues,
  };
}

export type ParsedOverview = {
  texts: OverviewTexts;
  savingsTarget: ByYear;
  invalid: InvalidFields;
  issues: Issue[];
};

export function parseOverviewSheet(grid: SheetGrid, years: readonly string[]): ParsedOverview {
  const reader: Reader = { issues: [] };
  const holder: { invalid?: InvalidFields } = {};
  const texts: OverviewTexts = {};
  for (const field of OVERVIEW_FIELDS) {
    const row = findLabel(grid, 0, field.label);
    const text = row === null ? undefined : readText(valueAt(grid, row, 1));
    if (text !== undefined) (texts as Record<string, string>)[field.key] = text;
  }
  const savingsTarget: ByYear = {};
  const row = findLabel(grid, 0, OVERVIEW_TARGET_LABEL);
  if (row !== null) {
    years.forEach((year, i) => {
      const value = readNumber(reader, holder, `savingsTarget.${year}`, valueAt(grid, row, 1 + i), {
        sheet: grid.name,
        row,
        col: 1 + i,
      });
      if (value !== undefined) savingsTarget[year] = value;
    });
  }
  return { texts, savingsTarget, invalid: holder.invalid ?? {}, issues: reader.issues };
}
