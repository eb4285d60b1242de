/**
 * What the calculation returns (spec §3–§5). All amounts are kroner (`Nok`) as unrounded doubles;
 * hours are hours per year; per-year records are keyed by plan year as text ("2027").
 */
import type { BudgetLine } from "../budget/budget.types";
import type { Nok } from "../money";
import type { BudgetKey, MeasureStatus, NormalisedKey } from "../model/portfolio.types";

/**
 * The budget as the calculation sees it: the other helper's budget index satisfies this
 * structurally. Matching rules (trimmed text, 254 == "254", prosjekt omitted = no project) belong
 * to the index; the core only asks.
 */
export type BudgetLookup = {
  /** Every budget line the key matches: none, one, or several (ambiguous). */
  findLines(key: BudgetKey): BudgetLine[];
};

/** One benefit in one plan year. */
export type BenefitYear = {
  /** value(b,t): kroner (for `tid`: hours × hourly cost; 0 for `kvalitet`). */
  value: Nok;
  /** expected(b,t) = value × confidence. */
  expected: Nok;
  /** withdrawable(b,t) = expected × withdrawalShare for `uttak`, else 0. */
  withdrawable: Nok;
  /** Hours per year freed (`tid` + `omdisponering` only). */
  freedHours: number;
  /** freedHours / hoursPerFte (årsverk). */
  freedFte: number;
};

export type BenefitResult = {
  id: string;
  years: Record<string, BenefitYear>;
  total: BenefitYear;
};

/** One measure (or a sum of measures) in one plan year. */
export type YearFigures = {
  gross: Nok;
  expected: Nok;
  withdrawable: Nok;
  cost: Nok;
  /** gross − cost */
  net: Nok;
  /** expected − cost */
  expectedNet: Nok;
  /** withdrawable − cost: what the measure does to the budget's bottom line. */
  budgetNet: Nok;
  freedHours: number;
  /** freedHours / hoursPerFte (årsverk). Not in the report JSON. */
  freedFte: number;
  /**
   * Σ_b realisedValue(b,t) (spec §12): kroner realised, 0 where nothing is realised. Whether
   * anything was realised at all is in `MeasureResult.realisation`.
   */
  realised: Nok;
};

export type RealisationStatus = "i_rute" | "folg_med" | "avvik";

/** One measure in one plan year with a realised figure (spec §12). */
export type RealisationYear = {
  /** realisedValue(m,t) in kroner. */
  realised: Nok;
  /** realised − expected */
  deviation: Nok;
  /** realised / expected, null when expected is 0. */
  rate: number | null;
  status: RealisationStatus;
};

export type MeasureResult = {
  id: string;
  status: MeasureStatus;
  counted: boolean;
  benefits: BenefitResult[];
  years: Record<string, YearFigures>;
  /** Sum over the four plan years. */
  total: YearFigures;
  /** Net present value of expectedNet in budget-year kroner (the budget year undiscounted). */
  npv: Nok;
  /** First plan year the measure pays back (spec §3), or null. */
  paybackYear: number | null;
  /** Counted measures only: the plan years with any realised figure (spec §12). */
  realisation: Record<string, RealisationYear>;
};

export type AggregateResult = {
  years: Record<string, YearFigures>;
  total: YearFigures;
};

export type AdjustmentYear = {
  /** The line's own amount (0 when the line is not in the budget). */
  original: Nok;
  /** −Σ withdrawable × share + Σ costs put on this line. */
  adjustment: Nok;
  /** original + adjustment */
  adjusted: Nok;
  /** Σ withdrawable × share taken off this line (positive = taken out). Used by the LINE_OVERDRAWN guard. */
  withdrawn: Nok;
  /** Σ costs of counted measures put on this line. */
  addedCost: Nok;
  /** The accounts (regnskap) for this year, where the budget has a regnskap column for it (spec §12). */
  actual?: Nok;
  /** actual − adjusted: did the uttak happen on the ledger? Set with `actual`. */
  actualVsAdjusted?: Nok;
};

export type BudgetAdjustment = {
  /** Normalised key: trimmed codes, prosjekt "" for no project. */
  key: NormalisedKey;
  /** The budget line, when exactly one matched. */
  line: BudgetLine | null;
  /** Measures that take out of or add costs to this line (including those innarbeidet i budsjettet). */
  measures: string[];
  years: Record<string, AdjustmentYear>;
};

export type BalanceYear = {
  /** savingsTarget(t) */
  target: Nok;
  /** Σ counted budgetNet(t) */
  budgetNet: Nok;
  /** target − budgetNet */
  gap: Nok;
  /** gap ≤ 0 */
  balanced: boolean;
};

export type IndicatorStatus = "i_rute" | "folg_med" | "avvik";

export type IndicatorResult = {
  id: string;
  measure: string;
  benefit: string;
  /** Value of the measurement with the latest date, or null. */
  latest: number | null;
  latestDate: string | null;
  /** (latest − baseline) / (target − baseline), or null. */
  achievement: number | null;
  /** Målbane on the latest measurement's date, or null when it cannot be drawn. */
  expected: number | null;
  /** Shortfall against the målbane as a fraction of |target − baseline| (positive = behind). */
  shortfall: number | null;
  status: IndicatorStatus | null;
};

export type PortfolioResult = {
  budgetYear: number;
  /** The four plan years B..B+3. */
  years: [string, string, string, string];
  /** Hourly cost actually used (kr per hour), typed or derived. */
  hourlyCost: Nok;
  measures: MeasureResult[];
  /** Counted measures. */
  totals: AggregateResult;
  /** All measures except `avbrutt`. */
  pipeline: AggregateResult;
  budgetAdjustments: BudgetAdjustment[];
  balance: Record<string, BalanceYear>;
  indicators: IndicatorResult[];
};

export type CalculationOptions = {
  /** The budget; without it adjustments are keyed by the links themselves with original 0. */
  budget?: BudgetLookup;
};
