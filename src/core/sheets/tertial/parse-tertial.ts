/**
 * Reads the follow-up settings back from «Gevinst Tertial» (spec §14): per tertial or month,
 * and the period reported to. Labels are found in column A, so a moved row still reads.
 */
import type { FollowUpScheme } from "../../model/portfolio.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import { isBlank } from "../shared/cell-values";
import { findLabel, valueAt } from "../shared/parse-grid";
import { TERTIAL_PERIOD_LABEL, TERTIAL_SCHEME_LABEL, TERTIAL_VALUE_COL } from "./tertial.layout";

export type TertialSettings = {
  followUpPeriods?: FollowUpScheme;
  followUpPeriod?: string;
  /** Values that could not be read, by settings path, kept as typed. */
  invalid: Record<string, unknown>;
};

const SCHEMES: Record<string, FollowUpScheme> = {
  tertial: "tertial",
  måned: "month",
  maned: "month",
  month: "month",
};

export function parseTertialSheet(grid: SheetGrid): TertialSettings {
  const result: TertialSettings = { invalid: {} };
  const schemeRow = findLabel(grid, 0, TERTIAL_SCHEME_LABEL, 0);
  if (schemeRow !== null) {
    const value = valueAt(grid, schemeRow, TERTIAL_VALUE_COL);
    if (!isBlank(value)) {
      const scheme = SCHEMES[String(value).trim().toLowerCase()];
      if (scheme) result.followUpPeriods = scheme;
      else result.invalid["settings.followUpPeriods"] = value;
    }
  }
  const periodRow = findLabel(grid, 0, TERTIAL_PERIOD_LABEL, 0);
  if (periodRow !== null) {
    const value = valueAt(grid, periodRow, TERTIAL_VALUE_COL);
    if (!isBlank(value)) result.followUpPeriod = String(value).trim().toUpperCase();
  }
  return result;
}
