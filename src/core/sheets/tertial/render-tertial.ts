/**
 * Renders «Gevinst Tertial» (spec §14). Every figure is a live formula over the deep-dive sheets:
 * per measure the benefits' «Forventet til dato» and «Realisert til dato» (to the period in
 * «Periode brukt»), the prognosis (typed «Prognose», else realised to date / expected to date ×
 * expected, as core calculateFollowUp), and the status by the §12 rule. The rows are in the order
 * the core gives at refresh — avvik first — and keep it until the next refresh.
 */
import type { FollowUpResult } from "../../follow-up/follow-up.types";
import type { FollowUpScheme, Portfolio } from "../../model/portfolio.types";
import type { MeasureResult, PortfolioResult } from "../../calculation/calculation.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import {
  fieldRange,
  REALISATION_STATUS_TEXT,
  periodNumberOf,
} from "../deep-dive/deep-dive-formulas";
import { cellRef, countIfs, sumIfs } from "../shared/formulas";
import { expandColumns } from "../shared/layout.types";
import { SHEET_TERTIAL } from "../shared/sheet-names";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import {
  STYLE_HEADER,
  STYLE_HINT,
  STYLE_LABEL,
  STYLE_SECTION,
  STYLE_TITLE,
  formulaStyle,
  inputStyle,
} from "../shared/styles";
import {
  SCHEME_LABELS,
  TERTIAL_COLUMNS,
  TERTIAL_PERIOD_LABEL,
  TERTIAL_PERIOD_ROW,
  TERTIAL_SCHEME_LABEL,
  TERTIAL_SCHEME_ROW,
  TERTIAL_TABLE_ROW,
  TERTIAL_TITLE,
  TERTIAL_USED_LABEL,
  TERTIAL_USED_NO_COL,
  TERTIAL_USED_ROW,
  TERTIAL_VALUE_COL,
  type TertialField,
} from "./tertial.layout";

/** The absolute reference to the follow-up period's number, for the deep-dive formulas. */
export function followUpPeriodNoRef(): string {
  return cellRef(TERTIAL_USED_ROW, TERTIAL_USED_NO_COL, { sheet: SHEET_TERTIAL, abs: true });
}

export type TertialInput = {
  portfolio: Portfolio;
  scheme: FollowUpScheme;
  periods: readonly string[];
  result: PortfolioResult;
  followUp: FollowUpResult;
  deepDives: readonly DeepDiveRef[];
  /** The savings requirement of the budget year (absolute, on «Gevinst Oversikt»). */
  targetRef: string;
};

const STATUS_ORDER: Record<string, number> = { avvik: 0, folg_med: 1, i_rute: 2 };

/** Counted measures, avvik first (then følg med, i rute, none), else by id. */
function orderedMeasures(input: TertialInput): { measure: MeasureResult; index: number }[] {
  const year = String(input.portfolio.budgetYear);
  return (
    input.result.measures
      .map((measure, index) => ({ measure, index }))
      .filter(({ measure }) => measure.counted)
      .map((entry) => {
        const status = input.followUp.measures[entry.index]?.[year]?.toDate?.statusToDate;
        return { ...entry, rank: status === undefined ? 3 : (STATUS_ORDER[status] ?? 3) };
      })
      // Ties by id, not by place in the portfolio: read back from the sheets, the portfolio comes in
      // sheet order, and a refresh must not reorder (rewrite) the rows for that.
      .sort(
        (a, b) =>
          a.rank - b.rank || a.measure.id.localeCompare(b.measure.id, "nb", { numeric: true }),
      )
  );
}

function statusFormula(realised: string, expected: string, tolerance: string): string {
  const t = `IF(AND(ISNUMBER(${tolerance}),${tolerance}>=0,${tolerance}<=1),${tolerance},0.1)`;
  const rate = `${realised}/${expected}`;
  const { i_rute, folg_med, avvik } = REALISATION_STATUS_TEXT;
  return `IF(${expected}=0,"${i_rute}",IF(${rate}>=1-${t}-1E-9,"${i_rute}",IF(${rate}>=1-2*${t}-1E-9,"${folg_med}","${avvik}")))`;
}

export function renderTertial(input: TertialInput, tolerance: string): SheetDraft {
  const { portfolio, periods } = input;
  const year = String(portfolio.budgetYear);
  const draft = new SheetDraft(SHEET_TERTIAL);
  draft.ownsAllCells = true;
  draft.label(0, 0, `${TERTIAL_TITLE} ${year}`);
  draft.format(at(0, 0), STYLE_TITLE);
  draft.label(
    1,
    0,
    `${portfolio.organisation}. Gule celler fylles ut; tallene hentes fra dypdykkarkene.`,
  );
  draft.format(at(1, 0), STYLE_HINT);

  // The follow-up settings (spec §14): inputs, read back into the portfolio's settings.
  const settings = portfolio.settings;
  draft.label(TERTIAL_SCHEME_ROW, 0, TERTIAL_SCHEME_LABEL);
  draft.input(TERTIAL_SCHEME_ROW, TERTIAL_VALUE_COL, SCHEME_LABELS[input.scheme], "tertial");
  draft.validations.push({
    range: at(TERTIAL_SCHEME_ROW, TERTIAL_VALUE_COL),
    list: [SCHEME_LABELS.tertial, SCHEME_LABELS.month],
  });
  draft.label(TERTIAL_PERIOD_ROW, 0, TERTIAL_PERIOD_LABEL);
  const typedPeriod = portfolio.invalid?.["settings.followUpPeriod"] ?? settings.followUpPeriod;
  draft.input(
    TERTIAL_PERIOD_ROW,
    TERTIAL_VALUE_COL,
    typeof typedPeriod === "string" ? typedPeriod : null,
    "tertial",
  );
  draft.label(
    TERTIAL_PERIOD_ROW,
    TERTIAL_VALUE_COL + 1,
    `${periods[0]}–${periods[periods.length - 1]}; tom: siste periode med noe realisert`,
  );
  draft.format(at(TERTIAL_PERIOD_ROW, TERTIAL_VALUE_COL + 1), STYLE_HINT);
  for (const row of [TERTIAL_SCHEME_ROW, TERTIAL_PERIOD_ROW, TERTIAL_USED_ROW]) {
    draft.format(at(row, 0), STYLE_LABEL);
    draft.merges.push(at(row, 0, 1, TERTIAL_VALUE_COL));
  }
  for (const row of [TERTIAL_SCHEME_ROW, TERTIAL_PERIOD_ROW])
    draft.format(at(row, TERTIAL_VALUE_COL), inputStyle("text"));
  // The period used: the one typed when it is a period of the portfolio's, else the last period
  // of the budget year in which a counted benefit has something realised (core followUpPeriods).
  const typedNo = periodNumberOf(cellRef(TERTIAL_PERIOD_ROW, TERTIAL_VALUE_COL), periods);
  const latest = input.deepDives.map((dd) =>
    fieldRange(dd.map.sections.periods, "latest", dd.sheet),
  );
  const noCell = cellRef(TERTIAL_USED_ROW, TERTIAL_USED_NO_COL);
  draft.label(TERTIAL_USED_ROW, 0, TERTIAL_USED_LABEL);
  draft.formula(
    TERTIAL_USED_ROW,
    TERTIAL_USED_NO_COL,
    `IF(${typedNo}>0,${typedNo},MAX(0${latest.map((r) => `,${r}`).join("")}))`,
  );
  draft.formula(
    TERTIAL_USED_ROW,
    TERTIAL_VALUE_COL,
    periods.reduceRight(
      (rest, period, i) => `IF(${noCell}=${i + 1},"${period}",${rest})`,
      '"Ingen"',
    ),
  );
  draft.label(TERTIAL_USED_ROW, TERTIAL_USED_NO_COL - 1, "nr.");
  draft.format(at(TERTIAL_USED_ROW, TERTIAL_VALUE_COL), formulaStyle("text"));
  draft.format(at(TERTIAL_USED_ROW, TERTIAL_USED_NO_COL), formulaStyle("number"));

  const columns = expandColumns(TERTIAL_COLUMNS, [year]);
  const colOf = (field: TertialField) => columns.findIndex((c) => c.field === field);
  draft.label(TERTIAL_TABLE_ROW, 0, `Tiltak per ${year}, avvik først`);
  draft.format(at(TERTIAL_TABLE_ROW, 0), STYLE_SECTION);
  const headerRow = TERTIAL_TABLE_ROW + 1;
  columns.forEach((column, c) => draft.label(headerRow, c, column.header));
  draft.format(at(headerRow, 0, 1, columns.length), STYLE_HEADER);

  const sheetOf = new Map<string, DeepDiveRef>();
  for (const dd of input.deepDives) for (const id of dd.measureIds) sheetOf.set(id, dd);
  const P = cellRef(TERTIAL_USED_ROW, TERTIAL_USED_NO_COL, { abs: true });
  const rows = orderedMeasures(input);
  let row = headerRow + 1;
  for (const { measure } of rows) {
    const dd = sheetOf.get(measure.id);
    if (!dd) continue;
    const m = dd.map.sections.measures;
    const b = dd.map.sections.benefits;
    const idCell = cellRef(row, colOf("id"));
    const ids = fieldRange(m, "id", dd.sheet);
    const byMeasure: [string, string][] = [[fieldRange(b, "measure", dd.sheet), idCell]];
    const cell = (field: TertialField) => cellRef(row, colOf(field));
    const textOf = (field: "name" | "owner") =>
      `IF(COUNTIF(${ids},${idCell})=0,"",INDEX(${fieldRange(m, field, dd.sheet)},MATCH(${idCell},${ids},0))&"")`;
    // The prognosis and its texts: the measure's row in «Prognose».
    const f = dd.map.sections.forecasts;
    const fIds = fieldRange(f, "measure", dd.sheet);
    const noteOf = (field: "deviationNote" | "correctiveAction") =>
      `IF(COUNTIF(${fIds},${idCell})=0,"",INDEX(${fieldRange(f, field, dd.sheet)},MATCH(${idCell},${fIds},0))&"")`;
    const forecastRange = fieldRange(f, "forecast.0", dd.sheet);
    const entered = `${countIfs([
      [fIds, idCell],
      [forecastRange, '">=0"'],
    ])}+${countIfs([
      [fIds, idCell],
      [forecastRange, '"<0"'],
    ])}>0`;
    const hasPeriods = `${sumIfs(fieldRange(b, "periodCount", dd.sheet), byMeasure)}>0`;
    const expected = cell("expected");
    const toDateE = cell("expectedToDate");
    const toDateR = cell("realisedToDate");
    draft.label(row, colOf("id"), measure.id);
    draft.formula(row, colOf("name"), textOf("name"));
    draft.formula(row, colOf("owner"), textOf("owner"));
    draft.formula(
      row,
      colOf("expected"),
      sumIfs(fieldRange(m, "expected.0", dd.sheet), [[ids, idCell]]),
    );
    const shown = (f: string) => `IF(AND(${hasPeriods},${P}>0),${f},"")`;
    draft.formula(
      row,
      colOf("expectedToDate"),
      shown(sumIfs(fieldRange(b, "expectedToDate", dd.sheet), byMeasure)),
    );
    draft.formula(
      row,
      colOf("realisedToDate"),
      shown(sumIfs(fieldRange(b, "realisedToDate", dd.sheet), byMeasure)),
    );
    draft.formula(row, colOf("deviationToDate"), shown(`${toDateR}-${toDateE}`));
    draft.formula(
      row,
      colOf("forecast"),
      `IF(${entered},${sumIfs(forecastRange, [[fIds, idCell]])},IF(AND(${hasPeriods},${P}>0),IF(${toDateE}=0,MAX(${expected},${toDateR}),${toDateR}/${toDateE}*${expected}),${expected}))`,
    );
    draft.formula(row, colOf("computed"), `IF(${entered},"Nei",IF(${hasPeriods},"Ja",""))`);
    draft.formula(row, colOf("status"), shown(statusFormula(toDateR, toDateE, tolerance)));
    // Wrapped texts need a taller row; Excel and LibreOffice do not grow a row on their own
    // when the file is opened. Sized for the texts as they are now (≈ width + 2 characters a line).
    const source = input.portfolio.measures.find((x) => x.id === measure.id);
    const lines = Math.max(
      1,
      ...(
        [
          ["name", source?.name],
          ["note", source?.deviationNote],
          ["action", source?.correctiveAction],
        ] as const
      ).map(([field, text]) =>
        Math.ceil((text?.length ?? 0) / Math.max(1, (columns[colOf(field)]?.spec.width ?? 10) + 2)),
      ),
    );
    if (lines > 1) draft.heights.push({ row, height: 15 * lines });
    draft.formula(row, colOf("note"), noteOf("deviationNote"));
    draft.formula(row, colOf("action"), noteOf("correctiveAction"));
    row++;
  }
  const firstData = headerRow + 1;
  const lastData = row - 1;
  // No counted measure, no data rows: a range of 0 rows is no range (Excel refuses it).
  columns.forEach(
    (column, c) =>
      row > firstData &&
      draft.format(at(firstData, c, row - firstData, 1), {
        ...formulaStyle(column.spec.value),
        // Texts wrap in their column, so the page stays one wide and nothing is cut off.
        wrap: true,
        verticalAlignment: "top",
      }),
  );
  draft.heights.push({ row: headerRow, height: 30 });
  // Totals against the innsparingskrav (spec §14: gap by prognosis = target − Σ prognosis).
  const total = row;
  draft.label(total, 0, "Sum telte tiltak");
  for (const field of [
    "expected",
    "expectedToDate",
    "realisedToDate",
    "deviationToDate",
    "forecast",
  ] as const) {
    const c = colOf(field);
    draft.formula(
      total,
      c,
      lastData >= firstData ? `SUM(${cellRef(firstData, c)}:${cellRef(lastData, c)})` : "0",
    );
  }
  draft.format(at(total, 0, 1, columns.length), formulaStyle("kroner", true));
  const forecastCol = colOf("forecast");
  draft.label(total + 1, 0, `Innsparingskrav ${year}`);
  draft.formula(total + 1, forecastCol, input.targetRef);
  draft.label(total + 2, 0, "Gap etter prognose (innsparingskrav − prognose)");
  draft.formula(
    total + 2,
    forecastCol,
    `${cellRef(total + 1, forecastCol)}-${cellRef(total, forecastCol)}`,
  );
  draft.format(at(total + 1, forecastCol, 2, 1), formulaStyle("kroner", true));
  for (const r of [total + 1, total + 2]) draft.format(at(r, 0), STYLE_LABEL);
  // The prioritisation's proposal to cover a shortfall, as it was at refresh (spec §14).
  const cover = input.followUp.followUp?.cover ?? [];
  draft.label(
    total + 3,
    0,
    cover.length > 0
      ? `Forslag til dekning av gapet (prioriteringen, ved siste oppdatering): ${cover.map((c) => c.id).join(", ")}`
      : "Forslag til dekning av gapet: ingen (gapet er dekket, eller ingen foreslåtte tiltak hjelper)",
  );
  draft.format(at(total + 3, 0), STYLE_HINT);

  draft.widths.push(
    ...columns.map((column, c) => ({ col: c, width: c === 0 ? 16 : column.spec.width })),
  );
  draft.structure = JSON.stringify([rows.length, periods.length]);
  draft.freeze = { rows: headerRow + 1, cols: 0 };
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, total + 4, columns.length),
    headerRow,
    `${TERTIAL_TITLE} ${year}`,
  );
  return draft;
}
