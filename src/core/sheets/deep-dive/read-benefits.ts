/** The «Gevinster» section of a deep-dive sheet: each benefit under a measure on the same sheet. */
import { yearField } from "../shared/layout.types";
import {
  BUDGET_EFFECTS,
  BENEFIT_TYPES,
  type Benefit,
  type Measure,
} from "../../model/portfolio.types";
import { isBlank } from "../shared/cell-values";
import {
  missingField,
  readCode,
  readEnum,
  readNumber,
  readText,
  type CellPlace,
} from "../shared/cell-readers";
import type { SectionRow, SheetReadContext } from "./deep-dive-sections";
import type { BenefitField } from "./deep-dive.layout";

/** Benefits by id, each with the measure it was added to. */
export type BenefitsById = Map<string, { benefit: Benefit; measure: Measure }>;

/**
 * Reads the benefits and adds each to its measure (`measures` by id). A benefit whose measure is
 * not in this sheet's «Tiltak» is reported (BAD_VALUE) and skipped.
 */
export function readBenefits(
  rows: readonly SectionRow<BenefitField>[],
  measures: ReadonlyMap<string, Measure>,
  context: SheetReadContext,
): BenefitsById {
  const { sheet, reader, years, rowEntities } = context;
  const benefits: BenefitsById = new Map();
  for (const r of rows) {
    const measureId = readCode(r.get("measure"));
    const id = readCode(r.get("id"));
    const measure = measureId ? measures.get(measureId) : undefined;
    if (!measureId || !id || !measure) {
      if (!measureId) missingField(reader, r.at("measure"), "tiltak-id");
      else if (!id) missingField(reader, r.at("id"), "gevinst-id");
      else
        reader.issues.push({
          severity: "error",
          code: "BAD_VALUE",
          sheet,
          key: "BENEFIT_MEASURE_NOT_ON_SHEET",
          params: { b: id, m: measureId, sheet },
          benefit: id,
        });
      continue;
    }
    const p = (field: BenefitField): CellPlace => ({
      ...r.at(field),
      measure: measure.id,
      benefit: id,
    });
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
    const phaseCells = years.map((_, i) => r.get(yearField("phaseIn", i)));
    if (!phaseCells.every(isBlank)) {
      const phaseIn: Record<string, number> = {};
      years.forEach((year, i) => {
        const share = readNumber(
          reader,
          benefit,
          `phaseIn.${year}`,
          phaseCells[i] ?? null,
          p(yearField("phaseIn", i)),
          "share",
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
      "share",
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
      "share",
    );
    if (share !== undefined) benefit.withdrawalShare = share;
    const owner = readText(r.get("owner"));
    if (owner !== undefined) benefit.owner = owner;
    // Realised per plan year (spec §12); a blank year is «not measured», never 0.
    const realisedCells = years.map((_, i) => r.get(yearField("realised", i)));
    if (!realisedCells.every(isBlank)) {
      const realised: Record<string, number> = {};
      years.forEach((year, i) => {
        if (isBlank(realisedCells[i] ?? null)) return;
        const value = readNumber(
          reader,
          benefit,
          `realised.${year}`,
          realisedCells[i] ?? null,
          p(yearField("realised", i)),
        );
        if (value !== undefined) realised[year] = value;
      });
      benefit.realised = realised;
    }
    measure.benefits.push(benefit);
    benefits.set(id, { benefit, measure });
    rowEntities.set(r.row, `measure:${measure.id}`);
  }
  return benefits;
}
