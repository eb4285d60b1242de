/**
 * The «Handlingsplan» section of a deep-dive sheet (spec §11): one step of a measure's action
 * plan per row — what, who, by when, status. A row naming no measure on the sheet is reported.
 */
import { ACTION_STATUSES, type Measure, type MeasureAction } from "../../model/portfolio.types";
import { isBlank } from "../shared/cell-values";
import {
  missingField,
  readCode,
  readDate,
  readEnum,
  readText,
  type CellPlace,
} from "../shared/cell-readers";
import type { SectionRow, SheetReadContext } from "./deep-dive-sections";
import type { ActionField } from "./deep-dive.layout";

export function readActions(
  rows: readonly SectionRow<ActionField>[],
  measures: ReadonlyMap<string, Measure>,
  context: SheetReadContext,
): void {
  const { reader, rowEntities } = context;
  for (const r of rows) {
    const measureId = readCode(r.get("measure"));
    const measure = measureId ? measures.get(measureId) : undefined;
    const id = readCode(r.get("id"));
    if (!measure || !id) {
      missingField(reader, r.at(measure ? "id" : "measure"), measure ? "handling-id" : "tiltak-id");
      continue;
    }
    const actions = (measure.actions ??= []);
    const i = actions.length;
    const p = (field: ActionField): CellPlace => ({ ...r.at(field), measure: measure.id });
    const action: MeasureAction = {
      id,
      what: readText(r.get("what")) ?? "",
      status: "ikke_startet",
    };
    if (action.what === "") missingField(reader, p("what"), "hva skal gjøres");
    const who = readText(r.get("who"));
    if (who !== undefined) action.who = who;
    const due = readDate(reader, measure, `actions.${i}.due`, r.get("due"), p("due"));
    if (due !== undefined) action.due = due;
    const status = readEnum(
      reader,
      measure,
      `actions.${i}.status`,
      r.get("status"),
      ACTION_STATUSES,
      p("status"),
    );
    if (status) action.status = status;
    else if (isBlank(r.get("status"))) missingField(reader, p("status"), "status");
    actions.push(action);
    rowEntities.set(r.row, `measure:${measure.id}`);
  }
}
