import {
  areaDimensions,
  budgetAreas,
  setAreaGrouping,
  setAreaTarget,
} from "../../src/app/edit-areas";
import { isEditError } from "../../src/app/edit-portfolio";
import { emptyPortfolio } from "../../src/core/model/settings";
import { bergenLine } from "../support/bergen-shape";

const lines = [
  { ...bergenLine("2", "12000", "16", 100, 2), names: { tjenesteomrade: "Kultur" } },
  bergenLine("4", "25100", "02", 200, 3),
  bergenLine("4", "25300", "17A", 300, 4),
  bergenLine("5", "25310", "17A", 300, 5),
];

describe("rammeområder from the pane", () => {
  it("offers the budget's codes under tjenesteområde, named by the budget's name column", () => {
    const { grouping, areas } = budgetAreas(emptyPortfolio(2027, "Bergen"), lines);
    expect(grouping).toEqual({ dimension: "tjenesteomrade" });
    // Numeric order: 02 before 16 before 17A; a code without a name is named by its code.
    expect(areas).toEqual([
      { id: "02", name: "02", listed: false },
      { id: "16", name: "Kultur", listed: false },
      { id: "17A", name: "17A", listed: false },
    ]);
    expect(areaDimensions(lines)).toEqual(["ansvar", "funksjon", "tjenesteomrade"]);
  });

  it("groups five-digit tjenester by their KOSTRA funksjon, without borrowing one tjeneste's name", () => {
    const portfolio = setAreaGrouping(emptyPortfolio(2027, "Bergen"), {
      dimension: "funksjon",
      prefix: 3,
    });
    expect(portfolio.areaDimension).toBe("funksjon");
    expect(portfolio.areaPrefix).toBe(3);
    expect(budgetAreas(portfolio, lines).areas.map((a) => a.id)).toEqual(["120", "251", "253"]);
  });

  it("sets an area's name and krav, keeps the other areas, and lists it first", () => {
    const start = emptyPortfolio(2027, "Bergen");
    const grouping = budgetAreas(start, lines).grouping;
    const once = setAreaTarget(start, grouping, {
      id: "17A",
      name: " Helse og omsorg ",
      target: { "2027": 1_000_000, "2028": null, "2031": 5 },
    });
    const twice = setAreaTarget(once, grouping, {
      id: "02",
      name: "",
      target: { "2028": 250_000 },
    });
    expect(twice.areaDimension).toBe("tjenesteomrade");
    // A year outside the plan and a blank year are left out; a blank name is the code.
    expect(twice.areas).toEqual([
      { id: "17A", name: "Helse og omsorg", savingsTarget: { "2027": 1_000_000 } },
      { id: "02", name: "02", savingsTarget: { "2028": 250_000 } },
    ]);
    const changed = setAreaTarget(twice, grouping, {
      id: "17A",
      name: "Helse",
      target: { "2027": 900_000 },
    });
    expect(changed.areas?.[0]).toEqual({
      id: "17A",
      name: "Helse",
      savingsTarget: { "2027": 900_000 },
    });
    expect(budgetAreas(changed, lines).areas.slice(0, 2)).toEqual([
      { id: "17A", name: "Helse", listed: true },
      { id: "02", name: "02", listed: true },
    ]);
  });

  it("refuses to regroup while an area has a krav, so no krav moves to another area", () => {
    const start = emptyPortfolio(2027, "Bergen");
    const withTarget = setAreaTarget(start, budgetAreas(start, lines).grouping, {
      id: "17A",
      name: "Helse",
      target: { "2027": 1 },
    });
    let error: unknown;
    try {
      setAreaGrouping(withTarget, { dimension: "ansvar" });
    } catch (e) {
      error = e;
    }
    expect(isEditError(error) && error.key).toBe("EDIT_AREA_GROUPING_HAS_TARGETS");
    // The same grouping is no change at all.
    expect(setAreaGrouping(withTarget, { dimension: "tjenesteomrade" })).toBe(withTarget);
  });
});
