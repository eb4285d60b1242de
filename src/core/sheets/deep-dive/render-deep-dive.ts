/**
 * Renders a deep-dive sheet (or the sheet for measures without one) into a SheetDraft: the
 * analysis texts, the totals block and the five sections with their input cells, formulas and
 * formats. Pure: the same deep-dive and measures always give the same draft.
 */
import {
  DEEP_DIVE_FIELDS,
  DEEP_DIVE_TITLE_PREFIX,
  DEEP_DIVE_SECTIONS,
  TOTALS_HEADER,
  TOTALS_TITLE,
  TOTAL_ROWS,
  type DeepDiveSection,
  type DeepDiveSectionKey,
} from "./deep-dive.layout";
import {
  expandColumns,
  type LayoutColumn,
  type SheetDimensions,
  yearField,
} from "../shared/layout.types";
import {
  FILL_MISSING,
  STYLE_HEADER,
  STYLE_HINT,
  STYLE_LABEL,
  STYLE_SECTION,
  STYLE_TITLE,
  formulaStyle,
  inputStyle,
} from "../shared/styles";
import type { Benefit, DeepDive, Measure } from "../../model/portfolio.types";
import type { CellValue } from "../../workbook/workbook-port";
import {
  benefitRowFormulas,
  linkRowFormulas,
  measureRowFormulas,
  periodRowFormulas,
  profileRowFormulas,
  totalFormula,
  type SettingsRefs,
} from "./deep-dive-formulas";
import {
  END_LABEL,
  TOTALS_SUM_COL,
  TOTALS_YEAR_COL,
  deepDiveStructure,
  planDeepDiveMap,
  type DeepDiveSheetMap,
  type SectionPlace,
} from "./deep-dive-map";
import { cellFor, dateCell } from "../shared/cell-values";
import { labelOf } from "../shared/labels";
import { cellRef } from "../shared/formulas";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";

export type DeepDiveSheetInput = {
  sheet: string;
  years: readonly string[];
  /** null for the sheet of measures without a deep-dive. */
  deepDive: DeepDive | null;
  measures: readonly Measure[];
  settings: SettingsRefs;
  /** Capacities of the sections as they are on the sheet now (keeps rows where they are). */
  presentCapacity?: Record<string, number>;
  /** The optional key dimensions with a column (tjenesteområde where the budget has it). */
  dimensions?: SheetDimensions;
};

/**
 * One row to write in a section: its input values by field, and its entity. `partner`: where its
 * partner rows go, as indices into the partner section (a measure's benefits, a benefit's
 * measure, a link's benefit), so the row's formulas can read them directly.
 */
type SectionRow = {
  entity: string;
  values: Record<string, CellValue>;
  partner?: { first: number; count: number };
};

function measureRows(
  measures: readonly Measure[],
  years: readonly string[],
): Record<string, SectionRow[]> {
  const rows: Record<string, SectionRow[]> = {
    measures: [],
    benefits: [],
    links: [],
    indicators: [],
    measurements: [],
    actions: [],
    forecasts: [],
    periods: [],
    profiles: [],
  };
  for (const measure of measures) {
    const entity = `measure:${measure.id}`;
    const values: Record<string, CellValue> = {
      id: measure.id,
      name: measure.name,
      owner: measure.owner ?? null,
      status: cellFor(measure, "status", labelOf(measure.status)),
      mustDo: cellFor(
        measure,
        "mustDo",
        measure.mustDo === undefined ? null : measure.mustDo ? "Ja" : "Nei",
      ),
      description: measure.description ?? null,
      preconditions: measure.preconditions ?? null,
      risks: measure.risks ?? null,
      includedInBudget: cellFor(
        measure,
        "includedInBudget",
        measure.includedInBudget === undefined ? null : measure.includedInBudget ? "Ja" : "Nei",
      ),
      costAnsvar: measure.costLink?.ansvar ?? null,
      costArt: measure.costLink?.art ?? null,
      costFunksjon: measure.costLink?.funksjon ?? null,
      costProsjekt: measure.costLink?.prosjekt || null,
      costTjenesteomrade: measure.costLink?.tjenesteomrade || null,
    };
    years.forEach((year, i) => {
      values[yearField("oneTime", i)] = cellFor(
        measure,
        `costs.oneTime.${year}`,
        measure.costs.oneTime[year],
      );
      values[yearField("running", i)] = cellFor(
        measure,
        `costs.running.${year}`,
        measure.costs.running[year],
      );
    });
    // The prognosis (spec §14): a row only for a measure that has one, or an explanation.
    const forecastYears = years.filter(
      (year) =>
        measure.forecast?.[year] !== undefined ||
        Object.prototype.hasOwnProperty.call(measure.invalid ?? {}, `forecast.${year}`),
    );
    if (forecastYears.length > 0 || measure.deviationNote || measure.correctiveAction) {
      const forecast: Record<string, CellValue> = {
        measure: measure.id,
        deviationNote: measure.deviationNote ?? null,
        correctiveAction: measure.correctiveAction ?? null,
      };
      years.forEach((year, i) => {
        forecast[yearField("forecast", i)] = cellFor(
          measure,
          `forecast.${year}`,
          measure.forecast?.[year],
        );
      });
      rows.forecasts?.push({ entity, values: forecast });
    }
    const measureIndex = rows.measures?.length ?? 0;
    rows.measures?.push({
      entity,
      values,
      partner: { first: rows.benefits?.length ?? 0, count: measure.benefits.length },
    });
    (measure.actions ?? []).forEach((action, i) =>
      rows.actions?.push({
        entity,
        values: {
          measure: measure.id,
          id: action.id,
          what: action.what,
          who: action.who ?? null,
          due: cellFor(measure, `actions.${i}.due`, dateCell(action.due)),
          status: cellFor(measure, `actions.${i}.status`, labelOf(action.status)),
        },
      }),
    );
    for (const benefit of measure.benefits) {
      const bValues: Record<string, CellValue> = {
        measure: measure.id,
        id: benefit.id,
        name: benefit.name,
        type: cellFor(benefit, "type", labelOf(benefit.type)),
        annual: cellFor(benefit, "annual", benefit.annual),
        confidence: cellFor(benefit, "confidence", benefit.confidence),
        budgetEffect: cellFor(benefit, "budgetEffect", labelOf(benefit.budgetEffect)),
        withdrawalShare: cellFor(benefit, "withdrawalShare", benefit.withdrawalShare),
        owner: benefit.owner ?? null,
      };
      years.forEach((year, i) => {
        bValues[yearField("phaseIn", i)] = cellFor(
          benefit,
          `phaseIn.${year}`,
          benefit.phaseIn?.[year],
        );
        bValues[yearField("realised", i)] = cellFor(
          benefit,
          `realised.${year}`,
          benefit.realised?.[year],
        );
      });
      // The tertial follow-up (spec §14): one row per period typed, and the profile's shares.
      for (const [year, period] of keysOf(benefit, "realisedPeriods", benefit.realisedPeriods)) {
        rows.periods?.push({
          entity,
          values: {
            benefit: benefit.id,
            year: Number.isInteger(Number(year)) ? Number(year) : year,
            period,
            value: cellFor(
              benefit,
              `realisedPeriods.${year}.${period}`,
              benefit.realisedPeriods?.[year]?.[period],
            ),
          },
        });
      }
      for (const period of profileKeysOf(benefit)) {
        rows.profiles?.push({
          entity,
          values: {
            benefit: benefit.id,
            period,
            share: cellFor(benefit, `periodProfile.${period}`, benefit.periodProfile?.[period]),
          },
        });
      }
      const benefitIndex = rows.benefits?.length ?? 0;
      rows.benefits?.push({
        entity,
        values: bValues,
        partner: { first: measureIndex, count: 1 },
      });
      benefit.links.forEach((link, i) =>
        rows.links?.push({
          entity,
          partner: { first: benefitIndex, count: 1 },
          values: {
            benefit: benefit.id,
            ansvar: link.ansvar,
            art: link.art,
            funksjon: link.funksjon,
            prosjekt: link.prosjekt || null,
            tjenesteomrade: link.tjenesteomrade || null,
            share: cellFor(benefit, `links.${i}.share`, link.share),
          },
        }),
      );
      for (const indicator of benefit.indicators) {
        rows.indicators?.push({
          entity,
          values: {
            benefit: benefit.id,
            id: indicator.id,
            name: indicator.name,
            unit: indicator.unit ?? null,
            direction: cellFor(indicator, "direction", labelOf(indicator.direction)),
            baseline: cellFor(indicator, "baseline", indicator.baseline),
            baselineDate: cellFor(indicator, "baselineDate", dateCell(indicator.baselineDate)),
            target: cellFor(indicator, "target", indicator.target),
            targetDate: cellFor(indicator, "targetDate", dateCell(indicator.targetDate)),
            frequency: indicator.frequency ?? null,
            owner: indicator.owner ?? null,
            plan: indicator.plan ?? null,
          },
        });
        indicator.measurements.forEach((measurement, i) =>
          rows.measurements?.push({
            entity,
            values: {
              indicator: indicator.id,
              date: cellFor(indicator, `measurements.${i}.date`, dateCell(measurement.date)),
              value: cellFor(indicator, `measurements.${i}.value`, measurement.value),
            },
          }),
        );
      }
    }
  }
  return rows;
}

/**
 * (year, period) of every figure a benefit has per period, readable or kept as typed in
 * `invalid`, in year and period order: nothing typed is dropped from the sheet.
 */
function keysOf(
  benefit: Benefit,
  path: "realisedPeriods",
  typed: Record<string, Record<string, number>> | undefined,
): [string, string][] {
  const keys = new Set<string>();
  for (const [year, periods] of Object.entries(typed ?? {}))
    for (const period of Object.keys(periods)) keys.add(`${year}\u0000${period}`);
  for (const field of Object.keys(benefit.invalid ?? {})) {
    const parts = field.split(".");
    if (parts[0] === path && parts.length === 3) keys.add(`${parts[1]}\u0000${parts[2]}`);
  }
  return [...keys].sort().map((key) => key.split("\u0000") as [string, string]);
}

/** The periods of a benefit's profile, readable or kept as typed, in period order. */
function profileKeysOf(benefit: Benefit): string[] {
  const keys = new Set(Object.keys(benefit.periodProfile ?? {}));
  for (const field of Object.keys(benefit.invalid ?? {})) {
    const parts = field.split(".");
    if (parts[0] === "periodProfile" && parts.length === 2) keys.add(parts[1] as string);
  }
  return [...keys].sort();
}

function rowFormulas(
  key: DeepDiveSectionKey,
  map: DeepDiveSheetMap,
  row: number,
  settings: SettingsRefs,
  partner: SectionRow["partner"],
  years: readonly string[],
): Record<string, string> {
  // The partner's sheet row: its section's first data row plus its index there.
  const placed = (section: DeepDiveSectionKey) =>
    partner && {
      first: map.sections[section].firstRow + partner.first,
      count: partner.count,
    };
  if (key === "measures") return measureRowFormulas(map, row, settings, placed("benefits"));
  if (key === "benefits")
    return benefitRowFormulas(map, row, settings, placed("measures")?.first, years);
  if (key === "links") return linkRowFormulas(map, row, placed("benefits")?.first);
  if (key === "periods") return periodRowFormulas(map, row, settings, years[0]);
  if (key === "profiles") return profileRowFormulas(map, row, settings);
  return {};
}

function renderSection(
  draft: SheetDraft,
  spec: DeepDiveSection,
  place: SectionPlace,
  columns: readonly LayoutColumn[],
  rows: readonly SectionRow[],
  map: DeepDiveSheetMap,
  settings: SettingsRefs,
  years: readonly string[],
): void {
  draft.label(place.titleRow, 0, spec.title);
  draft.format(at(place.titleRow, 0), STYLE_SECTION);
  columns.forEach((column, c) => draft.label(place.headerRow, c, column.header));
  draft.format(at(place.headerRow, 0, 1, columns.length), STYLE_HEADER);
  const capacity = place.lastRow - place.firstRow + 1;
  for (let i = 0; i < capacity; i++) {
    const row = place.firstRow + i;
    const data = rows[i];
    const formulas = rowFormulas(spec.key, map, row, settings, data?.partner, years);
    columns.forEach((column, c) => {
      if (column.spec.kind === "formula") {
        const formula = formulas[column.field];
        if (formula !== undefined) draft.formula(row, c, formula);
      } else {
        draft.input(row, c, data?.values[column.field] ?? null, data?.entity ?? "spare");
      }
    });
  }
  const firstCol = 0;
  columns.forEach((column, c) => {
    const range = at(place.firstRow, c, capacity, 1);
    draft.format(
      range,
      column.spec.kind === "input"
        ? inputStyle(column.spec.value)
        : formulaStyle(column.spec.value),
    );
    if (column.spec.list) draft.validations.push({ range, list: [...column.spec.list] });
    if (column.spec.required && c !== firstCol) {
      const own = cellRef(place.firstRow, c);
      const key = cellRef(place.firstRow, firstCol, { absCol: true });
      draft.conditionalFills.push({
        range,
        formula: `=AND(LEN(${key})>0,LEN(${own})=0)`,
        fill: FILL_MISSING,
      });
    }
  });
}

/** The draft of one deep-dive sheet and the map other sheets reference. */
export function renderDeepDive(input: DeepDiveSheetInput): {
  draft: SheetDraft;
  map: DeepDiveSheetMap;
} {
  const { sheet, years, deepDive, settings } = input;
  const rows = measureRows(input.measures, years);
  const needed: Record<string, number> = {};
  for (const [key, list] of Object.entries(rows)) needed[key] = list.length;
  const dimensions = input.dimensions ?? {};
  const map = planDeepDiveMap(
    sheet,
    deepDive?.id ?? null,
    years,
    needed,
    input.presentCapacity,
    dimensions,
  );
  const draft = new SheetDraft(sheet);
  draft.structure = deepDiveStructure(map);

  const title = deepDive ? `${DEEP_DIVE_TITLE_PREFIX}${deepDive.name}` : "Tiltak uten dypdykk";
  draft.label(0, 0, title);
  draft.format(at(0, 0), STYLE_TITLE);
  draft.label(1, 0, "Gule celler fylles ut. Hvite celler regnes ut av formler og er låst.");
  draft.format(at(1, 0), STYLE_HINT);

  const entity = deepDive ? `deepDive:${deepDive.id}` : "other";
  for (const field of DEEP_DIVE_FIELDS) {
    const place = map.fields[field.key] as { row: number; col: number };
    draft.label(place.row, 0, field.label);
    draft.format(at(place.row, 0), STYLE_LABEL);
    const value = deepDive ? fieldCell(deepDive, field.key) : null;
    draft.input(
      place.row,
      1,
      deepDive
        ? cellFor(deepDive, field.key, value ?? null)
        : field.key === "name"
          ? "Andre tiltak"
          : null,
      entity,
    );
    const span = field.span ?? 1;
    draft.format(at(place.row, 1, 1, span), inputStyle(field.value));
    if (span > 1) draft.merges.push(at(place.row, 1, 1, span));
  }

  draft.label(map.totalsTitleRow, 0, TOTALS_TITLE);
  draft.format(at(map.totalsTitleRow, 0), STYLE_SECTION);
  draft.label(map.totalsHeaderRow, 0, TOTALS_HEADER);
  years.forEach((year, i) => draft.label(map.totalsHeaderRow, TOTALS_YEAR_COL + i, Number(year)));
  draft.label(map.totalsHeaderRow, TOTALS_SUM_COL, "Sum");
  draft.format(at(map.totalsHeaderRow, 0, 1, TOTALS_SUM_COL + 1), STYLE_HEADER);
  for (const spec of TOTAL_ROWS) {
    const row = map.totals[spec.key] as number;
    draft.label(row, 0, spec.label);
    for (let i = 0; i < 4; i++)
      draft.formula(row, TOTALS_YEAR_COL + i, totalFormula(map, spec.figure, i, spec.filter));
    draft.formula(
      row,
      TOTALS_SUM_COL,
      `SUM(${cellRef(row, TOTALS_YEAR_COL)}:${cellRef(row, TOTALS_YEAR_COL + 3)})`,
    );
    draft.format(
      at(row, 1, 1, 5),
      formulaStyle(
        spec.figure === "freedHours" ? "hours" : "kroner",
        spec.filter.kind === "counted",
      ),
    );
  }

  let widest = TOTALS_SUM_COL + 1;
  const widths = new Map<number, number>();
  for (const spec of DEEP_DIVE_SECTIONS) {
    const columns = expandColumns(spec.columns, years, dimensions);
    renderSection(
      draft,
      spec,
      map.sections[spec.key],
      columns,
      rows[spec.key] ?? [],
      map,
      settings,
      years,
    );
    widest = Math.max(widest, columns.length);
    columns.forEach((column, c) => widths.set(c, Math.max(widths.get(c) ?? 0, column.spec.width)));
  }
  draft.label(map.endRow, 0, END_LABEL);
  draft.format(at(map.endRow, 0), STYLE_HINT);
  widths.set(0, Math.max(widths.get(0) ?? 0, 24));
  draft.widths.push(...[...widths.entries()].map(([col, width]) => ({ col, width })));
  draft.freeze = { rows: 1, cols: 1 };
  draft.pageLayout = dataSheetPage(draft, at(0, 0, map.lastRow + 1, widest), 0, title);
  return { draft, map };
}

/** A deep-dive field as its cell shows it: labels for `selectedBecause`, a date as a date. */
function fieldCell(deepDive: DeepDive, key: string): CellValue | undefined {
  if (key === "selectedBecause")
    return deepDive.selectedBecause ? deepDive.selectedBecause.map(labelOf).join(", ") : undefined;
  if (key === "workshopDate") return dateCell(deepDive.workshopDate);
  return (deepDive as Record<string, unknown>)[key] as CellValue | undefined;
}
