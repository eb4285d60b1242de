/**
 * The tertial follow-up from the pane (spec §14): a line manager's realised per period, the
 * prognosis for the year, why it deviates and what is done about it — pure edits, applied through
 * the sheets like the others (`applyPortfolioEdit`).
 */
import type { Benefit, Measure, Portfolio } from "../core/model/portfolio.types";
import { isPeriodOf, schemeOf } from "../core/follow-up";
import { EditError } from "./edit-portfolio";

export type FollowUpInput = {
  measureId: string;
  year: string;
  /** Per benefit id, realised per period (null: blank). Benefits left out are not touched. */
  periods: Record<string, Record<string, number | null>>;
  /** The prognosis for the year; null: none entered (Gevinst computes one from the periods). */
  forecast: number | null;
  deviationNote: string;
  correctiveAction: string;
};

function withPeriods(
  benefit: Benefit,
  year: string,
  values: Record<string, number | null>,
): Benefit {
  const periods: Record<string, number> = {};
  for (const [period, value] of Object.entries(values)) {
    if (value === null) continue;
    if (!Number.isFinite(value)) throw new EditError("EDIT_FOLLOW_UP_NUMBER", { period });
    periods[period] = value;
  }
  const next: Benefit = { ...benefit };
  const all = { ...(benefit.realisedPeriods ?? {}) };
  if (Object.keys(periods).length > 0) {
    all[year] = periods;
    // The year's realised is the sum of its periods (spec §14): a year figure typed before would
    // only disagree with them (REALISED_NOT_PERIOD_SUM), so the periods replace it.
    if (next.realised && year in next.realised) {
      const realised = { ...next.realised };
      delete realised[year];
      next.realised = realised;
    }
  } else delete all[year];
  if (Object.keys(all).length > 0) next.realisedPeriods = all;
  else delete next.realisedPeriods;
  return next;
}

/** Sets a measure's follow-up for one year; the benefits named in `periods` get their periods. */
export function setFollowUp(portfolio: Portfolio, input: FollowUpInput): Portfolio {
  const measure = portfolio.measures.find((m) => m.id === input.measureId);
  if (!measure) throw new EditError("EDIT_MEASURE_NOT_FOUND", { id: input.measureId });
  const scheme = schemeOf(portfolio.settings);
  for (const values of Object.values(input.periods))
    for (const period of Object.keys(values))
      if (!isPeriodOf(scheme, period)) throw new EditError("EDIT_FOLLOW_UP_PERIOD", { period });
  if (input.forecast !== null && !Number.isFinite(input.forecast))
    throw new EditError("EDIT_FOLLOW_UP_NUMBER", { period: input.year });

  const next: Measure = {
    ...measure,
    benefits: measure.benefits.map((b) =>
      input.periods[b.id] && b.type !== "kvalitet"
        ? withPeriods(b, input.year, input.periods[b.id] ?? {})
        : b,
    ),
  };
  const forecast = { ...(measure.forecast ?? {}) };
  if (input.forecast === null) delete forecast[input.year];
  else forecast[input.year] = input.forecast;
  if (Object.keys(forecast).length > 0) next.forecast = forecast;
  else delete next.forecast;
  const note = input.deviationNote.trim();
  const action = input.correctiveAction.trim();
  if (note) next.deviationNote = note;
  else delete next.deviationNote;
  if (action) next.correctiveAction = action;
  else delete next.correctiveAction;
  return {
    ...portfolio,
    measures: portfolio.measures.map((m) => (m.id === measure.id ? next : m)),
  };
}
