/**
 * The «Indikatorer» and «Målinger» sections of a deep-dive sheet: indicators under each benefit,
 * and the measurements under each indicator.
 */
import { INDICATOR_DIRECTIONS, type Indicator, type Measure } from "../../model/portfolio.types";
import {
  missingField,
  readCode,
  readDate,
  readEnum,
  readNumber,
  readText,
  type CellPlace,
} from "../shared/cell-readers";
import type { SectionRow, SheetReadContext } from "./deep-dive-sections";
import type { IndicatorField, MeasurementField } from "./deep-dive.layout";
import type { BenefitsById } from "./read-benefits";

/** Indicators by id, each with the measure whose benefit it belongs to. */
export type IndicatorsById = Map<string, { indicator: Indicator; measure: Measure }>;

/** Reads the indicators and adds each to its benefit; one without benefit or id is skipped. */
export function readIndicators(
  rows: readonly SectionRow<IndicatorField>[],
  benefits: BenefitsById,
  context: SheetReadContext,
): IndicatorsById {
  const { reader, rowEntities } = context;
  const indicators: IndicatorsById = new Map();
  for (const r of rows) {
    const benefitId = readCode(r.get("benefit"));
    const id = readCode(r.get("id"));
    const owner = benefitId ? benefits.get(benefitId) : undefined;
    if (!owner || !id) {
      missingField(reader, r.at(owner ? "id" : "benefit"), owner ? "indikator-id" : "gevinst-id");
      continue;
    }
    const p = (field: IndicatorField): CellPlace => ({
      ...r.at(field),
      measure: owner.measure.id,
      benefit: owner.benefit.id,
      indicator: id,
    });
    const indicator: Indicator = {
      id,
      name: readText(r.get("name")) ?? "",
      direction: "okende",
      measurements: [],
    };
    const unit = readText(r.get("unit"));
    if (unit !== undefined) indicator.unit = unit;
    for (const key of ["owner", "plan"] as const) {
      const text = readText(r.get(key));
      if (text !== undefined) indicator[key] = text;
    }
    const direction = readEnum(
      reader,
      indicator,
      "direction",
      r.get("direction"),
      INDICATOR_DIRECTIONS,
      p("direction"),
    );
    if (direction) indicator.direction = direction;
    const baseline = readNumber(reader, indicator, "baseline", r.get("baseline"), p("baseline"));
    if (baseline !== undefined) indicator.baseline = baseline;
    const baselineDate = readDate(
      reader,
      indicator,
      "baselineDate",
      r.get("baselineDate"),
      p("baselineDate"),
    );
    if (baselineDate !== undefined) indicator.baselineDate = baselineDate;
    const target = readNumber(reader, indicator, "target", r.get("target"), p("target"));
    if (target !== undefined) indicator.target = target;
    const targetDate = readDate(
      reader,
      indicator,
      "targetDate",
      r.get("targetDate"),
      p("targetDate"),
    );
    if (targetDate !== undefined) indicator.targetDate = targetDate;
    const frequency = readText(r.get("frequency"));
    if (frequency !== undefined) indicator.frequency = frequency;
    owner.benefit.indicators.push(indicator);
    indicators.set(id, { indicator, measure: owner.measure });
    rowEntities.set(r.row, `measure:${owner.measure.id}`);
  }
  return indicators;
}

/** Reads the measurements and adds each to its indicator; an unreadable date or value is kept as invalid. */
export function readMeasurements(
  rows: readonly SectionRow<MeasurementField>[],
  indicators: IndicatorsById,
  context: SheetReadContext,
): void {
  const { reader, rowEntities } = context;
  for (const r of rows) {
    const indicatorId = readCode(r.get("indicator"));
    const owner = indicatorId ? indicators.get(indicatorId) : undefined;
    if (!owner) {
      missingField(reader, r.at("indicator"), "indikator-id");
      continue;
    }
    const i = owner.indicator.measurements.length;
    const p = (field: MeasurementField): CellPlace => ({
      ...r.at(field),
      measure: owner.measure.id,
      indicator: owner.indicator.id,
    });
    const date =
      readDate(reader, owner.indicator, `measurements.${i}.date`, r.get("date"), p("date")) ?? "";
    const value =
      readNumber(reader, owner.indicator, `measurements.${i}.value`, r.get("value"), p("value")) ??
      0;
    owner.indicator.measurements.push({ date, value });
    rowEntities.set(r.row, `measure:${owner.measure.id}`);
  }
}
