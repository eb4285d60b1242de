/**
 * Reads a deep-dive sheet back into the model: the analysis texts and the measures with their
 * benefits, links, indicators and measurements. Sections and columns are found by their labels,
 * so a row inserted inside a section, a blank row, a deleted optional column or extra columns do
 * not confuse it. Measures take their deep-dive from the sheet they are on.
 */
import {
  BENEFIT_SECTION,
  DEEP_DIVE_FIELDS,
  DEEP_DIVE_SECTIONS,
  TOTALS_TITLE,
} from "../layout/deep-dive.layout";
import { SHEET_OTHER_MEASURES } from "../layout/sheet-names";
import type { Issue } from "../model/issue.types";
import {
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  type Benefit,
  type BudgetLink,
  type DeepDive,
  type Indicator,
  type Measure,
} from "../model/portfolio.types";
import type { CellValue, SheetGrid } from "../workbook/workbook-port";
import { isBlank } from "./cell-values";
import {
  missingField,
  readCode,
  readDate,
  readEnum,
  readNumber,
  readText,
  readYesNo,
  type CellPlace,
  type Reader,
} from "./cell-readers";
import { END_LABEL, sectionColumns } from "./deep-dive-map";
import {
  findColumns,
  findLabel,
  findLabelAnywhere,
  lastRow,
  readMarker,
  valueAt,
} from "./parse-grid";

export type ParsedDeepDiveSheet = {
  sheet: string;
  deepDive: DeepDive | null;
  measures: Measure[];
  /** Data rows per section as found (kept when re-rendering, so nothing moves needlessly). */
  presentCapacity: Record<string, number>;
  rowEntities: Map<number, string>;
  marker: string | null;
  issues: Issue[];
};

type Row = { row: number; get: (field: string) => CellValue; at: (field: string) => CellPlace };

function sectionRows(
  grid: SheetGrid,
  sheet: string,
  titleRow: number,
  endRow: number,
  columns: Record<string, number>,
): Row[] {
  const rows: Row[] = [];
  for (let row = titleRow + 2; row < endRow; row++) {
    const get = (field: string) => {
      const col = columns[field];
      return col === undefined ? null : valueAt(grid, row, col);
    };
    const inputFields = Object.keys(columns);
    if (inputFields.every((field) => isBlank(get(field)))) continue;
    rows.push({ row, get, at: (field) => ({ sheet, row, col: columns[field] ?? 0 }) });
  }
  return rows;
}

/** Reads one deep-dive sheet (or the sheet of measures without a deep-dive). */
export function parseDeepDiveSheet(grid: SheetGrid, years: readonly string[]): ParsedDeepDiveSheet {
  const sheet = grid.name;
  const reader: Reader = { issues: [] };
  const rowEntities = new Map<number, string>();
  const presentCapacity: Record<string, number> = {};
  // Labels are in column A as written; a column inserted in front moves them, so find them.
  const anchor = findLabelAnywhere(grid, TOTALS_TITLE);
  const labelCol = anchor?.col ?? 0;
  const totalsRow = anchor?.row ?? lastRow(grid) + 1;

  // The analysis texts.
  const fieldValues: Record<string, { value: CellValue; row: number }> = {};
  for (const field of DEEP_DIVE_FIELDS) {
    const row = findLabel(grid, labelCol, field.label);
    if (row !== null && row < totalsRow)
      fieldValues[field.key] = { value: valueAt(grid, row, labelCol + 1), row };
  }
  let deepDive: DeepDive | null = null;
  if (sheet !== SHEET_OTHER_MEASURES) {
    const idCell = fieldValues.id;
    let id = readCode(idCell?.value ?? null);
    if (!id) {
      id = sheet;
      missingField(reader, { sheet, row: idCell?.row ?? 2, col: labelCol + 1 }, "dypdykk-id");
    }
    deepDive = { id, name: readText(fieldValues.name?.value ?? null) ?? "" };
    for (const key of ["owner", "currentSituation", "desiredSituation", "gap"] as const) {
      const text = readText(fieldValues[key]?.value ?? null);
      if (text !== undefined) deepDive[key] = text;
    }
  }
  const fieldEntity = deepDive ? `deepDive:${deepDive.id}` : "other";
  for (const { row } of Object.values(fieldValues)) rowEntities.set(row, fieldEntity);

  // Section boundaries, in layout order.
  const titles: { key: string; row: number }[] = [];
  let from = totalsRow;
  for (const section of DEEP_DIVE_SECTIONS) {
    const row = findLabel(grid, labelCol, section.title, from);
    if (row === null) {
      reader.issues.push({
        severity: "error",
        code: "SHEET_DAMAGED",
        sheet,
        message: `Arket «${sheet}» mangler delen «${section.title}». Kjør «Oppdater gevinstark» for å legge den inn igjen.`,
      });
      continue;
    }
    titles.push({ key: section.key, row });
    from = row + 1;
  }
  const end = findLabel(grid, labelCol, END_LABEL, from) ?? lastRow(grid) + 2;

  const rowsOf: Record<string, Row[]> = {};
  titles.forEach(({ key, row }, i) => {
    const next = titles[i + 1]?.row ?? end;
    const spec = DEEP_DIVE_SECTIONS.find((s) => s.key === key);
    if (!spec) return;
    presentCapacity[key] = Math.max(0, next - row - 3);
    const { headers } = sectionColumns(spec, years);
    const inputHeaders: Record<string, string> = {};
    for (const column of spec.columns) {
      if (column.kind !== "input") continue;
      for (const [field, header] of Object.entries(headers))
        if (field === column.key || field.startsWith(`${column.key}.`))
          inputHeaders[field] = header;
    }
    const columns = findColumns(grid, row + 1, inputHeaders);
    for (const column of spec.columns) {
      if (column.kind === "input" && column.required && columns[column.key] === undefined)
        reader.issues.push({
          severity: "error",
          code: "SHEET_DAMAGED",
          sheet,
          message: `Kolonnen «${column.header}» i delen «${spec.title}» på arket «${sheet}» finnes ikke. Kjør «Oppdater gevinstark».`,
        });
    }
    rowEntities.set(row, "layout");
    rowEntities.set(row + 1, "layout");
    rowsOf[key] = sectionRows(grid, sheet, row, next, columns);
  });

  const measures: Measure[] = [];
  const byId = new Map<string, Measure>();
  for (const r of rowsOf.measures ?? []) {
    const id = readCode(r.get("id"));
    if (!id) {
      missingField(reader, r.at("id"), "tiltak-id");
      continue;
    }
    const p = (field: string): CellPlace => ({
      ...r.at(field),
      measure: id,
      ...(deepDive ? { deepDive: deepDive.id } : {}),
    });
    const measure: Measure = {
      id,
      name: "",
      status: "foreslatt",
      costs: { oneTime: {}, running: {} },
      benefits: [],
    };
    measure.name = readText(r.get("name")) ?? "";
    if (measure.name === "") missingField(reader, p("name"), "navn");
    if (deepDive) measure.deepDive = deepDive.id;
    const owner = readText(r.get("owner"));
    if (owner !== undefined) measure.owner = owner;
    const status = readEnum(
      reader,
      measure,
      "status",
      r.get("status"),
      MEASURE_STATUSES,
      p("status"),
    );
    if (status) measure.status = status;
    else if (isBlank(r.get("status"))) missingField(reader, p("status"), "status");
    const mustDo = readYesNo(reader, measure, "mustDo", r.get("mustDo"), p("mustDo"));
    if (mustDo !== undefined) measure.mustDo = mustDo;
    const description = readText(r.get("description"));
    if (description !== undefined) measure.description = description;
    years.forEach((year, i) => {
      const oneTime = readNumber(
        reader,
        measure,
        `costs.oneTime.${year}`,
        r.get(`oneTime.${i}`),
        p(`oneTime.${i}`),
      );
      if (oneTime !== undefined) measure.costs.oneTime[year] = oneTime;
      const running = readNumber(
        reader,
        measure,
        `costs.running.${year}`,
        r.get(`running.${i}`),
        p(`running.${i}`),
      );
      if (running !== undefined) measure.costs.running[year] = running;
    });
    const cost = ["costAnsvar", "costArt", "costFunksjon", "costProsjekt"].map((f) =>
      readCode(r.get(f)),
    );
    if (cost.some((code) => code !== undefined)) {
      measure.costLink = { ansvar: cost[0] ?? "", art: cost[1] ?? "", funksjon: cost[2] ?? "" };
      if (cost[3]) measure.costLink.prosjekt = cost[3];
    }
    measures.push(measure);
    byId.set(id, measure);
    rowEntities.set(r.row, `measure:${id}`);
  }

  const benefits = new Map<string, { benefit: Benefit; measure: Measure }>();
  for (const r of rowsOf.benefits ?? []) {
    const measureId = readCode(r.get("measure"));
    const id = readCode(r.get("id"));
    const measure = measureId ? byId.get(measureId) : undefined;
    if (!measureId || !id || !measure) {
      if (!measureId) missingField(reader, r.at("measure"), "tiltak-id");
      else if (!id) missingField(reader, r.at("id"), "gevinst-id");
      else
        reader.issues.push({
          severity: "error",
          code: "BAD_VALUE",
          sheet,
          message: `Gevinsten ${id} på arket «${sheet}» hører til tiltak ${measureId}, som ikke står i delen «Tiltak» på samme ark. Rett tiltak-id-en.`,
          benefit: id,
        });
      continue;
    }
    const p = (field: string): CellPlace => ({ ...r.at(field), measure: measure.id, benefit: id });
    const benefit: Benefit = {
      id,
      name: readText(r.get("name")) ?? "",
      type: "kvalitet",
      annual: 0,
      budgetEffect: "ingen",
      links: [],
      indicators: [],
    };
    const type = readEnum(reader, benefit, "type", r.get("type"), BENEFIT_TYPES, p("type"));
    if (type) benefit.type = type;
    else if (isBlank(r.get("type"))) missingField(reader, p("type"), "type");
    benefit.annual = readNumber(reader, benefit, "annual", r.get("annual"), p("annual")) ?? 0;
    const phaseCells = years.map((_, i) => r.get(`phaseIn.${i}`));
    if (!phaseCells.every(isBlank)) {
      const phaseIn: Record<string, number> = {};
      years.forEach((year, i) => {
        const share = readNumber(
          reader,
          benefit,
          `phaseIn.${year}`,
          phaseCells[i] ?? null,
          p(`phaseIn.${i}`),
          "en andel (0–100 %)",
        );
        if (share !== undefined) phaseIn[year] = share;
      });
      benefit.phaseIn = phaseIn;
    }
    const confidence = readNumber(
      reader,
      benefit,
      "confidence",
      r.get("confidence"),
      p("confidence"),
      "en andel (0–100 %)",
    );
    if (confidence !== undefined) benefit.confidence = confidence;
    const effect = readEnum(
      reader,
      benefit,
      "budgetEffect",
      r.get("budgetEffect"),
      BUDGET_EFFECTS,
      p("budgetEffect"),
    );
    if (effect) benefit.budgetEffect = effect;
    const share = readNumber(
      reader,
      benefit,
      "withdrawalShare",
      r.get("withdrawalShare"),
      p("withdrawalShare"),
      "en andel (0–100 %)",
    );
    if (share !== undefined) benefit.withdrawalShare = share;
    const owner = readText(r.get("owner"));
    if (owner !== undefined) benefit.owner = owner;
    measure.benefits.push(benefit);
    benefits.set(id, { benefit, measure });
    rowEntities.set(r.row, `measure:${measure.id}`);
  }

  for (const r of rowsOf.links ?? []) {
    const benefitId = readCode(r.get("benefit"));
    const owner = benefitId ? benefits.get(benefitId) : undefined;
    if (!owner) {
      missingField(
        reader,
        r.at("benefit"),
        benefitId
          ? `gevinst-id ${benefitId} finnes ikke i delen «${BENEFIT_SECTION.title}»`
          : "gevinst-id",
      );
      continue;
    }
    const index = owner.benefit.links.length;
    const link = {
      ansvar: readCode(r.get("ansvar")) ?? "",
      art: readCode(r.get("art")) ?? "",
      funksjon: readCode(r.get("funksjon")) ?? "",
    } as BudgetLink;
    const prosjekt = readCode(r.get("prosjekt"));
    if (prosjekt) link.prosjekt = prosjekt;
    const share = readNumber(
      reader,
      owner.benefit,
      `links.${index}.share`,
      r.get("share"),
      { ...r.at("share"), measure: owner.measure.id, benefit: owner.benefit.id },
      "en andel (0–100 %)",
    );
    // A blank share stays absent: the core then takes 1 for a benefit's only link (linkShare).
    if (share !== undefined) link.share = share;
    owner.benefit.links.push(link);
    rowEntities.set(r.row, `measure:${owner.measure.id}`);
  }

  const indicators = new Map<string, { indicator: Indicator; measure: Measure }>();
  for (const r of rowsOf.indicators ?? []) {
    const benefitId = readCode(r.get("benefit"));
    const id = readCode(r.get("id"));
    const owner = benefitId ? benefits.get(benefitId) : undefined;
    if (!owner || !id) {
      missingField(reader, r.at(owner ? "id" : "benefit"), owner ? "indikator-id" : "gevinst-id");
      continue;
    }
    const p = (field: string): CellPlace => ({
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

  for (const r of rowsOf.measurements ?? []) {
    const indicatorId = readCode(r.get("indicator"));
    const owner = indicatorId ? indicators.get(indicatorId) : undefined;
    if (!owner) {
      missingField(reader, r.at("indicator"), "indikator-id");
      continue;
    }
    const i = owner.indicator.measurements.length;
    const p = (field: string): CellPlace => ({
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

  return {
    sheet,
    deepDive,
    measures,
    presentCapacity,
    rowEntities,
    marker: readMarker(grid),
    issues: reader.issues,
  };
}
