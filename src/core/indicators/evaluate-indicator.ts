/**
 * Indicator follow-up (spec §5): achievement, målbane, shortfall and status.
 */
import type { IndicatorResult, IndicatorStatus } from "../calculation/calculation.types";
import { isFiniteNumber } from "../money";
import { isInvalidField } from "../model/read-values";
import type { Indicator, Measurement } from "../model/portfolio.types";
import { toDayNumber } from "./iso-date";

/** The measurement with the latest date, ignoring unreadable ones; the later one in the list wins a tie. */
export function latestMeasurement(indicator: Indicator): Measurement | null {
  let best: { measurement: Measurement; day: number } | null = null;
  indicator.measurements.forEach((measurement, i) => {
    if (isInvalidField(indicator, `measurements.${i}.value`)) return;
    if (isInvalidField(indicator, `measurements.${i}.date`)) return;
    const day = toDayNumber(String(measurement.date));
    if (day === null || !isFiniteNumber(measurement.value)) return;
    if (!best || day >= best.day) best = { measurement, day };
  });
  return best === null ? null : (best as { measurement: Measurement }).measurement;
}

function readable(indicator: Indicator, field: "baseline" | "target"): number | null {
  const value = indicator[field];
  return isFiniteNumber(value) && !isInvalidField(indicator, field) ? value : null;
}

/**
 * Målbane: the expected value on `date`, linear from (baselineDate, baseline) to (targetDate,
 * target), flat after the target date — and flat at the baseline before the baseline date (our
 * choice; the spec is silent). Null when a value or date is missing or the target date is not
 * after the baseline date.
 */
export function targetPathValue(indicator: Indicator, date: string): number | null {
  const baseline = readable(indicator, "baseline");
  const target = readable(indicator, "target");
  const start = indicator.baselineDate ? toDayNumber(indicator.baselineDate) : null;
  const end = indicator.targetDate ? toDayNumber(indicator.targetDate) : null;
  const day = toDayNumber(date);
  if (baseline === null || target === null || start === null || end === null || day === null) {
    return null;
  }
  if (end <= start) return null;
  if (day >= end) return target;
  if (day <= start) return baseline;
  return baseline + ((target - baseline) * (day - start)) / (end - start);
}

/** Rounding noise allowed at the tolerance limits, so 0.1 computed as 0.1000000000001 is still 0.1. */
const LIMIT_EPSILON = 1e-9;

/** i_rute when shortfall ≤ tolerance, folg_med when ≤ 2 × tolerance, else avvik. */
export function indicatorStatus(shortfall: number, tolerance: number): IndicatorStatus {
  if (shortfall <= tolerance + LIMIT_EPSILON) return "i_rute";
  if (shortfall <= 2 * tolerance + LIMIT_EPSILON) return "folg_med";
  return "avvik";
}

/**
 * achievement = (latest − baseline) / (target − baseline); shortfall = (målbane(d) − latest) /
 * |target − baseline| for `okende` and its negative for `minkende`, d = the latest measurement's
 * date; status from the tolerance. Figures that cannot be computed are null.
 */
export function evaluateIndicator(
  indicator: Indicator,
  tolerance: number,
  owner: { measure: string; benefit: string },
): IndicatorResult {
  const latest = latestMeasurement(indicator);
  const baseline = readable(indicator, "baseline");
  const target = readable(indicator, "target");
  const span = baseline !== null && target !== null ? target - baseline : 0;
  const achievement =
    latest && span !== 0 && baseline !== null ? (latest.value - baseline) / span : null;
  const expected = latest ? targetPathValue(indicator, latest.date) : null;
  const directionKnown = !isInvalidField(indicator, "direction");
  let shortfall: number | null = null;
  if (latest && expected !== null && span !== 0 && directionKnown) {
    const behind = (expected - latest.value) / Math.abs(span);
    shortfall = indicator.direction === "minkende" ? -behind : behind;
  }
  return {
    id: indicator.id,
    measure: owner.measure,
    benefit: owner.benefit,
    latest: latest ? latest.value : null,
    latestDate: latest ? latest.date : null,
    achievement,
    expected,
    shortfall,
    status: shortfall === null ? null : indicatorStatus(shortfall, tolerance),
  };
}
