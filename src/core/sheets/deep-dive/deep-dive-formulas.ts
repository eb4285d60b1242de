/**
 * The formulas of a deep-dive sheet, one builder per computed column (spec §3, §4). Row-level
 * formulas use relative references to their own row; lookups go over the bounded section ranges
 * by id (SUMIFS), so they survive sorting and rows inserted inside a section.
 *
 * Where Gevinst wrote a row's partners (a measure's benefit rows, a benefit's measure row, a
 * link's benefit row), the formula reads them directly after checking that they are still there,
 * and looks up by id only when the check fails (issue 9): most rows then cost a few cell reads
 * instead of a scan of the section. The check fails safe — sorting, typing another id, a benefit
 * typed in a spare row or a row inserted in a block all send the formula to the lookup.
 */
import { yearField } from "../shared/layout.types";
import type { DeepDiveSheetMap, SectionPlace } from "./deep-dive-map";
import {
  amountOf,
  cellRef,
  columnRange,
  countIfs,
  countedFlag,
  fractionOf,
  npvOf,
  sumIfs,
  textLiteral,
} from "../shared/formulas";
import { textsFor } from "../shared/labels";
import type { TotalFigure } from "./deep-dive.layout";

/** Where the settings the formulas need are (absolute references on the settings sheet). */
export type SettingsRefs = {
  /** Timekost brukt (kr per hour). */
  hourlyCost: string;
  /** Kalkulasjonsrente brukt. */
  discountRate: string;
  /** Standard innfasing brukt, one per plan year. */
  defaultPhaseIn: readonly string[];
  /** The tolerance as typed (the formulas fall back to 0.10 as the core does). */
  tolerance: string;
  /**
   * The follow-up periods of the portfolio (spec §14: T1–T3 or M01–M12), which «Teller» in
   * «Realisert per periode» accepts; absent means tertial.
   */
  followUpPeriods?: readonly string[];
  /** The follow-up period's number (1 = T1 / M01, 0 = none) on «Gevinst Tertial», absolute. */
  followUpPeriodNo?: string;
};

/** The number of `cell` (trimmed) among `periods`, 1-based; 0 when it is none of them. */
export function periodNumberOf(cell: string, periods: readonly string[]): string {
  const text = `TRIM(${cell})`;
  return periods.reduceRight((rest, period, i) => `IF(${text}="${period}",${i + 1},${rest})`, "0");
}

const TERTIAL_PERIODS = ["T1", "T2", "T3"] as const;

/** The status texts of the realisation follow-up (spec §12), as the sheets show them. */
export const REALISATION_STATUS_TEXT = {
  i_rute: "I rute",
  folg_med: "Følg med",
  avvik: "Avvik",
} as const;

// The field is NoInfer: the section's type alone decides which fields exist.
function col<F extends string>(section: SectionPlace<F>, field: NoInfer<F>): number {
  const c = section.columns[field];
  if (c === undefined) throw new Error(`Ukjent felt ${field} i seksjon`);
  return c;
}

/** The bounded data range of a field in a section. */
export function fieldRange<F extends string>(
  section: SectionPlace<F>,
  field: NoInfer<F>,
  sheet?: string,
): string {
  return columnRange(sheet, col(section, field), section.firstRow, section.lastRow);
}

function here<F extends string>(section: SectionPlace<F>, field: NoInfer<F>, row: number): string {
  return cellRef(row, col(section, field));
}

function blankGuard(refs: readonly string[], formula: string): string {
  const test = refs.length === 1 ? `${refs[0]}=""` : `OR(${refs.map((r) => `${r}=""`).join(",")})`;
  return `IF(${test},"",${formula})`;
}

/** The rows Gevinst wrote a row's partners to: 0-based sheet row of the first, and how many. */
export type WrittenRows = { first: number; count: number };

/** A measure with more benefit rows than this sums them by lookup (the check would grow long). */
const MAX_DIRECT_BLOCK = 8;

/**
 * A test that the `block` of benefit rows is still exactly the measure's benefit rows: the
 * section has as many rows with its id as the block (`count`, the «Gevinster» column), the block
 * still has its written size (a row inserted inside grows it), and each row holds the id.
 * Then the block's rows are the very rows SUMIFS over the section would take.
 */
function blockIntact(
  b: SectionPlace,
  block: WrittenRows,
  count: string,
  id: string,
): string | null {
  if (block.count === 0) return `${count}=0`;
  if (block.count > MAX_DIRECT_BLOCK) return null;
  const last = block.first + block.count - 1;
  const tests = [`${count}=${block.count}`];
  if (block.count > 1)
    tests.push(
      `ROWS(${cellRef(block.first, col(b, "measure"))}:${cellRef(last, col(b, "measure"))})=${block.count}`,
    );
  for (let r = block.first; r <= last; r++) tests.push(`${cellRef(r, col(b, "measure"))}=${id}`);
  // A deleted row turns its reference into #REF!: that, too, means «not intact».
  return `IFERROR(AND(${tests.join(",")}),FALSE)`;
}

/**
 * Formulas of a measure row: field → formula (without "="). `benefits`: the rows Gevinst wrote
 * the measure's benefits to (none for a spare row).
 */
export function measureRowFormulas(
  map: DeepDiveSheetMap,
  row: number,
  settings: SettingsRefs,
  benefits?: WrittenRows,
): Record<string, string> {
  const m = map.sections.measures;
  const b = map.sections.benefits;
  const id = here(m, "id", row);
  const guard = (f: string) => blankGuard([id], f);
  const count = here(m, "benefitCount", row);
  const intact = benefits === undefined ? null : blockIntact(b, benefits, count, id);
  const result: Record<string, string> = {
    counted: guard(countedFlag(here(m, "status", row))),
    pipeline: guard(`IF(TRIM(${here(m, "status", row)})="avbrutt",0,1)`),
    benefitCount: guard(`COUNTIF(${fieldRange(b, "measure")},${id})`),
  };
  const fromBenefits = {
    gross: "value",
    expected: "expected",
    withdrawable: "withdrawable",
    freedHours: "freedHours",
  } as const;
  const expectedNet: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (const [figure, benefitField] of Object.entries(fromBenefits)) {
      const field = yearField(benefitField, i);
      const lookup = sumIfs(fieldRange(b, field), [[fieldRange(b, "measure"), id]]);
      const direct =
        benefits === undefined || benefits.count === 0
          ? "0"
          : `SUM(${cellRef(benefits.first, col(b, field))}:${cellRef(benefits.first + benefits.count - 1, col(b, field))})`;
      result[`${figure}.${i}`] = guard(
        intact === null ? lookup : `IF(${intact},${direct},${lookup})`,
      );
    }
    result[yearField("cost", i)] = guard(
      `${amountOf(here(m, yearField("oneTime", i), row))}+${amountOf(here(m, yearField("running", i), row))}`,
    );
    result[yearField("budgetNet", i)] = guard(
      `${here(m, yearField("withdrawable", i), row)}-${here(m, yearField("cost", i), row)}`,
    );
    expectedNet.push(
      `${here(m, yearField("expected", i), row)}-${here(m, yearField("cost", i), row)}`,
    );
  }
  result.npv = guard(npvOf(settings.discountRate, expectedNet));
  const included = `TRIM(${here(m, "includedInBudget", row)})="ja"`;
  result.adjusts = guard(`IF(AND(${here(m, "counted", row)}=1,NOT(${included})),1,0)`);
  Object.assign(result, realisationFormulas(m, b, row, settings, benefits, intact));
  return result;
}

/** The tolerance the core uses: as typed when it is a fraction 0–1, else 0.10. */
function toleranceOf(ref: string): string {
  return `IF(AND(ISNUMBER(${ref}),${ref}>=0,${ref}<=1),${ref},0.1)`;
}

/**
 * Realised, deviation and status of a measure row per year (spec §12): blank for a measure that
 * does not count or a year where none of its benefits has a realised figure («Realisert kr» is
 * a number only where one is). The limits carry the core's 1e-9 of rounding slack.
 */
function realisationFormulas(
  m: SectionPlace,
  b: SectionPlace,
  row: number,
  settings: SettingsRefs,
  benefits: WrittenRows | undefined,
  intact: string | null,
): Record<string, string> {
  const id = here(m, "id", row);
  const guard = (f: string) => blankGuard([id], f);
  const tolerance = toleranceOf(settings.tolerance);
  const result: Record<string, string> = {};
  for (let i = 0; i < 4; i++) {
    const values = fieldRange(b, yearField("realisedValue", i));
    const byId: [string, string][] = [[fieldRange(b, "measure"), id]];
    // Numeric criteria match numbers only, so "" (nothing realised) is not counted.
    const lookupCount = `${countIfs([...byId, [values, '">=0"']])}+${countIfs([...byId, [values, '"<0"']])}`;
    const lookupSum = sumIfs(values, byId);
    let count = lookupCount;
    let sum = lookupSum;
    if (intact !== null && benefits !== undefined && benefits.count > 0) {
      const block = `${cellRef(benefits.first, col(b, yearField("realisedValue", i)))}:${cellRef(benefits.first + benefits.count - 1, col(b, yearField("realisedValue", i)))}`;
      count = `IF(${intact},COUNT(${block}),${lookupCount})`;
      sum = `IF(${intact},SUM(${block}),${lookupSum})`;
    } else if (intact !== null) {
      count = `IF(${intact},0,${lookupCount})`;
    }
    const realised = here(m, yearField("realised", i), row);
    const expected = here(m, yearField("expected", i), row);
    result[yearField("realised", i)] = guard(
      `IF(${here(m, "counted", row)}<>1,"",IF(${count}=0,"",${sum}))`,
    );
    result[yearField("deviation", i)] = guard(`IF(${realised}="","",${realised}-${expected})`);
    const rate = `${realised}/${expected}`;
    const { i_rute, folg_med, avvik } = REALISATION_STATUS_TEXT;
    result[yearField("realisationStatus", i)] = guard(
      `IF(${realised}="","",IF(${expected}=0,"${i_rute}",IF(${rate}>=1-${tolerance}-1E-9,"${i_rute}",IF(${rate}>=1-2*${tolerance}-1E-9,"${folg_med}","${avvik}"))))`,
    );
  }
  return result;
}

/**
 * Formulas of a benefit row: field → formula (without "="). `measureRow`: the 0-based row Gevinst
 * wrote the benefit's measure to (none for a spare row).
 */
export function benefitRowFormulas(
  map: DeepDiveSheetMap,
  row: number,
  settings: SettingsRefs,
  measureRow?: number,
  years?: readonly string[],
): Record<string, string> {
  const m = map.sections.measures;
  const b = map.sections.benefits;
  const measure = here(b, "measure", row);
  const guard = (f: string) => blankGuard([measure, here(b, "id", row)], f);
  const type = `TRIM(${here(b, "type", row)})`;
  const effect = `TRIM(${here(b, "budgetEffect", row)})`;
  const phaseCells = `${here(b, "phaseIn.0", row)}:${here(b, "phaseIn.3", row)}`;
  const confidence = fractionOf(here(b, "confidence", row), "1");
  const lookup = `IF(${countIfs([
    [fieldRange(m, "id"), measure],
    [fieldRange(m, "counted"), "1"],
  ])}>0,1,0)`;
  // The measure row Gevinst wrote, if it still has this id and counts: 1 without a scan.
  const direct =
    measureRow === undefined
      ? null
      : `IFERROR(AND(${cellRef(measureRow, col(m, "id"))}=${measure},${cellRef(measureRow, col(m, "counted"))}=1),FALSE)`;
  const adjustsLookup = `IF(${countIfs([
    [fieldRange(m, "id"), measure],
    [fieldRange(m, "adjusts"), "1"],
  ])}>0,1,0)`;
  const adjustsDirect =
    measureRow === undefined
      ? null
      : `IFERROR(AND(${cellRef(measureRow, col(m, "id"))}=${measure},${cellRef(measureRow, col(m, "adjusts"))}=1),FALSE)`;
  const result: Record<string, string> = {
    counted: guard(direct === null ? lookup : `IF(${direct},1,${lookup})`),
    adjusts: guard(
      adjustsDirect === null ? adjustsLookup : `IF(${adjustsDirect},1,${adjustsLookup})`,
    ),
  };
  for (let i = 0; i < 4; i++) {
    // A benefit with no innfasing at all uses the workbook's default (spec §3).
    const phase = `IF(COUNTBLANK(${phaseCells})=4,${settings.defaultPhaseIn[i] ?? "0"},${fractionOf(here(b, yearField("phaseIn", i), row), "0")})`;
    const amount = `${amountOf(here(b, "annual", row))}*${phase}`;
    result[yearField("value", i)] = guard(
      `IF(OR(${type}="kostnad",${type}="inntekt"),${amount},IF(${type}="tid",${amount}*${settings.hourlyCost},0))`,
    );
    result[yearField("expected", i)] = guard(
      `${here(b, yearField("value", i), row)}*${confidence}`,
    );
    result[yearField("withdrawable", i)] = guard(
      `IF(${effect}="uttak",${here(b, yearField("expected", i), row)}*${fractionOf(here(b, "withdrawalShare", row), "1")},0)`,
    );
    result[yearField("freedHours", i)] = guard(
      `IF(AND(${type}="tid",${effect}="omdisponering"),${amount}*${confidence},0)`,
    );
    // Realised in kroner (spec §12): "" where nothing (or no number) is typed, and for kvalitet.
    // Where the year has counted rows in «Realisert per periode», their sum (spec §14).
    const realised = here(b, yearField("realised", i), row);
    const inKroner = (units: string) =>
      `IF(OR(${type}="kostnad",${type}="inntekt"),${units},IF(${type}="tid",${units}*${settings.hourlyCost},""))`;
    const yearly = `IF(ISNUMBER(${realised}),${inKroner(realised)},"")`;
    const year = years?.[i];
    if (year === undefined) {
      result[yearField("realisedValue", i)] = guard(yearly);
      continue;
    }
    const p = map.sections.periods;
    const criteria: [string, string][] = [
      [fieldRange(p, "benefit"), here(b, "id", row)],
      [fieldRange(p, "year"), year],
      [fieldRange(p, "counts"), "1"],
    ];
    result[yearField("realisedValue", i)] = guard(
      `IF(${countIfs(criteria)}>0,${inKroner(sumIfs(fieldRange(p, "value"), criteria))},${yearly})`,
    );
  }
  if (years?.[0] !== undefined) Object.assign(result, toDateFormulas(map, row, settings, years[0]));
  return result;
}

/**
 * A benefit's follow-up of the budget year to the period P on «Gevinst Tertial» (spec §14, as
 * core calculateFollowUp): how many counted period rows it has, expected × the share of the year
 * due by P (its «Periodeprofil» when every row is usable and the shares sum to 1 ± 1e-9, else
 * even), and realised in the periods up to P (a year's figure without periods only when P is the
 * last period). Kroner: hours × timekost for tid, nothing for kvalitet.
 */
function toDateFormulas(
  map: DeepDiveSheetMap,
  row: number,
  settings: SettingsRefs,
  budgetYear: string,
): Record<string, string> {
  const b = map.sections.benefits;
  const p = map.sections.periods;
  const pr = map.sections.profiles;
  const id = here(b, "id", row);
  const guard = (f: string) => blankGuard([here(b, "measure", row), id], f);
  const periods = settings.followUpPeriods ?? TERTIAL_PERIODS;
  const n = periods.length;
  const P = settings.followUpPeriodNo ?? "0";
  const type = `TRIM(${here(b, "type", row)})`;
  const unit = `IF(OR(${type}="kostnad",${type}="inntekt"),1,IF(${type}="tid",${settings.hourlyCost},0))`;
  const own: [string, string][] = [
    [fieldRange(p, "benefit"), id],
    [fieldRange(p, "year"), budgetYear],
    [fieldRange(p, "counts"), "1"],
  ];
  const profileRows: [string, string][] = [[fieldRange(pr, "benefit"), id]];
  const usable = `AND(${countIfs(profileRows)}>0,${countIfs([...profileRows, [fieldRange(pr, "usable"), "0"]])}=0,ABS(${sumIfs(fieldRange(pr, "share"), profileRows)}-1)<=1E-9)`;
  const profileShare = sumIfs(fieldRange(pr, "share"), [
    ...profileRows,
    [fieldRange(pr, "periodNo"), `"<="&${P}`],
    [fieldRange(pr, "periodNo"), '">0"'],
  ]);
  const share = `IF(${usable},${profileShare},${P}/${n})`;
  const count = here(b, "periodCount", row);
  const realised = here(b, "realised.0", row);
  const toDate = sumIfs(fieldRange(p, "value"), [...own, [fieldRange(p, "periodNo"), `"<="&${P}`]]);
  return {
    periodCount: guard(countIfs(own)),
    expectedToDate: guard(`IF(${P}=0,0,${here(b, "expected.0", row)}*${share})`),
    realisedToDate: guard(
      `IF(${P}=0,0,IF(${count}>0,${toDate}*${unit},IF(AND(${P}=${n},ISNUMBER(${realised})),${realised}*${unit},0)))`,
    ),
  };
}

/**
 * «Teller» of a «Realisert per periode» row (spec §14): 1 when the period is one of the
 * portfolio's (compared trimmed, without regard to case, as the reader does), the year is a
 * number and the figure is a number; else 0, so the row is not summed (the reader reports it).
 */
export function periodRowFormulas(
  map: DeepDiveSheetMap,
  row: number,
  settings: SettingsRefs,
  budgetYear?: string,
): Record<string, string> {
  const p = map.sections.periods;
  const period = `TRIM(${here(p, "period", row)})`;
  const known = (settings.followUpPeriods ?? TERTIAL_PERIODS)
    .map((name) => `${period}="${name}"`)
    .join(",");
  const b = map.sections.benefits;
  const benefit = here(p, "benefit", row);
  const counts = here(p, "counts", row);
  // A counted (Telles) benefit that is not kvalitet: its rows decide the follow-up period.
  const followed = countIfs([
    [fieldRange(b, "id"), benefit],
    [fieldRange(b, "counted"), "1"],
    [fieldRange(b, "type"), '"<>kvalitet"'],
    [fieldRange(b, "type"), '"<>"'],
  ]);
  return {
    counts: blankGuard(
      [benefit],
      `IF(AND(ISNUMBER(${here(p, "year", row)}),ISNUMBER(${here(p, "value", row)}),OR(${known})),1,0)`,
    ),
    periodNo: blankGuard(
      [benefit],
      `IF(${counts}=1,${periodNumberOf(here(p, "period", row), settings.followUpPeriods ?? TERTIAL_PERIODS)},0)`,
    ),
    latest: blankGuard(
      [benefit],
      budgetYear === undefined
        ? "0"
        : `IF(AND(${here(p, "year", row)}=${budgetYear},${followed}>0),${here(p, "periodNo", row)},0)`,
    ),
  };
}

/**
 * Formulas of a «Periodeprofil» row (spec §14): the period's number and whether the row can be
 * used (a period of the portfolio's; a share blank, or a number 0–1).
 */
export function profileRowFormulas(
  map: DeepDiveSheetMap,
  row: number,
  settings: SettingsRefs,
): Record<string, string> {
  const pr = map.sections.profiles;
  const benefit = here(pr, "benefit", row);
  const share = here(pr, "share", row);
  const no = here(pr, "periodNo", row);
  return {
    periodNo: blankGuard(
      [benefit],
      periodNumberOf(here(pr, "period", row), settings.followUpPeriods ?? TERTIAL_PERIODS),
    ),
    usable: blankGuard(
      [benefit],
      `IF(AND(${no}>0,OR(${share}="",AND(ISNUMBER(${share}),${share}>=0,${share}<=1))),1,0)`,
    ),
  };
}

/**
 * Formulas of a budget-link row: what the link takes off its budget line per year.
 * `benefitRow`: the 0-based row Gevinst wrote the link's benefit to (none for a spare row).
 */
export function linkRowFormulas(
  map: DeepDiveSheetMap,
  row: number,
  benefitRow?: number,
): Record<string, string> {
  const b = map.sections.benefits;
  const l = map.sections.links;
  const benefit = here(l, "benefit", row);
  const shareCell = here(l, "share", row);
  // A blank share is 1 for a benefit's only link, else 0 (as core's linkShare).
  const share = `IF(${shareCell}="",IF(COUNTIF(${fieldRange(l, "benefit")},${benefit})=1,1,0),${fractionOf(shareCell, "0")})`;
  const result: Record<string, string> = {};
  for (let i = 0; i < 4; i++) {
    // Uttak × telles in one scan: «telles» is 1 or 0, so summing uttak over the benefit's rows
    // that count equals the old SUMIFS(uttak) × SUMIFS(telles) for the one row an id has
    // (a duplicate id is an error the parser reports). Half the scans of the benefit section.
    // «Justerer budsjett», not «Telles»: a measure innarbeidet i budsjettet takes nothing off
    // its lines again (spec §4).
    const lookup = sumIfs(fieldRange(b, yearField("withdrawable", i)), [
      [fieldRange(b, "id"), benefit],
      [fieldRange(b, "adjusts"), "1"],
    ]);
    // The benefit row Gevinst wrote, while it still has this id. (A duplicated id is a
    // DUPLICATE_ID error; this then reads one of the rows, the lookup summed both, and the
    // read-back gives the link to the last: no figure is right until the id is fixed.)
    const withdrawable =
      benefitRow === undefined
        ? lookup
        : `IF(IFERROR(${cellRef(benefitRow, col(b, "id"))}=${benefit},FALSE),IF(${cellRef(benefitRow, col(b, "adjusts"))}=1,${cellRef(benefitRow, col(b, yearField("withdrawable", i)))},0),${lookup})`;
    result[yearField("withdrawn", i)] = blankGuard([benefit], `${withdrawable}*${share}`);
  }
  return result;
}

/** A totals-block formula: the sum of a measure figure over the measures the filter takes. */
export function totalFormula(
  map: DeepDiveSheetMap,
  figure: TotalFigure,
  yearIndex: number,
  filter: { kind: "counted" } | { kind: "pipeline" } | { kind: "status"; status: string },
): string {
  const m = map.sections.measures;
  const sum = fieldRange(m, yearField(figure, yearIndex));
  if (filter.kind !== "status") return sumIfs(sum, [[fieldRange(m, filter.kind), "1"]]);
  // The status as its label or its code (an older sheet, or typed by hand).
  return textsFor(filter.status)
    .map((text) => sumIfs(sum, [[fieldRange(m, "status"), textLiteral(text)]]))
    .join("+");
}
