import {
  addBenefit,
  addDeepDive,
  addMeasure,
  applyPortfolioEdit,
  isEditError,
  nextId,
  setBenefitLinks,
  updateDeepDive,
} from "../../../src/app/edit-portfolio";
import { deleteBenefit, deleteMeasure } from "../../../src/app/edit-details";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { emptyPortfolio } from "../../../src/core/model/settings";
import {
  aConnectedWorkbook,
  aPortfolio,
  aWorkbookWithPortfolio,
  NOW,
} from "../support/gevinst-workbook";
import { textOf } from "../../support/text-of";

function refused(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (isEditError(error)) return textOf(error);
    throw error;
  }
  throw new Error("not refused");
}

describe("edit-portfolio", () => {
  it("gives the next number after the highest id with the prefix", () => {
    expect(nextId("DD", ["DD1", "DD3", "X9"])).toBe("DD4");
    expect(nextId("T1-G", [])).toBe("T1-G1");
  });

  it("adds a deep-dive, a measure in it and a benefit on the measure", () => {
    const start = emptyPortfolio(2027);

    const dd = addDeepDive(start, { name: " Hjemmetjenester ", owner: "Kari" });
    const measure = addMeasure(dd.portfolio, {
      name: "Digitalt tilsyn",
      deepDive: dd.id,
      owner: "Kari",
    });
    const benefit = addBenefit(measure.portfolio, measure.id, {
      name: "Færre nattbesøk",
      type: "kostnad",
      annual: 600_000,
      budgetEffect: "uttak",
    });

    expect([dd.id, measure.id, benefit.id]).toEqual(["DD1", "T1", "T1-G1"]);
    expect(benefit.portfolio.deepDives).toEqual([
      { id: "DD1", name: "Hjemmetjenester", owner: "Kari" },
    ]);
    expect(benefit.portfolio.measures[0]).toMatchObject({ deepDive: "DD1", status: "foreslatt" });
    expect(benefit.portfolio.measures[0]?.benefits[0]).toMatchObject({
      annual: 600_000,
      links: [],
    });
    expect(start.deepDives).toEqual([]);
  });

  it("renames a deep-dive and removes its owner when left blank", () => {
    const { portfolio } = addDeepDive(emptyPortfolio(2027), { name: "A", owner: "Kari" });

    const renamed = updateDeepDive(portfolio, "DD1", { name: "B", owner: " " });

    expect(renamed.deepDives).toEqual([{ id: "DD1", name: "B" }]);
  });

  it("refuses a second deep-dive with the same name", () => {
    const { portfolio } = addDeepDive(emptyPortfolio(2027), { name: "Skole" });

    expect(refused(() => addDeepDive(portfolio, { name: "skole" }))).toMatch(/finnes allerede/);
  });

  it("refuses links whose shares do not add up to 100 %", () => {
    const m = addMeasure(emptyPortfolio(2027), { name: "T" });
    const b = addBenefit(m.portfolio, "T1", {
      name: "G",
      type: "kostnad",
      annual: 1,
      budgetEffect: "uttak",
    });
    const link = (art: string, share: number) => ({ ansvar: "3100", art, funksjon: "254", share });

    expect(
      refused(() => setBenefitLinks(b.portfolio, "T1", "T1-G1", [link("1", 0.6), link("2", 0.3)])),
    ).toMatch(/100 %/);
    expect(
      refused(() => setBenefitLinks(b.portfolio, "T1", "T1-G1", [link("1", 0.5), link("1", 0.5)])),
    ).toMatch(/to ganger/);
    const linked = setBenefitLinks(b.portfolio, "T1", "T1-G1", [link("1", 0.6), link("2", 0.4)]);
    expect(linked.measures[0]?.benefits[0]?.links.map((l) => l.share)).toEqual([0.6, 0.4]);
  });

  it("writes an edit through the sheets so that reading them gives it back", async () => {
    const { workbook } = await aConnectedWorkbook();

    await applyPortfolioEdit(
      workbook,
      (p) => addDeepDive(p, { name: "Hjemmetjenester", owner: "Kari" }).portfolio,
      {
        now: NOW,
        user: "Test",
      },
    );

    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.deepDives).toEqual([
      expect.objectContaining({ id: "DD1", name: "Hjemmetjenester", owner: "Kari" }),
    ]);
    expect(workbook.sheet("Gevinst DD Hjemmetjenester")).toBeTruthy();
  });

  it("deletes a measure and a benefit from the sheets, keeping the rest", async () => {
    const start = aPortfolio(600_000, "vedtatt", 1_000_000);
    const second = addMeasure(start, { name: "Turnus", deepDive: "DD1", owner: "Kari Nordmann" });
    const withBenefit = addBenefit(second.portfolio, "T1", {
      name: "Mindre overtid",
      type: "kostnad",
      annual: 100_000,
      budgetEffect: "omdisponering",
    });
    const workbook = await aWorkbookWithPortfolio(withBenefit.portfolio);
    const context = { now: NOW, user: "Test" };

    await applyPortfolioEdit(workbook, (p) => deleteMeasure(p, second.id), context);
    await applyPortfolioEdit(workbook, (p) => deleteBenefit(p, "T1", withBenefit.id), context);

    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.measures.map((m) => m.id)).toEqual(["T1"]);
    expect(portfolio.measures[0]?.benefits.map((b) => b.id)).toEqual(["T1-G1"]);
    expect(portfolio.measures[0]?.benefits[0]).toMatchObject({ annual: 600_000 });
    expect(portfolio.savingsTarget["2030"]).toBe(1_000_000);
  });
});
