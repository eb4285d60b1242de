/**
 * References from an A3 into a deep-dive sheet: the rows Gevinst wrote each measure, benefit and
 * indicator in (the order render-deep-dive.ts writes them), read directly while the row still
 * holds the id, else looked up by id (as «Gevinst Tiltak» does) — so a sorted section still shows
 * the right figures.
 */
import type { Measure } from "../../model/portfolio.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { fieldRange } from "../deep-dive/deep-dive-formulas";
import type { SectionPlace } from "../deep-dive/deep-dive-map";
import type { SectionFieldsByKey, DeepDiveSectionKey } from "../deep-dive/deep-dive.layout";
import { cellRef, sumIfs, textLiteral } from "../shared/formulas";

export type DeepDivePlaces = {
  measures: Map<string, number>;
  benefits: Map<string, number>;
  indicators: { id: string; measure: Measure; index: number }[];
};

/** The same order render-deep-dive.ts writes the rows in. */
export function placesOf(measures: readonly Measure[]): DeepDivePlaces {
  const places: DeepDivePlaces = { measures: new Map(), benefits: new Map(), indicators: [] };
  let benefit = 0;
  let indicator = 0;
  measures.forEach((measure, m) => {
    places.measures.set(measure.id, m);
    for (const b of measure.benefits) {
      places.benefits.set(b.id, benefit++);
      for (const i of b.indicators)
        places.indicators.push({ id: i.id, measure, index: indicator++ });
    }
  });
  return places;
}

/** Cells of one row of a section on a deep-dive sheet, found by its id. */
export class RowCells<K extends DeepDiveSectionKey> {
  /** Typed by the public methods' field; looked up here as plain text. */
  private readonly section: SectionPlace;
  private readonly idField = "id";

  constructor(
    private readonly dd: DeepDiveRef,
    sectionKey: K,
    private readonly index: number,
    private readonly id: string,
  ) {
    this.section = dd.map.sections[sectionKey];
  }

  private written(field: string): string {
    return cellRef(this.section.firstRow + this.index, this.section.columns[field] as number, {
      sheet: this.dd.sheet,
      abs: true,
    });
  }

  private get intact(): string {
    return `IFERROR(${this.written(this.idField)}=${textLiteral(this.id)},FALSE)`;
  }

  /** The cell as text ("" when the id is gone). */
  text(field: SectionFieldsByKey[K]): string {
    const range = (f: string) => fieldRange(this.section, f, this.dd.sheet);
    return `IF(${this.intact},${this.written(field)}&"",IFERROR(INDEX(${range(field)},MATCH(${textLiteral(this.id)},${range(this.idField)},0))&"",""))`;
  }

  /** The cell as it is (a number or date), or "" when the id is gone. */
  value(field: SectionFieldsByKey[K]): string {
    const range = (f: string) => fieldRange(this.section, f, this.dd.sheet);
    return `IF(${this.intact},${this.written(field)},IFERROR(INDEX(${range(field)},MATCH(${textLiteral(this.id)},${range(this.idField)},0)),""))`;
  }

  /** A figure summed by id when the row moved (0 when the id is gone). */
  figure(field: SectionFieldsByKey[K]): string {
    const range = (f: string) => fieldRange(this.section, f, this.dd.sheet);
    return `IF(${this.intact},${this.written(field)},${sumIfs(range(field), [[range(this.idField), textLiteral(this.id)]])})`;
  }
}
