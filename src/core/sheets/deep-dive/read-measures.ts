/** The «Tiltak» section of a deep-dive sheet: one measure per row with an id. */
import { yearField } from "../shared/layout.types";
import { MEASURE_STATUSES, type Measure } from "../../model/portfolio.types";
import { isBlank } from "../shared/cell-values";
import {
  missingField,
  readCode,
  readEnum,
  readNumber,
  readText,
  readYesNo,
  type CellPlace,
} from "../shared/cell-readers";
import type { SectionRow, SheetReadContext } from "./deep-dive-sections";
import type { MeasureField } from "./deep-dive.layout";

/**
 * Reads the measures, in row order. A row without an id is reported and skipped; the measures
 * take the sheet's deep-dive.
 */
export function readMeasures(
  rows: readonly SectionRow<MeasureField>[],
  context: SheetReadContext,
): Measure[] {
  const { reader, years, deepDive, rowEntities } = context;
  const measures: Measure[] = [];
  for (const r of rows) {
    const id = readCode(r.get("id"));
    if (!id) {
      missingField(reader, r.at("id"), "tiltak-id");
      continue;
    }
    const p = (field: MeasureField): CellPlace => ({
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
    const included = readYesNo(
      reader,
      measure,
      "includedInBudget",
      r.get("includedInBudget"),
      p("includedInBudget"),
    );
    if (included !== undefined) measure.includedInBudget = included;
    const description = readText(r.get("description"));
    if (description !== undefined) measure.description = description;
    for (const key of ["preconditions", "risks"] as const) {
      const text = readText(r.get(key));
      if (text !== undefined) measure[key] = text;
    }
    years.forEach((year, i) => {
      const oneTime = readNumber(
        reader,
        measure,
        `costs.oneTime.${year}`,
        r.get(yearField("oneTime", i)),
        p(yearField("oneTime", i)),
      );
      if (oneTime !== undefined) measure.costs.oneTime[year] = oneTime;
      const running = readNumber(
        reader,
        measure,
        `costs.running.${year}`,
        r.get(yearField("running", i)),
        p(yearField("running", i)),
      );
      if (running !== undefined) measure.costs.running[year] = running;
    });
    const cost = (
      ["costAnsvar", "costArt", "costFunksjon", "costProsjekt", "costTjenesteomrade"] as const
    ).map((f) => readCode(r.get(f)));
    if (cost.some((code) => code !== undefined)) {
      measure.costLink = { ansvar: cost[0] ?? "", art: cost[1] ?? "", funksjon: cost[2] ?? "" };
      if (cost[3]) measure.costLink.prosjekt = cost[3];
      if (cost[4]) measure.costLink.tjenesteomrade = cost[4];
    }
    measures.push(measure);
    rowEntities.set(r.row, `measure:${id}`);
  }
  return measures;
}
