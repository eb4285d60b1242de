/**
 * Renders «Gevinst Innstillinger». The «brukt» rows apply the core's fallbacks (resolveSettings):
 * hours per årsverk > 0 else 1 695; a typed timekost > 0, else the derivation from salary, holiday
 * pay, employer's tax and pension when all four are numbers, else 0 (text typed as timekost gives
 * 0); a discount rate within 0 ≤ r < 1, else 4 %; a default innfasing within 0–1, blank 100 %.
 */
import {
  DEFAULT_PHASE_IN_LABEL,
  DEFAULT_PHASE_IN_USED_LABEL,
  PLAN_YEARS_LABEL,
  A3_UNITS_LABEL,
  A3_UNITS_NOTE,
  SETTINGS_FIELDS,
  SETTINGS_TITLE,
  SETTINGS_USED,
} from "./settings.layout";
import { SHEET_SETTINGS } from "../shared/sheet-names";
import {
  FORMAT_RATE,
  STYLE_HEADER,
  STYLE_HINT,
  STYLE_LABEL,
  STYLE_TITLE,
  formulaStyle,
  inputStyle,
} from "../shared/styles";
import type { Portfolio } from "../../model/portfolio.types";
import { DEFAULT_SETTINGS } from "../../model/settings";
import type { CellValue } from "../../workbook/workbook-port";
import { cellFor } from "../shared/cell-values";
import type { SettingsRefs } from "../deep-dive/deep-dive-formulas";
import { cellRef, fractionOf } from "../shared/formulas";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";

export const SETTINGS_FIRST_ROW = 2;

/** Rows of the settings sheet (0-based), fixed by the layout. */
export function settingsRows(): Record<string, number> {
  const rows: Record<string, number> = {};
  let row = SETTINGS_FIRST_ROW;
  for (const field of SETTINGS_FIELDS) rows[field.key] = row++;
  row++;
  rows.planYears = row++;
  rows.defaultPhaseIn = row++;
  rows.defaultPhaseInUsed = row++;
  row++;
  for (const used of SETTINGS_USED) rows[used.key] = row++;
  row++;
  rows.a3Units = row++;
  return rows;
}

/** Absolute references to the «brukt» cells, for the formulas on other sheets. */
export function settingsRefs(): SettingsRefs {
  const rows = settingsRows();
  const ref = (row: number, col: number) => cellRef(row, col, { sheet: SHEET_SETTINGS, abs: true });
  return {
    hourlyCost: ref(rows.hourlyCostUsed as number, 1),
    discountRate: ref(rows.discountRateUsed as number, 1),
    defaultPhaseIn: [0, 1, 2, 3].map((i) => ref(rows.defaultPhaseInUsed as number, 1 + i)),
    tolerance: ref(rows.tolerance as number, 1),
  };
}

/**
 * @param a3Units what the «A3 per enhet» cell holds now (the portfolio has no field for it: the
 *   sheet is where it lives), written back as it is.
 */
export function renderSettings(portfolio: Portfolio, a3Units: CellValue = null): SheetDraft {
  const draft = new SheetDraft(SHEET_SETTINGS);
  const rows = settingsRows();
  draft.structure = JSON.stringify(rows);
  draft.label(0, 0, SETTINGS_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  const s = portfolio.settings;
  const basis = s.salaryBasis;
  const values: Record<string, CellValue> = {
    organisation: portfolio.organisation,
    budgetYear: portfolio.budgetYear,
    hoursPerFte: cellFor(portfolio, "settings.hoursPerFte", s.hoursPerFte),
    hourlyCost: cellFor(portfolio, "settings.hourlyCost", s.hourlyCost !== 0 ? s.hourlyCost : null),
    annualSalary: cellFor(
      portfolio,
      "settings.salaryBasis.annualSalary",
      basis?.annualSalary ?? null,
    ),
    holidayPay: cellFor(portfolio, "settings.salaryBasis.holidayPay", basis?.holidayPay ?? null),
    employerTax: cellFor(portfolio, "settings.salaryBasis.employerTax", basis?.employerTax ?? null),
    pension: cellFor(portfolio, "settings.salaryBasis.pension", basis?.pension ?? null),
    discountRate: cellFor(portfolio, "settings.discountRate", s.discountRate),
    tolerance: cellFor(portfolio, "settings.tolerance", s.tolerance),
  };
  for (const field of SETTINGS_FIELDS) {
    const row = rows[field.key] as number;
    draft.label(row, 0, field.label);
    draft.input(row, 1, values[field.key] ?? null, "settings");
    const style = inputStyle(field.value);
    draft.format(
      at(row, 1),
      field.key === "discountRate" || field.key === "employerTax"
        ? { ...style, numberFormat: FORMAT_RATE }
        : style,
    );
    if (field.note) {
      draft.label(row, 2, field.note);
      draft.format(at(row, 2), STYLE_HINT);
    }
  }
  const b = (key: string) => cellRef(rows[key] as number, 1, { abs: true });
  const yearRow = rows.planYears as number;
  draft.label(yearRow, 0, PLAN_YEARS_LABEL);
  draft.label(rows.defaultPhaseIn as number, 0, DEFAULT_PHASE_IN_LABEL);
  draft.label(rows.defaultPhaseInUsed as number, 0, DEFAULT_PHASE_IN_USED_LABEL);
  for (let i = 0; i < 4; i++) {
    draft.formula(yearRow, 1 + i, `${b("budgetYear")}+${i}`);
    const cell = cellRef(rows.defaultPhaseIn as number, 1 + i);
    draft.input(
      rows.defaultPhaseIn as number,
      1 + i,
      cellFor(portfolio, `settings.defaultPhaseIn.${i}`, s.defaultPhaseIn[i] ?? null),
      "settings",
    );
    draft.formula(rows.defaultPhaseInUsed as number, 1 + i, fractionOf(cell, "1"));
  }
  draft.format(at(yearRow, 1, 1, 4), STYLE_HEADER);
  draft.format(at(rows.defaultPhaseIn as number, 1, 1, 4), inputStyle("fraction"));
  draft.format(at(rows.defaultPhaseInUsed as number, 1, 1, 4), formulaStyle("fraction"));

  const hpf = b("hoursPerFte");
  const hoursUsed = `IF(AND(ISNUMBER(${hpf}),${hpf}>0),${hpf},${DEFAULT_SETTINGS.hoursPerFte})`;
  const [sal, hol, emp, pen] = ["annualSalary", "holidayPay", "employerTax", "pension"].map(b) as [
    string,
    string,
    string,
    string,
  ];
  const derived = `IF(COUNT(${sal},${hol},${emp},${pen})=4,${sal}*(1+${hol})*(1+${emp})*(1+${pen})/${b("hoursPerFteUsed")},0)`;
  const tc = b("hourlyCost");
  const rate = b("discountRate");
  const used: Record<string, string> = {
    hoursPerFteUsed: hoursUsed,
    hourlyCostUsed: `IF(ISNUMBER(${tc}),IF(${tc}>0,${tc},${derived}),IF(${tc}="",${derived},0))`,
    discountRateUsed: `IF(AND(ISNUMBER(${rate}),${rate}>=0,${rate}<1),${rate},${DEFAULT_SETTINGS.discountRate})`,
  };
  for (const item of SETTINGS_USED) {
    const row = rows[item.key] as number;
    draft.label(row, 0, item.label);
    draft.formula(row, 1, used[item.key] as string);
    draft.format(
      at(row, 1),
      item.key === "discountRateUsed"
        ? { ...formulaStyle("number"), numberFormat: FORMAT_RATE }
        : formulaStyle(item.key === "hourlyCostUsed" ? "number" : "hours"),
    );
  }
  draft.format(
    at(SETTINGS_FIRST_ROW, 0, (rows.discountRateUsed as number) - SETTINGS_FIRST_ROW + 1, 1),
    STYLE_LABEL,
  );
  const unitsRow = rows.a3Units as number;
  draft.label(unitsRow, 0, A3_UNITS_LABEL);
  draft.format(at(unitsRow, 0), STYLE_LABEL);
  draft.input(unitsRow, 1, a3Units, "settings");
  draft.format(at(unitsRow, 1), inputStyle("text"));
  draft.label(unitsRow, 2, A3_UNITS_NOTE);
  draft.format(at(unitsRow, 2), STYLE_HINT);
  draft.widths.push(
    { col: 0, width: 32 },
    { col: 1, width: 14 },
    { col: 2, width: 14 },
    { col: 3, width: 14 },
    { col: 4, width: 14 },
  );
  draft.freeze = { rows: 1, cols: 0 };
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, draft.usedRows(), draft.width),
    0,
    SETTINGS_TITLE,
  );
  return draft;
}
