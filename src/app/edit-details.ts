/**
 * The rest of what the budget officer used to type in the sheets, as pure edits for the pane:
 * innsparingskrav per plan year; a measure's name, status, owner, costs and cost line; a benefit's
 * effect, innfasing, konfidens and uttaksandel; indicators and measurements; and deleting a
 * measure, a benefit or a benefit's links. Run through `applyPortfolioEdit` like the others.
 */
import type {
  Benefit,
  BudgetKey,
  ByYear,
  Indicator,
  IndicatorDirection,
  Measure,
  MeasureStatus,
  Portfolio,
} from "../core/model/portfolio.types";
import { EditError, nextId, required } from "./edit-portfolio";

function measureOf(portfolio: Portfolio, id: string): Measure {
  const found = portfolio.measures.find((m) => m.id === id);
  if (!found) throw new EditError("EDIT_MEASURE_NOT_FOUND", { id });
  return found;
}

function benefitOf(portfolio: Portfolio, measureId: string, benefitId: string): Benefit {
  const found = measureOf(portfolio, measureId).benefits.find((b) => b.id === benefitId);
  if (!found) throw new EditError("EDIT_BENEFIT_NOT_FOUND", { id: benefitId });
  return found;
}

function withBenefit(
  portfolio: Portfolio,
  measureId: string,
  benefitId: string,
  edit: (b: Benefit) => Benefit,
): Portfolio {
  benefitOf(portfolio, measureId, benefitId);
  return {
    ...portfolio,
    measures: portfolio.measures.map((m) =>
      m.id !== measureId
        ? m
        : { ...m, benefits: m.benefits.map((b) => (b.id === benefitId ? edit(b) : b)) },
    ),
  };
}

/** Only the years given; a missing year is 0 in the model, so blanks are left out. */
function byYear(values: Record<string, number | null>): ByYear {
  const out: ByYear = {};
  for (const [year, value] of Object.entries(values)) if (value !== null) out[year] = value;
  return out;
}

function fraction(
  value: number | undefined,
  field: "phaseIn" | "confidence" | "withdrawalShare",
): number | undefined {
  if (value === undefined) return undefined;
  if (!(value >= 0 && value <= 1)) throw new EditError("EDIT_FRACTION_RANGE", { field });
  return value;
}

/** Innsparingskrav per plan year (kr); a blank year has no requirement. */
export function setSavingsTarget(
  portfolio: Portfolio,
  values: Record<string, number | null>,
): Portfolio {
  return { ...portfolio, savingsTarget: byYear(values) };
}

export type MeasureDetails = {
  name: string;
  status: MeasureStatus;
  owner: string;
  oneTime: Record<string, number | null>;
  running: Record<string, number | null>;
  /** The budget line the costs are booked on; null removes it. */
  costLink: BudgetKey | null;
};

export function updateMeasure(portfolio: Portfolio, id: string, input: MeasureDetails): Portfolio {
  const name = required(input.name, "measure");
  measureOf(portfolio, id);
  const owner = input.owner.trim();
  return {
    ...portfolio,
    measures: portfolio.measures.map((m) => {
      if (m.id !== id) return m;
      const next: Measure = {
        ...m,
        name,
        status: input.status,
        costs: { oneTime: byYear(input.oneTime), running: byYear(input.running) },
      };
      delete next.owner;
      delete next.costLink;
      return {
        ...next,
        ...(owner ? { owner } : {}),
        ...(input.costLink ? { costLink: input.costLink } : {}),
      };
    }),
  };
}

export function deleteMeasure(portfolio: Portfolio, id: string): Portfolio {
  measureOf(portfolio, id);
  return { ...portfolio, measures: portfolio.measures.filter((m) => m.id !== id) };
}

export type BenefitDetails = {
  name: string;
  annual: number;
  /** Share of the full effect per plan year (0–1); all null: the workbook's default innfasing. */
  phaseIn: Record<string, number | null>;
  confidence: number | undefined;
  withdrawalShare: number | undefined;
};

export function updateBenefit(
  portfolio: Portfolio,
  measureId: string,
  benefitId: string,
  input: BenefitDetails,
): Portfolio {
  const name = required(input.name, "benefit");
  if (!Number.isFinite(input.annual)) throw new EditError("EDIT_ANNUAL_NOT_NUMBER");
  const phaseIn = byYear(input.phaseIn);
  for (const share of Object.values(phaseIn)) fraction(share, "phaseIn");
  const confidence = fraction(input.confidence, "confidence");
  const withdrawal = fraction(input.withdrawalShare, "withdrawalShare");
  return withBenefit(portfolio, measureId, benefitId, (b) => {
    const next: Benefit = { ...b, name, annual: b.type === "kvalitet" ? 0 : input.annual };
    delete next.phaseIn;
    delete next.confidence;
    delete next.withdrawalShare;
    return {
      ...next,
      ...(Object.keys(phaseIn).length > 0 ? { phaseIn } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
      ...(withdrawal !== undefined && b.budgetEffect === "uttak"
        ? { withdrawalShare: withdrawal }
        : {}),
    };
  });
}

export function deleteBenefit(
  portfolio: Portfolio,
  measureId: string,
  benefitId: string,
): Portfolio {
  benefitOf(portfolio, measureId, benefitId);
  return {
    ...portfolio,
    measures: portfolio.measures.map((m) =>
      m.id !== measureId ? m : { ...m, benefits: m.benefits.filter((b) => b.id !== benefitId) },
    ),
  };
}

export type IndicatorInput = {
  name: string;
  direction: IndicatorDirection;
  baseline: number | undefined;
  target: number | undefined;
};

/** A new indicator on a benefit (id I1, I2, … across the portfolio). */
export function addIndicator(
  portfolio: Portfolio,
  measureId: string,
  benefitId: string,
  input: IndicatorInput,
): { portfolio: Portfolio; id: string } {
  const name = required(input.name, "indicator");
  const taken = portfolio.measures.flatMap((m) =>
    m.benefits.flatMap((b) => b.indicators.map((i) => i.id)),
  );
  const id = nextId("I", taken);
  const indicator: Indicator = {
    id,
    name,
    direction: input.direction,
    ...(input.baseline !== undefined ? { baseline: input.baseline } : {}),
    ...(input.target !== undefined ? { target: input.target } : {}),
    measurements: [],
  };
  return {
    portfolio: withBenefit(portfolio, measureId, benefitId, (b) => ({
      ...b,
      indicators: [...b.indicators, indicator],
    })),
    id,
  };
}

/** A measurement (ISO date, value) on an indicator, kept in date order. */
export function addMeasurement(
  portfolio: Portfolio,
  measureId: string,
  benefitId: string,
  indicatorId: string,
  measurement: { date: string; value: number },
): Portfolio {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(measurement.date)) throw new EditError("EDIT_DATE_FORMAT");
  if (!Number.isFinite(measurement.value)) throw new EditError("EDIT_MEASUREMENT_NOT_NUMBER");
  const benefit = benefitOf(portfolio, measureId, benefitId);
  if (!benefit.indicators.some((i) => i.id === indicatorId))
    throw new EditError("EDIT_INDICATOR_NOT_FOUND", { id: indicatorId });
  return withBenefit(portfolio, measureId, benefitId, (b) => ({
    ...b,
    indicators: b.indicators.map((i) =>
      i.id !== indicatorId
        ? i
        : {
            ...i,
            measurements: [...i.measurements, measurement].sort((x, y) =>
              x.date.localeCompare(y.date),
            ),
          },
    ),
  }));
}
