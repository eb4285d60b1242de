/**
 * `roll` moves each rammeområde's innsparingskrav with the plan years (spec §13, §12), as it does
 * the kommune's: year B leaves, B+1..B+3 stay, B+4 is blank for the budsjettskriv to fill.
 */
import fc from "fast-check";
import { rollPortfolio } from "../../../src/core/roll";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { aPortfolio } from "../../support/builders";

const rolled = (p: Portfolio): Portfolio => {
  const result = rollPortfolio(p);
  if (result.status !== "rolled") throw new Error(result.key);
  return result.portfolio;
};

describe("roll and the rammeområder", () => {
  it("drops year B from every area's krav, keeps the rest and leaves B+4 blank", () => {
    const p = aPortfolio({
      budgetYear: 2027,
      areaDimension: "tjenesteomrade",
      areaPrefix: 2,
      areas: [
        { id: "02", name: "Barnevern", savingsTarget: { "2027": 100, "2028": 200, "2030": 400 } },
        { id: "16", name: "Administrasjon", savingsTarget: { "2027": 50 } },
        { id: "17A", name: "Sykehjem" },
      ],
    });

    const next = rolled(p);

    expect(next.budgetYear).toBe(2028);
    expect(next.areas).toEqual([
      { id: "02", name: "Barnevern", savingsTarget: { "2028": 200, "2030": 400 } },
      { id: "16", name: "Administrasjon" },
      { id: "17A", name: "Sykehjem" },
    ]);
    expect(next.areaDimension).toBe("tjenesteomrade");
    expect(next.areaPrefix).toBe(2);
    // The portfolio given is left as it was.
    expect(p.areas?.[0]?.savingsTarget).toEqual({ "2027": 100, "2028": 200, "2030": 400 });
  });

  it("reports an unreadable krav of year B as dropped and keeps one of a later year", () => {
    const p = aPortfolio({
      budgetYear: 2027,
      areas: [{ id: "02", name: "Barnevern" }],
      invalid: { "areas.0.savingsTarget.2027": "mye", "areas.0.savingsTarget.2029": "litt" },
    });
    const result = rollPortfolio(p);
    if (result.status !== "rolled") throw new Error(result.key);
    expect(result.portfolio.invalid).toEqual({ "areas.0.savingsTarget.2029": "litt" });
    expect(result.report.dropped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "areas.0.savingsTarget.2027", raw: "mye" }),
      ]),
    );
  });

  it("never invents a krav: every year after the roll had the same krav before", () => {
    const year = fc.constantFrom("2027", "2028", "2029", "2030");
    const targets = fc.dictionary(year, fc.integer({ min: 0, max: 10_000_000 }));
    fc.assert(
      fc.property(fc.array(targets, { maxLength: 5 }), (perArea) => {
        const p = aPortfolio({
          budgetYear: 2027,
          areas: perArea.map((t, k) => ({ id: `A${k}`, name: `Område ${k}`, savingsTarget: t })),
        });
        const next = rolled(p);
        next.areas?.forEach((area, k) => {
          const before = perArea[k] ?? {};
          const after = area.savingsTarget ?? {};
          expect(after["2027"]).toBeUndefined();
          expect(after["2031"]).toBeUndefined();
          for (const y of ["2028", "2029", "2030"]) expect(after[y]).toBe(before[y]);
        });
        expect(next.areas?.length ?? 0).toBe(perArea.length);
      }),
    );
  });
});
