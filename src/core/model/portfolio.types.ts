/**
 * The Gevinst model (shared/spec/gevinst-model.md §1–§7, §11–§12) as plain data.
 *
 * Units: amounts in kroner (`number`, IEEE double as in Excel), hours per year for `tid`
 * benefits, shares/confidence/phase-in as fractions 0–1. Per-year records are keyed by the plan
 * year as a string ("2027"), exactly as in the portfolio JSON.
 *
 * Values people typed that could not be read (text in a number cell, unknown enum text) are kept
 * in `invalid`, keyed by field path ("annual", "phaseIn.2027", "status"), so that they can be
 * written back as given and reported where they must be fixed. The typed field then holds a
 * neutral value (0, or the default), so no NaN ever reaches a total.
 */

export const MEASURE_STATUSES = [
  "foreslatt",
  "prioritert",
  "vedtatt",
  "under_realisering",
  "realisert",
  "avbrutt",
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Statuses that enter totals, budget adjustments and the balance (spec §2). */
export const COUNTED_STATUSES: readonly MeasureStatus[] = [
  "prioritert",
  "vedtatt",
  "under_realisering",
  "realisert",
];

export const BENEFIT_TYPES = ["kostnad", "inntekt", "tid", "kvalitet"] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const BUDGET_EFFECTS = ["uttak", "omdisponering", "ingen"] as const;
export type BudgetEffect = (typeof BUDGET_EFFECTS)[number];

export const INDICATOR_DIRECTIONS = ["okende", "minkende"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Why a deep-dive was chosen (spec §11): must act on it / large potential. */
export const SELECTION_REASONS = ["ma_gjores", "stort_potensial"] as const;
export type SelectionReason = (typeof SELECTION_REASONS)[number];

/** Status of one step in a measure's action plan (spec §11). */
export const ACTION_STATUSES = ["ikke_startet", "pagar", "ferdig"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How a year is followed up (spec §14): per tertial (T1–T3) or per month (M01–M12). */
export const FOLLOW_UP_SCHEMES = ["tertial", "month"] as const;
export type FollowUpScheme = (typeof FOLLOW_UP_SCHEMES)[number];

/** Plan year → amount (kr), hours or fraction. A missing year is 0. */
export type ByYear = Record<string, number>;

/** Raw values that could not be read, by field path. */
export type InvalidFields = Record<string, unknown>;

/** The key of one budget line. Codes are trimmed text ("254", never 254). */
export type BudgetKey = {
  ansvar: string;
  art: string;
  funksjon: string;
  /** "" or absent means "no project". */
  prosjekt?: string;
  /**
   * Tjenesteområde (rammeområde, spec §13), where the budget has it. Absent (or "") where it has
   * none: such a key is written and compared exactly as before the dimension existed.
   */
  tjenesteomrade?: string;
};

/**
 * A key as the core groups it (and a budget line's key): trimmed text codes, prosjekt "" for no
 * project, and `tjenesteomrade` only when the key (the budget) has one — so a key without it is
 * what it always was, in the report and everywhere else.
 */
export type NormalisedKey = Required<Omit<BudgetKey, "tjenesteomrade">> & {
  tjenesteomrade?: string;
};

export type BudgetLink = BudgetKey & {
  /** Share of the benefit's withdrawable amount taken off this line (0–1). */
  share: number;
};

export type Measurement = { date: string; value: number };

export type Indicator = {
  id: string;
  name: string;
  unit?: string;
  direction: IndicatorDirection;
  baseline?: number;
  /** ISO date yyyy-mm-dd. */
  baselineDate?: string;
  target?: number;
  targetDate?: string;
  frequency?: string;
  /** Who measures it (spec §11). */
  owner?: string;
  /** When it is measured before, during and after (spec §11). */
  plan?: string;
  measurements: Measurement[];
  invalid?: InvalidFields;
  /** Unknown JSON fields, kept on round trips. */
  extra?: Record<string, unknown>;
};

export type Benefit = {
  id: string;
  name: string;
  type: BenefitType;
  /** Full annual effect: kroner for kostnad/inntekt, hours per year for tid. May be negative (a dis-benefit). */
  annual: number;
  /** Absent: the workbook's default innfasing applies. */
  phaseIn?: ByYear;
  /** 0–1; absent means 1. */
  confidence?: number;
  budgetEffect: BudgetEffect;
  /** 0–1; absent means 1. Only used for `uttak`. */
  withdrawalShare?: number;
  owner?: string;
  links: BudgetLink[];
  indicators: Indicator[];
  /**
   * Realised effect per plan year (spec §12), typed by the gevinstansvarlig: kroner for
   * kostnad/inntekt, hours for tid; never for kvalitet. A year without a figure is "not yet
   * measured", not 0.
   */
  realised?: ByYear;
  /**
   * Realised per follow-up period (spec §14): year → period ("T1", "M05") → kroner (hours for
   * tid). Where a year has periods, the year's realised is their sum.
   */
  realisedPeriods?: Record<string, Record<string, number>>;
  /** Share of the year's expected effect due in each period (spec §14), summing to 1; absent: even. */
  periodProfile?: Record<string, number>;
  invalid?: InvalidFields;
  extra?: Record<string, unknown>;
};

export type MeasureCosts = {
  oneTime: ByYear;
  running: ByYear;
};

/** One step of a measure's action plan: what must be done, by whom, by when (spec §11). */
export type MeasureAction = {
  id: string;
  what: string;
  who?: string;
  /** ISO date yyyy-mm-dd. */
  due?: string;
  status: ActionStatus;
};

export type Measure = {
  id: string;
  name: string;
  deepDive?: string;
  /** Gevinstansvarlig: the line manager who answers for realising the benefits. */
  owner?: string;
  status: MeasureStatus;
  /** Lovkrav/minimumskrav: must be done whatever its return. */
  mustDo?: boolean;
  description?: string;
  costs: MeasureCosts;
  costLink?: BudgetKey;
  /**
   * Innarbeidet i budsjettet (spec §4): the connected budget already contains the measure's
   * effect, so its lines are not adjusted again; it still counts everywhere else.
   */
  includedInBudget?: boolean;
  /** The action plan (spec §11). */
  actions?: MeasureAction[];
  preconditions?: string;
  risks?: string;
  /** Prognosis for the year per plan year (spec §14), in kroner as `expected`, entered by the gevinstansvarlig. */
  forecast?: ByYear;
  /** Why the prognosis deviates from expected (spec §14). */
  deviationNote?: string;
  /** What is done about the deviation (spec §14). */
  correctiveAction?: string;
  benefits: Benefit[];
  invalid?: InvalidFields;
  extra?: Record<string, unknown>;
};

export type DeepDive = {
  id: string;
  name: string;
  owner?: string;
  currentSituation?: string;
  desiredSituation?: string;
  gap?: string;
  /** Why it was chosen (spec §11); order as given. */
  selectedBecause?: SelectionReason[];
  unmetNeeds?: string;
  problems?: string;
  /** Technology, new ways of working. */
  opportunities?: string;
  /** Across units, along the value chain to the end users. */
  valueChain?: string;
  /** Minimumskrav in lov og forskrift. */
  minimumRequirements?: string;
  businessCases?: string;
  /** ISO date yyyy-mm-dd of the Q2 workshop. */
  workshopDate?: string;
  invalid?: InvalidFields;
  extra?: Record<string, unknown>;
};

/**
 * One approval of a governance document (spec §11): which document (e.g. "kommunen" or a
 * deep-dive's A3), which version (Q1 / Q3 / Q4), by whom and when (ISO date).
 */
export type Approval = {
  document: string;
  version: string;
  by: string;
  date: string;
};

/** The follow-up status of a measure in a year (spec §12). */
export const REALISATION_STATUSES = ["i_rute", "folg_med", "avvik"] as const;
export type RealisationStatusCode = (typeof REALISATION_STATUSES)[number];

/**
 * One measure in one budget year that has left the plan (spec §12, «Gevinst Historikk»): what was
 * planned and expected, and what was realised, frozen when the portfolio moved to the next year.
 */
export type HistoryEntry = {
  year: string;
  measure: string;
  name: string;
  deepDive?: string;
  status: MeasureStatus;
  gross: number;
  expected: number;
  withdrawable: number;
  cost: number;
  budgetNet: number;
  /** Absent when nothing was realised that year. */
  realised?: number;
  deviation?: number;
  realisationStatus?: RealisationStatusCode;
};

/** What a frozen version is (spec §15): the rådmann's proposal, the adopted budget, or another. */
export const VERSION_KINDS = ["forslag", "vedtatt", "navngitt"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** A measure's figures in one plan year, as frozen in a version (kroner, unrounded). */
export type VersionFigures = { expected: number; withdrawable: number; budgetNet: number };

/** One measure as it stood when the version was taken. */
export type VersionMeasure = {
  id: string;
  name: string;
  /** The deep-dive it belonged to then (ours, for which A3s need a new approval). */
  deepDive?: string;
  status: MeasureStatus;
  years: Record<string, VersionFigures>;
};

/** One budget line's adjustment per plan year, as frozen in a version. */
export type VersionAdjustment = { key: BudgetKey; years: ByYear };

/**
 * A frozen version of the portfolio's figures (spec §15, «Gevinst Versjoner»): fixed values,
 * never formulas. `savingsTarget` (ours, docs/model.md §9b) is the target then, for the gap.
 */
export type PortfolioVersion = {
  id: string;
  kind: VersionKind;
  name: string;
  /** ISO date yyyy-mm-dd. */
  date: string;
  by: string;
  savingsTarget?: ByYear;
  measures: VersionMeasure[];
  adjustments: VersionAdjustment[];
};

/** How the hourly cost is derived when it is not typed directly (spec §3). */
export type SalaryBasis = {
  /** Annual salary in kr. */
  annualSalary: number;
  /** Feriepenger, e.g. 0.12. */
  holidayPay: number;
  /** Arbeidsgiveravgift, e.g. 0.141. */
  employerTax: number;
  /** Pensjon, e.g. 0.12. */
  pension: number;
};

export type Settings = {
  hoursPerFte: number;
  /** Kr per hour. */
  hourlyCost: number;
  discountRate: number;
  tolerance: number;
  /** Default innfasing for benefits without their own, by plan-year index 0..3 (B..B+3). */
  defaultPhaseIn: [number, number, number, number];
  salaryBasis?: SalaryBasis;
  /** Version 3 (spec §14): the follow-up periods of the portfolio; absent means "tertial". */
  followUpPeriods?: FollowUpScheme;
  /** Version 3 (spec §14): the period reported to ("T2", "M08"); absent: the last with anything realised. */
  followUpPeriod?: string;
};

/** The key dimensions a portfolio may group its rammeområder by (spec §13, docs/model.md §9b). */
export const AREA_DIMENSIONS = ["tjenesteomrade", "funksjon", "ansvar", "art", "prosjekt"] as const;
export type AreaDimension = (typeof AREA_DIMENSIONS)[number];

/** A rammeområde (spec §13): its code in the area dimension, its name and its savings target. */
export type PortfolioArea = { id: string; name: string; savingsTarget?: ByYear };

export type Portfolio = {
  format: "gevinst-portefolje";
  /**
   * 3 when read from a file (a version 1 or 2 file is read into the same shape, spec §11, §13);
   * 2 is still accepted for a portfolio built in memory. The writer always writes 3.
   */
  version: 2 | 3;
  organisation: string;
  budgetYear: number;
  settings: Settings;
  savingsTarget: ByYear;
  deepDives: DeepDive[];
  measures: Measure[];
  /** Approvals of the A3 documents, oldest first (spec §11). */
  approvals?: Approval[];
  /** Budget years that have left the plan, per measure (spec §12; «Gevinst Historikk»). */
  history?: HistoryEntry[];
  /** Savings targets of the years that have left the plan. */
  historySavingsTarget?: ByYear;
  /** Version 3 (spec §13): the key dimension that groups the budget into rammeområder. */
  areaDimension?: AreaDimension;
  /** Version 3: how many characters of the code group (3 = KOSTRA funksjon of a 5-digit tjeneste). */
  areaPrefix?: number;
  /** Version 3: the rammeområder, each with its own savings target per plan year. */
  areas?: PortfolioArea[];
  /** Version 3 (spec §15): frozen versions, oldest first («Gevinst Versjoner»). */
  versions?: PortfolioVersion[];
  invalid?: InvalidFields;
  extra?: Record<string, unknown>;
};

/** The four plan years B..B+3 as the strings used for per-year keys. */
export function planYearsOf(budgetYear: number): [string, string, string, string] {
  return [0, 1, 2, 3].map((i) => String(budgetYear + i)) as [string, string, string, string];
}

/** True when a measure's status enters totals, adjustments and the balance. */
export function isCounted(status: MeasureStatus): boolean {
  return COUNTED_STATUSES.includes(status);
}
