import type { BudgetLine } from "../../../src/core/budget/budget.types";
import { createBudgetIndex } from "../../../src/core/budget/budget-index";

function aLine(
  ansvar: string,
  art: string,
  funksjon: string,
  amounts: [number, number, number, number],
  names: BudgetLine["names"] = {},
  prosjekt = "",
): BudgetLine {
  return { key: { ansvar, art, funksjon, prosjekt }, names, amounts, source: 0, row: 0 };
}

const lines = [
  aLine("3100", "10100", "254", [1000, 1100, 1200, 1300], {
    ansvar: "Hjemmetjenesten",
    art: "Fastlønn",
  }),
  aLine("3100", "16200", "254", [-200, -200, -200, -200], {
    ansvar: "Hjemmetjenesten",
    art: "Salgsinntekter",
  }),
  aLine("3200", "10100", "253", [500, 500, 500, 500], { ansvar: "Sykehjemmet" }),
  aLine("2100", "10100", "201", [300, 300, 300, 300], { ansvar: "Barnehager" }),
];

describe("createBudgetIndex", () => {
  it("finds a line by a key with a number for a code and spaces around it", () => {
    const index = createBudgetIndex(lines);

    const found = index.findLines({
      ansvar: " 3100",
      art: "10100",
      funksjon: 254 as unknown as string,
    });

    expect(found).toHaveLength(1);
    expect(found[0]?.amounts).toEqual([1000, 1100, 1200, 1300]);
  });

  it("ignores prosjekt when the budget has no prosjekt column", () => {
    const index = createBudgetIndex(lines, { hasProsjekt: false });

    expect(
      index.findLines({ ansvar: "3100", art: "10100", funksjon: "254", prosjekt: "P1" }),
    ).toHaveLength(1);
  });

  it("matches prosjekt exactly, omitted meaning «no project», when the budget has one", () => {
    const index = createBudgetIndex([
      aLine("3100", "10100", "254", [1, 1, 1, 1], {}, "P1"),
      aLine("3100", "10100", "254", [2, 2, 2, 2]),
    ]);

    expect(index.findLines({ ansvar: "3100", art: "10100", funksjon: "254" })[0]?.amounts[0]).toBe(
      2,
    );
    expect(
      index.findLines({ ansvar: "3100", art: "10100", funksjon: "254", prosjekt: "" })[0]
        ?.amounts[0],
    ).toBe(2);
    expect(
      index.findLines({ ansvar: "3100", art: "10100", funksjon: "254", prosjekt: "P1" })[0]
        ?.amounts[0],
    ).toBe(1);
    expect(
      index.findLines({ ansvar: "3100", art: "10100", funksjon: "254", prosjekt: "P2" }),
    ).toEqual([]);
  });

  it("makes rows that share a key one line with their sum (spec §4)", () => {
    const first = lines[0] as BudgetLine;
    const index = createBudgetIndex([...lines, { ...first, row: 99 }]);

    const found = index.findLines({ ansvar: "3100", art: "10100", funksjon: "254" });
    expect(found).toHaveLength(1);
    expect(found[0]?.amounts).toEqual(first.amounts.map((a) => 2 * a));
    expect(found[0]?.rowCount).toBe(2);
    expect(found[0]?.row).toBe(first.row);
    expect(index.lines).toHaveLength(lines.length);
    expect(first.rowCount).toBeUndefined(); // the rows read are not changed
  });

  it("searches by code, by «code name» and by a word of the name", () => {
    const index = createBudgetIndex(lines);

    expect(index.search("3100", "ansvar").map((h) => h.label)).toEqual(["3100 Hjemmetjenesten"]);
    expect(index.search("31", "ansvar").map((h) => h.code)).toEqual(["3100"]);
    expect(index.search("3100 hjem").map((h) => h.label)).toEqual(["3100 Hjemmetjenesten"]);
    expect(index.search("syke", "ansvar").map((h) => h.code)).toEqual(["3200"]);
    expect(index.search("lønn", "art").map((h) => h.code)).toEqual(["10100"]);
    expect(index.search("10100")[0]).toEqual({
      dimension: "art",
      code: "10100",
      name: "Fastlønn",
      label: "10100 Fastlønn",
      lineCount: 3,
    });
  });

  it("totals per ansvar and per funksjon main group, and over the plan years", () => {
    const index = createBudgetIndex(lines);

    // 3100: 1000 − 200 = 800 in year B.
    expect(index.totalsByAnsvar().map((t) => [t.code, t.amounts[0]])).toEqual([
      ["2100", 300],
      ["3100", 800],
      ["3200", 500],
    ]);
    expect(index.totalsBy("funksjon", 2).map((t) => [t.code, t.lineCount])).toEqual([
      ["20", 1],
      ["25", 3],
    ]);
    // B: 1000 − 200 + 500 + 300 = 1600; B+3: 1300 − 200 + 500 + 300 = 1900.
    expect(index.planTotal()).toEqual([1600, 1700, 1800, 1900]);
  });
});
