/**
 * Report version 3 (spec §13, docs/model.md §9/§9b): `areas[]` per rammeområde and plan year,
 * from the portfolio's areas and the calculation's per-line adjustments, checked to the krone
 * against figures worked by hand on Bergen-shaped lines (avdeling as ansvar, tjeneste, tjomr).
 */
import { messageText } from "../../../src/app/messages";
import { createBudgetIndex } from "../../../src/core/budget/budget-index";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import {
  buildReport,
  REPORT_VERSION,
  writeReportJson,
  type Report,
} from "../../../src/core/report";
import { aBenefit, aLink, aMeasure, aPortfolio } from "../../support/builders";
import { bergenLine, bergenMeasure } from "../../support/bergen-shape";

const budget = () =>
  createBudgetIndex([
    bergenLine("2", "12000", "16", 950_000, 1),
    bergenLine("4", "25100", "02", 5_000_000, 2),
    bergenLine("4", "25300", "17A", 9_000_000, 3),
    bergenLine("4", "25400", "02", 1_000_000, 4),
  ]);

/**
 * 100 000 kr a year, uttak: 75 000 off 2/12000/16 and 25 000 off 4/25100/02; a one-time cost of
 * 50 000 in 2027 on 4/25300/17A.
 */
const portfolio = (overrides: Partial<Portfolio> = {}): Portfolio =>
  aPortfolio({
    savingsTarget: { "2027": 200_000, "2028": 200_000 },
    areas: [
      { id: "02", name: "Barnevern", savingsTarget: { "2027": 30_000, "2028": 20_000 } },
      { id: "16", name: "Byrådsavdeling for helse", savingsTarget: { "2027": 100_000 } },
    ],
    measures: [bergenMeasure()],
    ...overrides,
  });

const reportOf = (p: Portfolio, withBudget = true): Report =>
  JSON.parse(
    writeReportJson(
      buildReport(p, { ...(withBudget ? { budget: budget() } : {}), text: messageText }),
    ),
  ) as Report;

describe("report version 3: areas (spec §13)", () => {
  it("gives ramme, budgetNet, target, gap and balanced per area and year, to the krone", () => {
    const report = reportOf(portfolio());

    expect(report.version).toBe(3);
    expect(REPORT_VERSION).toBe(3);
    expect(report.areas?.map((a) => [a.id, a.name])).toEqual([
      ["02", "Barnevern"],
      ["16", "Byrådsavdeling for helse"],
      // Only in the budget: named by its code, no target.
      ["17A", "17A"],
    ]);
    const [barnevern, helse, sykehjem] = report.areas!;
    // 02: lines 5 000 000 + 1 000 000; 25 000 taken out; target 30 000 → gap 5 000.
    expect(barnevern!.years["2027"]).toEqual({
      ramme: 6_000_000,
      budgetNet: 25_000,
      target: 30_000,
      gap: 5_000,
      balanced: false,
    });
    // 2028: target 20 000 → gap −5 000, balanced; 2029: no target → gap −25 000.
    expect(barnevern!.years["2028"]).toEqual({
      ramme: 6_000_000,
      budgetNet: 25_000,
      target: 20_000,
      gap: -5_000,
      balanced: true,
    });
    expect(barnevern!.years["2029"]).toMatchObject({ target: 0, gap: -25_000, balanced: true });
    // 16: 950 000; 75 000 taken out; target 100 000 → gap 25 000.
    expect(helse!.years["2027"]).toEqual({
      ramme: 950_000,
      budgetNet: 75_000,
      target: 100_000,
      gap: 25_000,
      balanced: false,
    });
    // 17A: the cost of 50 000 is put on its line → budgetNet −50 000, gap 50 000.
    expect(sykehjem!.years["2027"]).toEqual({
      ramme: 9_000_000,
      budgetNet: -50_000,
      target: 0,
      gap: 50_000,
      balanced: false,
    });
    expect(sykehjem!.years["2028"]).toEqual({
      ramme: 9_000_000,
      budgetNet: 0,
      target: 0,
      gap: 0,
      balanced: true,
    });
    expect(Object.keys(barnevern!.years)).toEqual(["2027", "2028", "2029", "2030"]);
  });

  it("adds up to the kommune's budgetNet and to the whole budget's ramme", () => {
    const report = reportOf(portfolio());

    for (const year of report.years) {
      const sum = (f: "budgetNet" | "ramme") =>
        report.areas!.reduce((s, a) => s + (a.years[year]?.[f] ?? 0), 0);
      expect(sum("budgetNet")).toBeCloseTo(report.balance[year]!.budgetNet, 2);
      expect(sum("ramme")).toBe(950_000 + 5_000_000 + 9_000_000 + 1_000_000);
    }
  });

  it("groups by a prefix of another dimension (funksjon, 3 characters)", () => {
    const report = reportOf(
      portfolio({
        areaDimension: "funksjon",
        areaPrefix: 3,
        areas: [{ id: "251", name: "Barneverntjeneste", savingsTarget: { "2027": 10_000 } }],
      }),
    );

    expect(report.areas?.map((a) => a.id)).toEqual(["251", "120", "253", "254"]);
    expect(report.areas![0]!.years["2027"]).toEqual({
      ramme: 5_000_000,
      budgetNet: 25_000,
      target: 10_000,
      gap: -15_000,
      balanced: true,
    });
    expect(report.areas![3]!.years["2027"]).toMatchObject({ ramme: 1_000_000, budgetNet: 0 });
  });

  it("leaves areas out without areas or without a budget", () => {
    expect(reportOf(portfolio({ areas: [] }))).not.toHaveProperty("areas");
    expect(reportOf(aPortfolio({ measures: [aMeasure()] }))).not.toHaveProperty("areas");
    expect(reportOf(portfolio(), false)).not.toHaveProperty("areas");
  });

  it("counts a measure innarbeidet i budsjettet in the kommune's budgetNet but in no area (known gap)", () => {
    const base = portfolio();
    const included = portfolio({
      measures: [
        ...base.measures,
        aMeasure({
          id: "T2",
          includedInBudget: true,
          benefits: [
            aBenefit({
              id: "G2",
              annual: 40_000,
              links: [aLink({ ansvar: "4", art: "", funksjon: "25100", tjenesteomrade: "02" })],
            }),
          ],
        }),
      ],
    });

    const before = reportOf(base);
    const after = reportOf(included);

    expect(after.balance["2027"]!.budgetNet - before.balance["2027"]!.budgetNet).toBe(40_000);
    expect(after.areas).toEqual(before.areas);
  });
});
