/**
 * Reads a deep-dive sheet back into the model: the analysis texts and the measures with their
 * benefits, links, indicators and measurements. Sections and columns are found by their labels
 * (deep-dive-sections), so a row inserted inside a section, a blank row, a deleted optional
 * column or extra columns do not confuse it. Measures take their deep-dive from the sheet they
 * are on. Each section has its own reader; this module puts them together in layout order.
 */
import type { Issue } from "../../model/issue.types";
import type { DeepDive, Measure } from "../../model/portfolio.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import type { Reader } from "../shared/cell-readers";
import { findAnchor, locateSections, type SheetReadContext } from "./deep-dive-sections";
import { readMarker } from "../shared/parse-grid";
import { readBenefitLinks } from "./read-benefit-links";
import { readBenefits } from "./read-benefits";
import { readDeepDiveFields } from "./read-deep-dive-fields";
import { readIndicators, readMeasurements } from "./read-indicators";
import { readMeasures } from "./read-measures";
import { readActions } from "./read-actions";
import { readForecasts, readPeriods, readProfiles } from "./read-periods";

export type ParsedDeepDiveSheet = {
  sheet: string;
  deepDive: DeepDive | null;
  /**
   * The name in the sheet's title («Dypdykk: …»): the name the sheet was last drawn and named
   * for. It differs from `deepDive.name` when someone typed a new name into «Navn».
   */
  titleName?: string;
  measures: Measure[];
  /** Data rows per section as found (kept when re-rendering, so nothing moves needlessly). */
  presentCapacity: Record<string, number>;
  rowEntities: Map<number, string>;
  marker: string | null;
  issues: Issue[];
};

/** Reads one deep-dive sheet (or the sheet of measures without a deep-dive). */
export function parseDeepDiveSheet(grid: SheetGrid, years: readonly string[]): ParsedDeepDiveSheet {
  const sheet = grid.name;
  const reader: Reader = { issues: [] };
  const rowEntities = new Map<number, string>();
  const anchor = findAnchor(grid);

  const { deepDive, fieldRows, titleName } = readDeepDiveFields(grid, anchor, reader);
  const fieldEntity = deepDive ? `deepDive:${deepDive.id}` : "other";
  for (const row of fieldRows) rowEntities.set(row, fieldEntity);

  const context: SheetReadContext = { sheet, years, reader, rowEntities, deepDive };
  const { rows, presentCapacity } = locateSections(grid, anchor, context);
  const measures = readMeasures(rows.measures ?? [], context);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const benefits = readBenefits(rows.benefits ?? [], byId, context);
  readBenefitLinks(rows.links ?? [], benefits, context);
  const indicators = readIndicators(rows.indicators ?? [], benefits, context);
  readMeasurements(rows.measurements ?? [], indicators, context);
  readActions(rows.actions ?? [], byId, context);
  readForecasts(rows.forecasts ?? [], byId, context);
  readPeriods(rows.periods ?? [], benefits, context);
  readProfiles(rows.profiles ?? [], benefits, context);

  return {
    sheet,
    deepDive,
    ...(titleName === undefined ? {} : { titleName }),
    measures,
    presentCapacity,
    rowEntities,
    marker: readMarker(grid),
    issues: reader.issues,
  };
}
