/**
 * Column keys are typed (issue 16): the layouts declare their columns `as const`, the field names
 * ("id", "expected.0" …) are derived from them, and every lookup takes that union — so a misspelt
 * key is a compile error. The `@ts-expect-error` lines fail the type check (tsc and ts-jest) the
 * day a misspelt key compiles again; the runtime checks prove the types name the real columns.
 */
import { expandColumns, yearField } from "../../../src/core/sheets/shared/layout.types";
import {
  REGISTER_COLUMNS,
  type RegisterField,
} from "../../../src/core/sheets/register/register.layout";
import type {
  BenefitField,
  MeasureField,
} from "../../../src/core/sheets/deep-dive/deep-dive.layout";
import { planDeepDiveMap } from "../../../src/core/sheets/deep-dive/deep-dive-map";
import { fieldRange } from "../../../src/core/sheets/deep-dive/deep-dive-formulas";

const YEARS = ["2027", "2028", "2029", "2030"];

describe("typed column keys", () => {
  it("derive exactly the fields the layout expands to", () => {
    // A Record over the union must list every field and no other (excess property check).
    const all: Record<RegisterField, true> = {
      deepDive: true,
      id: true,
      name: true,
      owner: true,
      status: true,
      "gross.0": true,
      "gross.1": true,
      "gross.2": true,
      "gross.3": true,
      "expected.0": true,
      "expected.1": true,
      "expected.2": true,
      "expected.3": true,
      "withdrawable.0": true,
      "withdrawable.1": true,
      "withdrawable.2": true,
      "withdrawable.3": true,
      "cost.0": true,
      "cost.1": true,
      "cost.2": true,
      "cost.3": true,
      "budgetNet.0": true,
      "budgetNet.1": true,
      "budgetNet.2": true,
      "budgetNet.3": true,
      npv: true,
    };
    const expanded: RegisterField[] = expandColumns(REGISTER_COLUMNS, YEARS).map((c) => c.field);
    expect([...expanded].sort()).toEqual(Object.keys(all).sort());
    expect(expanded).toHaveLength(26);
  });

  it("reject a misspelt key, a per-year key without its year and a year outside the plan", () => {
    const fine: RegisterField[] = ["id", "expected.0", "budgetNet.3", "npv"];
    // @ts-expect-error «expcted» is not a column of «Gevinst Tiltak».
    const misspelt: RegisterField = "expcted.0";
    // @ts-expect-error «Forventet» is per year: the field names its year.
    const noYear: RegisterField = "expected";
    // @ts-expect-error «Nåverdi» is one column, not one per year.
    const yearOfPlain: RegisterField = "npv.0";
    // @ts-expect-error The økonomiplan has four years, 0..3.
    const fifthYear: RegisterField = "expected.4";
    // @ts-expect-error «phaseIn» is a benefit column, not a measure column.
    const wrongSection: MeasureField = "phaseIn.0";
    const benefit: BenefitField = yearField("phaseIn", 2);
    expect([...fine, misspelt, noYear, yearOfPlain, fifthYear, wrongSection, benefit]).toHaveLength(
      10,
    );
  });

  it("type the lookups on a deep-dive sheet by section", () => {
    const map = planDeepDiveMap("Gevinst DD Helse", "helse", YEARS, {});
    const benefits = map.sections.benefits;
    expect(fieldRange(benefits, "phaseIn.2")).toBe(fieldRange(benefits, yearField("phaseIn", 2)));
    // A field of another section is caught by the compiler; at run time it would throw.
    // @ts-expect-error «phaseIn» is not a column of «Tiltak».
    expect(() => fieldRange(map.sections.measures, "phaseIn.2")).toThrow(/Ukjent felt/);
  });
});
