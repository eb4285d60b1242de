import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { BudgetMapping } from "../../../src/core/budget/budget.types";
import {
  CONFIG_CHUNK,
  configChanges,
  configRows,
  parseConfig,
} from "../../../src/core/config/config-sheet";
import { CONFIG_SHEET } from "../../../src/core/config/config.types";
import { textOf } from "../../support/text-of";

const mapping: BudgetMapping = {
  budgetYear: 2027,
  sources: [
    {
      sheet: "Budsjett 2027",
      headerRow: 3,
      firstRow: 4,
      lastRow: 200,
      keyColumns: { ansvar: 0, art: 2, funksjon: 4 },
      nameColumns: { ansvar: 1 },
      planColumns: [9, 10, 11, 12],
      yearColumns: [{ col: 9, year: 2027, kind: "budsjett", header: "Budsjett 2027" }],
      unit: 1,
    },
  ],
};

async function roundTrip(values: Parameters<typeof configRows>[0]) {
  const workbook = MemoryWorkbook.fromSeed({ sheets: [{ name: "Budsjett", rows: [["x"]] }] });
  await workbook.apply(configChanges(values, { exists: false }));
  const [grid] = await workbook.readSheets([CONFIG_SHEET]);
  return { workbook, parsed: parseConfig(grid?.values ?? []) };
}

describe("config sheet", () => {
  it("writes a very hidden sheet and reads the mapping and other keys back", async () => {
    const { workbook, parsed } = await roundTrip({
      schemaVersion: 2,
      budgetMapping: mapping,
      entries: { sheetNames: { summary: "Gevinst Sammendrag" } },
    });

    expect(workbook.sheet(CONFIG_SHEET)?.visibility).toBe("veryHidden");
    expect(parsed.issues).toEqual([]);
    expect(parsed.config).toEqual({
      schemaVersion: 2,
      budgetMapping: mapping,
      entries: { sheetNames: { summary: "Gevinst Sammendrag" } },
    });
  });

  it("splits a value longer than a cell holds over several cells", async () => {
    const long = "x".repeat(CONFIG_CHUNK * 2 + 10);

    const rows = configRows({ schemaVersion: 1, entries: { long } });
    const { parsed } = await roundTrip({ schemaVersion: 1, entries: { long } });

    expect(rows[2]).toHaveLength(4); // key + 3 parts
    expect(rows[2]?.every((cell) => cell.length <= 32767)).toBe(true);
    expect(parsed.config.entries["long"]).toBe(long);
  });

  it("reports a damaged mapping as an issue and keeps the rest", () => {
    const { config, issues } = parseConfig([
      ["Gevinst_Config", "…"],
      ["schemaVersion", "j:1"],
      ["budgetMapping", 'j:{"budgetYear":2027,'],
      ["other", "j:[1,2]"],
    ]);

    expect(config.budgetMapping).toBeUndefined();
    expect(config.entries["other"]).toEqual([1, 2]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "SHEET_DAMAGED", cell: "B3" });
    expect(textOf(issues[0])).toContain("Koble til budsjettet på nytt");
  });

  it("reports a mapping of the wrong shape", () => {
    const { config, issues } = parseConfig([
      ["Gevinst_Config"],
      ["schemaVersion", "j:1"],
      ["budgetMapping", `j:${JSON.stringify({ budgetYear: 2027, sources: [{ sheet: "" }] })}`],
    ]);

    expect(config.budgetMapping).toBeUndefined();
    expect(textOf(issues[0])).toContain("Budsjettkoblingen i Gevinst_Config er skadet");
  });

  it("never throws on any grid", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant("j:{"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }), (values) => {
        const { config } = parseConfig(values);
        expect(typeof config.schemaVersion).toBe("number");
      }),
    );
  });

  it("clears the old extent when it rewrites an existing sheet", () => {
    const changes = configChanges(
      { schemaVersion: 1, entries: {} },
      { exists: true, used: { rows: 9, cols: 3 } },
    );

    expect(changes.map((c) => c.kind)).toEqual(["clearRange", "writeCells", "setVisibility"]);
  });
});
