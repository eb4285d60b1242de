/**
 * The tertial follow-up sections of a deep-dive sheet (spec §14): «Realisert per periode» (one
 * benefit, year and period per row) and «Periodeprofil» (one benefit and period per row). A row
 * naming no benefit on the sheet is reported. The period is read trimmed in capitals («t2» is
 * T2); whether it belongs to the portfolio's scheme is validation's (PERIOD_OUTSIDE_SCHEME).
 * Two rows for the same benefit, year and period add up, as the sheet's SUMIFS does.
 */
import { isBlank } from "../shared/cell-values";
import {
  missingField,
  readCode,
  readNumber,
  readText,
  unknownBenefit,
  type CellPlace,
} from "../shared/cell-readers";
import { BENEFIT_SECTION } from "./deep-dive.layout";
import type { BenefitsById } from "./read-benefits";
import type { SectionRow, SheetReadContext } from "./deep-dive-sections";
import type { ForecastField, PeriodField, ProfileField } from "./deep-dive.layout";
import type { Measure } from "../../model/portfolio.types";
import { yearField } from "../shared/layout.types";

/**
 * The benefit a row names, with the row counted as its measure's and the place of a cell on it;
 * undefined (reported) when the row names no benefit on the sheet.
 */
function benefitRow<F extends PeriodField | ProfileField>(
  r: SectionRow<F>,
  benefits: BenefitsById,
  context: SheetReadContext,
) {
  // Both sections name the benefit in a «benefit» column.
  const column = "benefit" as F;
  const id = readCode(r.get(column));
  const found = id ? benefits.get(id) : undefined;
  if (!id) missingField(context.reader, r.at(column), "gevinst-id");
  else if (!found) unknownBenefit(context.reader, r.at(column), id, BENEFIT_SECTION.title);
  if (!found) return undefined;
  const { benefit, measure } = found;
  context.rowEntities.set(r.row, `measure:${measure.id}`);
  const place = (field: F): CellPlace => ({
    ...r.at(field),
    measure: measure.id,
    benefit: benefit.id,
  });
  return { benefit, place };
}

export function readPeriods(
  rows: readonly SectionRow<PeriodField>[],
  benefits: BenefitsById,
  context: SheetReadContext,
): void {
  const { reader } = context;
  for (const r of rows) {
    const found = benefitRow(r, benefits, context);
    if (!found) continue;
    const { benefit, place: p } = found;
    const yearCell = r.get("year");
    const year =
      typeof yearCell === "number" && Number.isInteger(yearCell)
        ? String(yearCell)
        : readCode(yearCell);
    const period = readCode(r.get("period"))?.toUpperCase();
    if (!year) {
      missingField(reader, p("year"), "år");
      continue;
    }
    if (!period) {
      missingField(reader, p("period"), "periode");
      continue;
    }
    if (isBlank(r.get("value"))) {
      missingField(reader, p("value"), "realisert");
      continue;
    }
    const value = readNumber(
      reader,
      benefit,
      `realisedPeriods.${year}.${period}`,
      r.get("value"),
      p("value"),
    );
    const byYear = (benefit.realisedPeriods ??= {});
    const periods = (byYear[year] ??= {});
    if (value !== undefined) periods[period] = (periods[period] ?? 0) + value;
  }
}

export function readProfiles(
  rows: readonly SectionRow<ProfileField>[],
  benefits: BenefitsById,
  context: SheetReadContext,
): void {
  const { reader } = context;
  for (const r of rows) {
    const found = benefitRow(r, benefits, context);
    if (!found) continue;
    const { benefit, place: p } = found;
    const period = readCode(r.get("period"))?.toUpperCase();
    if (!period) {
      missingField(reader, p("period"), "periode");
      continue;
    }
    const share = readNumber(
      reader,
      benefit,
      `periodProfile.${period}`,
      r.get("share"),
      p("share"),
      "share",
    );
    const profile = (benefit.periodProfile ??= {});
    if (share !== undefined) profile[period] = (profile[period] ?? 0) + share;
  }
}

/** «Prognose» (spec §14): per measure on the sheet, the prognosis per year and its texts. */
export function readForecasts(
  rows: readonly SectionRow<ForecastField>[],
  measures: ReadonlyMap<string, Measure>,
  context: SheetReadContext,
): void {
  const { reader, years, rowEntities } = context;
  for (const r of rows) {
    const id = readCode(r.get("measure"));
    const measure = id ? measures.get(id) : undefined;
    if (!measure) {
      missingField(reader, r.at("measure"), "tiltak-id");
      continue;
    }
    rowEntities.set(r.row, `measure:${measure.id}`);
    const p = (field: ForecastField): CellPlace => ({ ...r.at(field), measure: measure.id });
    years.forEach((year, i) => {
      const value = readNumber(
        reader,
        measure,
        `forecast.${year}`,
        r.get(yearField("forecast", i)),
        p(yearField("forecast", i)),
      );
      if (value !== undefined) (measure.forecast ??= {})[year] = value;
    });
    for (const key of ["deviationNote", "correctiveAction"] as const) {
      const text = readText(r.get(key));
      if (text !== undefined) measure[key] = text;
    }
  }
}
