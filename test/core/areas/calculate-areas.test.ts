import fc from "fast-check";
import { calculateAreas, checkAreaTargets } from "../../../src/core/areas";
import type { Area } from "../../../src/core/areas";
import type { BudgetLine } from "../../../src/core/budget/budget.types";
import type { BudgetAdjustment } from "../../../src/core/calculation/calculation.types";

const YEARS = ["2027", "2028", "2029", "2030"];

function aLine(funksjon: string, amounts: [number, number, number, number]): BudgetLine {
  return {
    key: { ansvar: "100", art: "10100", funksjon, prosjekt: "" },
    names: {},
    amounts,
    source: 0,
    row: 0,
  };
}

/** An adjustment of −net each year (net = withdrawn − cost), on a line found in the budget or not. */
function anAdjustment(line: BudgetLine | null, funksjon: string, net: number[]): BudgetAdjustment {
  const years: BudgetAdjustment["years"] = {};
  YEARS.forEach((y, i) => {
    const adjustment = -(net[i] ?? 0);
    years[y] = { original: 0, adjustment, adjusted: adjustment, withdrawn: 0, addedCost: 0 };
  });
  return {
    key: { ansvar: "100", art: "10100", funksjon, prosjekt: "" },
    line,
    measures: ["T1"],
    years,
  };
}

describe("calculateAreas", () => {
  it("groups 5-digit tjenester by their 3-digit funksjon, to the øre", () => {
    const school = aLine("20201", [1000000.5, 1000000.5, 1000000.5, 1000000.5]);
    const school2 = aLine(" 20202 ", [250000.25, 250000.25, 250000.25, 250000.25]);
    const care = aLine("25301", [2000000, 2100000, 2200000, 2300000]);
    const admin = aLine("12000", [50000, 50000, 50000, 50000]);
    const none = aLine("", [7, 7, 7, 7]);
    // One measure with two links: share 0.25 on school, 0.75 on care, 10 000 kr withdrawable a year.
    const adjustments = [
      anAdjustment(school, "20201", [2500, 2500, 2500, 2500]),
      anAdjustment(care, "25301", [7500, 7500, 7500, 7500]),
      anAdjustment(null, "99999", [100, 100, 100, 100]),
    ];
    const areas: Area[] = [
      { id: "253", name: "Pleie og omsorg", savingsTarget: { "2027": 5000, "2028": 8000 } },
      { id: "202", name: "Grunnskole", savingsTarget: { "2027": 3000 } },
      { id: "400", name: "Tom" },
    ];

    const result = calculateAreas(
      areas,
      { dimension: "funksjon", prefix: 3 },
      [school, school2, care, admin, none],
      adjustments,
      YEARS,
    );

    expect(result.areas.map((a) => a.id)).toEqual(["253", "202", "400", "120"]);
    expect(result.areas[0]?.years["2027"]).toEqual({
      ramme: 2000000,
      budgetNet: 7500,
      target: 5000,
      gap: -2500,
      balanced: true,
    });
    expect(result.areas[0]?.years["2028"]).toEqual({
      ramme: 2100000,
      budgetNet: 7500,
      target: 8000,
      gap: 500,
      balanced: false,
    });
    expect(result.areas[1]?.years["2027"]?.ramme).toBeCloseTo(1250000.75, 2);
    expect(result.areas[1]?.years["2027"]).toMatchObject({
      budgetNet: 2500,
      target: 3000,
      gap: 500,
      balanced: false,
    });
    expect(result.areas[1]?.years["2028"]).toMatchObject({ target: 0, gap: -2500, balanced: true });
    expect(result.areas[2]?.years["2029"]).toEqual({
      ramme: 0,
      budgetNet: 0,
      target: 0,
      gap: 0,
      balanced: true,
    });
    expect(result.areas[3]).toMatchObject({ id: "120", name: "120" });
    expect(result.areas[3]?.years["2030"]).toMatchObject({ ramme: 50000, target: 0 });
    expect(result.unassigned["2027"]).toEqual({ ramme: 7, budgetNet: 100 });
  });
});

describe("checkAreaTargets", () => {
  it("reports the years where the area targets add up to more than the kommune's", () => {
    const areas: Area[] = [
      { id: "a", name: "A", savingsTarget: { "2027": 600, "2028": 500 } },
      { id: "b", name: "B", savingsTarget: { "2027": 500 } },
    ];

    const found = checkAreaTargets(areas, { "2027": 1000, "2028": 500 }, YEARS);

    expect(found).toEqual([
      { code: "AREA_TARGETS_EXCEED_TOTAL", year: "2027", sum: 1100, total: 1000 },
    ]);
  });
});

describe("calculateAreas properties", () => {
  const code = fc.constantFrom("", "20201", "20202", "25301", "12000", " 30100");
  const amount = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100);
  const amounts = fc.tuple(amount, amount, amount, amount);

  it("keeps every krone: Σ areas + unassigned equals the budget and the counted effect", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(code, amounts), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(20), fc.boolean(), amounts), { maxLength: 8 }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        (lineSpecs, adjSpecs, prefix) => {
          const lines = lineSpecs.map(([c, a]) => aLine(c, a));
          const adjustments = adjSpecs.map(([i, inBudget, net]) => {
            const line = lines.length > 0 && inBudget ? lines[i % lines.length]! : null;
            return anAdjustment(line, line?.key.funksjon ?? "99999", net);
          });

          const result = calculateAreas(
            [{ id: "202", name: "G" }],
            { dimension: "funksjon", prefix },
            lines,
            adjustments,
            YEARS,
          );

          YEARS.forEach((year, i) => {
            const ramme =
              result.areas.reduce((s, a) => s + (a.years[year]?.ramme ?? 0), 0) +
              (result.unassigned[year]?.ramme ?? 0);
            const net =
              result.areas.reduce((s, a) => s + (a.years[year]?.budgetNet ?? 0), 0) +
              (result.unassigned[year]?.budgetNet ?? 0);
            expect(ramme).toBeCloseTo(
              lines.reduce((s, l) => s + l.amounts[i]!, 0),
              2,
            );
            expect(net).toBeCloseTo(
              adjSpecs.reduce((s, [, , n]) => s + n[i]!, 0),
              2,
            );
          });
        },
      ),
    );
  });
});
