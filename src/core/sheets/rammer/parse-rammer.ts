/**
 * Reads «Gevinst Rammer» back (spec §13): the area dimension and prefix, and the rammeområder with
 * their names and innsparingskrav. Rows are found by label, not position. A row Gevinst wrote
 * from the budget alone (a code, no name, no krav) is no listed area: it is returned as `unlisted`
 * so a refresh without the budget still shows it, and an export does not add it to `areas`.
 */
import {
  AREA_DIMENSIONS,
  type AreaDimension,
  type ByYear,
  type InvalidFields,
  type PortfolioArea,
} from "../../model/portfolio.types";
import type { Issue } from "../../model/issue.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import { quoteSheetName, toA1 } from "../../workbook/address";
import { isBlank } from "../shared/cell-values";
import { readCode, readNumber, readText, type Reader } from "../shared/cell-readers";
import { findLabel, valueAt } from "../shared/parse-grid";
import {
  AREA_DIMENSION_LABELS,
  RAMMER_DIMENSION_LABEL,
  RAMMER_PREFIX_LABEL,
  RAMMER_SUM_LABEL,
  RAMMER_TARGETS_SECTION,
  RAMMER_YEAR_SECTION,
} from "./rammer.layout";

export type ParsedRammer = {
  areaDimension?: AreaDimension;
  areaPrefix?: number;
  areas: PortfolioArea[];
  /** Codes on the sheet that are no listed area (written from the budget). */
  unlisted: string[];
  /** Unreadable cells by portfolio path ("areaPrefix", "areas.0.savingsTarget.2027"). */
  invalid: InvalidFields;
  issues: Issue[];
};

/** The dimension a cell names, as label or code (trimmed, any case), or undefined. */
export function dimensionFromText(text: string): AreaDimension | undefined {
  const wanted = text.trim().toLowerCase();
  return AREA_DIMENSIONS.find(
    (d) => d === wanted || AREA_DIMENSION_LABELS[d].toLowerCase() === wanted,
  );
}

/** The first row of the targets table (the row under its header), or null. */
export function targetsFirstRow(grid: SheetGrid): number | null {
  const section = findLabel(grid, 0, RAMMER_TARGETS_SECTION);
  return section === null ? null : section + 2;
}

export function parseRammerSheet(grid: SheetGrid, years: readonly string[]): ParsedRammer {
  const reader: Reader = { issues: [] };
  const holder: { invalid?: InvalidFields } = {};
  const result: ParsedRammer = { areas: [], unlisted: [], invalid: {}, issues: reader.issues };
  const badValue = (path: string, raw: unknown, row: number, allowed: string) => {
    holder.invalid = { ...(holder.invalid ?? {}), [path]: raw };
    reader.issues.push({
      severity: "error",
      code: "BAD_VALUE",
      key: "CELL_UNKNOWN",
      params: {
        raw: String(raw),
        where: `${quoteSheetName(grid.name)}!${toA1({ row, col: 1 })}`,
        allowed,
      },
      sheet: grid.name,
      cell: toA1({ row, col: 1 }),
    });
  };

  const dimensionRow = findLabel(grid, 0, RAMMER_DIMENSION_LABEL);
  if (dimensionRow !== null) {
    const raw = valueAt(grid, dimensionRow, 1);
    if (!isBlank(raw)) {
      const found = dimensionFromText(String(raw));
      if (found) result.areaDimension = found;
      else
        badValue(
          "areaDimension",
          raw,
          dimensionRow,
          AREA_DIMENSIONS.map((d) => AREA_DIMENSION_LABELS[d]).join(", "),
        );
    }
  }
  const prefixRow = findLabel(grid, 0, RAMMER_PREFIX_LABEL);
  if (prefixRow !== null) {
    const raw = valueAt(grid, prefixRow, 1);
    if (!isBlank(raw)) {
      if (typeof raw === "number" && Number.isInteger(raw) && raw > 0) result.areaPrefix = raw;
      else badValue("areaPrefix", raw, prefixRow, "1, 2, 3 …");
    }
  }

  const first = targetsFirstRow(grid);
  const end = findLabel(grid, 0, RAMMER_SUM_LABEL, first ?? 0);
  if (first !== null && end !== null) {
    for (let row = first; row < end; row++) {
      const id = readCode(valueAt(grid, row, 0));
      if (id === undefined) continue;
      const name = readText(valueAt(grid, row, 1));
      const index = result.areas.length;
      const savingsTarget: ByYear = {};
      years.forEach((year, i) => {
        const value = readNumber(
          reader,
          holder,
          `areas.${index}.savingsTarget.${year}`,
          valueAt(grid, row, 2 + i),
          { sheet: grid.name, row, col: 2 + i },
        );
        if (value !== undefined) savingsTarget[year] = value;
      });
      const hasTarget = Object.keys(savingsTarget).length > 0;
      const invalidHere = Object.keys(holder.invalid ?? {}).some((p) =>
        p.startsWith(`areas.${index}.`),
      );
      if (name === undefined && !hasTarget && !invalidHere) {
        result.unlisted.push(id);
        continue;
      }
      result.areas.push({
        id,
        name: name ?? id,
        ...(hasTarget ? { savingsTarget } : {}),
      });
    }
  }
  result.invalid = holder.invalid ?? {};
  return result;
}

/**
 * The ramme per area and plan year as the sheet shows it now (values Gevinst wrote, or results
 * of its formulas), so a refresh without the budget in hand keeps the figures it cannot compute.
 */
export function readRammeValues(grid: SheetGrid, years: readonly string[]): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  years.forEach((year, i) => {
    const top = findLabel(grid, 0, `${RAMMER_YEAR_SECTION} ${year}`);
    if (top === null) return;
    const end = findLabel(grid, 0, RAMMER_SUM_LABEL, top);
    for (let row = top + 2; end !== null && row < end; row++) {
      const id = readCode(valueAt(grid, row, 0));
      const ramme = valueAt(grid, row, 2);
      if (id === undefined || typeof ramme !== "number") continue;
      const values = byId.get(id) ?? years.map(() => 0);
      values[i] = ramme;
      byId.set(id, values);
    }
  });
  return byId;
}
