/**
 * Guarantee 5: the config carries a schema version; a config written by an older Gevinst is
 * migrated (stored fixtures in test/fixtures/config); a damaged or missing config is rebuilt from
 * the sheets with a message, never a crash — and never by touching a non-Gevinst sheet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { MemoryWorkbook, type WorkbookSeed } from "../../src/adapters/memory";
import { openBudget } from "../../src/app/open-budget";
import { configRows, parseConfig } from "../../src/core/config/config-sheet";
import { CONFIG_SCHEMA_VERSION, CONFIG_SHEET } from "../../src/core/config/config.types";
import type { CellValue } from "../../src/core/workbook/workbook-port";
import { MAPPING } from "../app/sheets/sheets-fixture";
import { snapshotMemory, expectNonGevinstUnchanged } from "../support/workbook-guard";
import { excelHost } from "./support/hosts";
import { textOf } from "../support/text-of";

type ConfigFixture = { description: string; rows: CellValue[][] };

function fixture(name: string): ConfigFixture {
  return JSON.parse(
    readFileSync(join(__dirname, "..", "fixtures", "config", `${name}.json`), "utf8"),
  ) as ConfigFixture;
}

const BUDGET_ROWS: CellValue[][] = [
  ["Ansvar", "Art", "Funksjon", "Regnskap 2025", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"],
  ["3100", "10300", "254", 1, 5_000_000, 5_100_000, 5_200_000, 5_300_000],
  [3100, 11500, 254, 1, 800_000, 800_000, 800_000, 800_000],
  ["1300", "12400", "120", 1, 400_000, 400_000, 400_000, 400_000],
  ["2100", "16000", "201", 1, -1_200_000, -1_250_000, -1_300_000, -1_350_000],
  ["2100", "10100", "201", 1, 9_000_000, 9_000_000, 9_000_000, 9_000_000],
  ["4100", "10100", "265", 1, 2_000_000, 2_000_000, 2_000_000, 2_000_000],
  ["4100", "10100", "266", 1, 3_000_000, 3_000_000, 3_000_000, 3_000_000],
];

/** The budget, a Gevinst sheet (the workbook was set up), and the given config rows (if any). */
function workbookWith(configRows: CellValue[][] | null, setUp = true): WorkbookSeed {
  return {
    sheets: [
      { name: "Budsjett", rows: BUDGET_ROWS },
      ...(setUp ? [{ name: "Gevinst Oversikt", rows: [["Oversikt"]] }] : []),
      ...(configRows
        ? [{ name: CONFIG_SHEET, rows: configRows, visibility: "veryHidden" as const }]
        : []),
    ],
  };
}

describe("config schema version and migration", () => {
  it("migrates the stored version 0 and 1 fixtures to the current mapping and keeps other keys", () => {
    const old = fixture("v0-prototype");
    const current = fixture("v2-current");

    const migrated = parseConfig(old.rows);
    const fromV1 = parseConfig(fixture("v1-current").rows);
    const reference = parseConfig(current.rows);

    expect(fromV1.migratedFrom).toBe(1);
    expect(fromV1.config).toEqual(reference.config);
    expect(migrated.migratedFrom).toBe(0);
    expect(migrated.issues).toEqual([]);
    expect(migrated.config).toEqual(reference.config);
    expect(migrated.config.budgetMapping).toEqual(MAPPING);
    expect(migrated.config.entries).toEqual({ sheetNames: { summary: "Gevinst Sammendrag" } });
    expect(reference.migratedFrom).toBeUndefined();
    expect(reference.config.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
  });

  it("writes the schema version in every config it saves", () => {
    const rows = configRows({ schemaVersion: CONFIG_SCHEMA_VERSION, entries: {} });

    expect(rows[1]).toEqual(["schemaVersion", `j:${CONFIG_SCHEMA_VERSION}`]);
  });

  it("opens a workbook made by an older version, saves the config in the new layout and says so", async () => {
    const workbook = MemoryWorkbook.fromSeed(workbookWith(fixture("v0-prototype").rows));
    const before = snapshotMemory(workbook);

    const opened = await openBudget(workbook);
    const [grid] = await workbook.readSheets([CONFIG_SHEET]);
    const saved = parseConfig(grid?.values ?? []);

    expect(opened.status).toBe("loaded");
    expect(opened.notices.map((n) => textOf(n))).toEqual([
      "Innstillingene i Gevinst_Config var lagret av en eldre versjon av Gevinst (versjon 0) og er oppgradert.",
    ]);
    expect(opened.status === "loaded" ? opened.lines.length : -1).toBe(7);
    expect(saved.migratedFrom).toBeUndefined();
    expect(saved.config.budgetMapping).toEqual(MAPPING);
    expect(saved.config.entries).toEqual({ sheetNames: { summary: "Gevinst Sammendrag" } });
    expect(workbook.sheet(CONFIG_SHEET)?.visibility).toBe("veryHidden");
    expectNonGevinstUnchanged(before, snapshotMemory(workbook));
  });

  it("opens a workbook made by an older version through the Office.js adapter", async () => {
    const host = excelHost(workbookWith(fixture("v0-prototype").rows));
    const before = await host.snapshot();

    const opened = await openBudget(host.port);

    expect(opened.status).toBe("loaded");
    expect(opened.notices.map((n) => textOf(n))[0]).toContain("eldre versjon");
    expect(host.value(CONFIG_SHEET, "A2")).toBe("schemaVersion");
    expectNonGevinstUnchanged(before, await host.snapshot());
  });
});

describe("a damaged or missing config", () => {
  const damagedRows = (): CellValue[][] => {
    const rows = fixture("v1-current").rows.map((row) => [...row]);
    (rows[2] as CellValue[])[1] = 'j:{"budgetYear":2027,"sources":[{"sheet":"Budsj';
    return rows;
  };

  it.each([
    ["damaged", damagedRows()],
    ["deleted", null],
  ])("is rebuilt from the budget sheet when it is %s, with a message", async (_, rows) => {
    const workbook = MemoryWorkbook.fromSeed(workbookWith(rows));
    const before = snapshotMemory(workbook);

    const opened = await openBudget(workbook);

    expect(opened.status).toBe("loaded");
    expect(opened.notices.map((n) => textOf(n))).toEqual([
      "Koblingen til budsjettet i Gevinst_Config manglet eller var skadet. Gevinst fant budsjettet på arket «Budsjett» på nytt (budsjettår 2027); kontroller koblingen under «Koble til budsjett».",
    ]);
    expect(opened).toMatchObject({
      mapping: { sources: [{ planColumns: [4, 5, 6, 7] }] },
      lines: expect.any(Array) as unknown,
    });
    expect(opened.status === "loaded" ? opened.lines.length : -1).toBe(7);
    expectNonGevinstUnchanged(before, snapshotMemory(workbook));
  });

  it("asks the user to connect when the budget cannot be found again", async () => {
    const workbook = MemoryWorkbook.fromSeed({
      sheets: [
        { name: "Notater", rows: [["Bare notater"]] },
        { name: CONFIG_SHEET, rows: damagedRows(), visibility: "veryHidden" },
      ],
    });

    const opened = await openBudget(workbook);

    expect(opened.status).toBe("not-connected");
    expect(opened.notices.map((n) => textOf(n))[0]).toMatch(
      /^Koblingen til budsjettet i Gevinst_Config mangler eller er skadet/,
    );
    expect(opened.notices.map((n) => textOf(n))[0]).toContain("Velg «Koble til budsjett».");
  });

  it("does nothing to a workbook that was never connected", async () => {
    const workbook = MemoryWorkbook.fromSeed(workbookWith(null, false));

    const opened = await openBudget(workbook);

    expect(opened.status).toBe("not-connected");
    expect(opened.notices.map((n) => textOf(n))).toEqual([]);
    expect(workbook.calls.apply).toBe(0);
  });

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), row: fc.nat({ max: 4 }) }),
    fc.record({
      kind: fc.constant("set" as const),
      row: fc.nat({ max: 4 }),
      col: fc.nat({ max: 3 }),
      value: fc.oneof(
        fc.string(),
        fc.constantFrom<CellValue>(
          "#REF!",
          "",
          null,
          true,
          0,
          -1,
          2.5,
          "j:",
          "j:null",
          "j:{}",
          "j:[]",
          "j:99",
        ),
        fc.integer(),
      ),
    }),
    fc.record({
      kind: fc.constant("truncate" as const),
      row: fc.nat({ max: 4 }),
      at: fc.nat({ max: 400 }),
    }),
  );

  function mangle(
    rows: CellValue[][],
    mutations: readonly fc.Arbitrary<unknown>[] | unknown[],
  ): CellValue[][] {
    const out = rows.map((row) => [...row]);
    for (const m of mutations as {
      kind: string;
      row: number;
      col?: number;
      value?: CellValue;
      at?: number;
    }[]) {
      if (m.kind === "delete") out.splice(m.row, 1);
      else if (m.kind === "set") (out[m.row] ??= [])[m.col ?? 0] = m.value ?? null;
      else {
        const text = out[m.row]?.[1];
        if (typeof text === "string") (out[m.row] as CellValue[])[1] = text.slice(0, m.at);
      }
    }
    return out;
  }

  it("never throws on a mangled config, and every issue points at the config sheet", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("v0-prototype", "v1-current"),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        (name, mutations) => {
          const { config, issues } = parseConfig(mangle(fixture(name).rows, mutations));

          expect(Number.isInteger(config.schemaVersion)).toBe(true);
          expect(issues.filter((i) => i.sheet !== CONFIG_SHEET)).toEqual([]);
          expect(config.budgetMapping?.sources.length ?? 1).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("opens every mangled config with a usable answer and never changes the budget", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("v0-prototype", "v1-current"),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (name, mutations) => {
          const workbook = MemoryWorkbook.fromSeed(
            workbookWith(mangle(fixture(name).rows, mutations)),
          );
          const before = snapshotMemory(workbook);

          const opened = await openBudget(workbook);

          expect(["loaded", "not-connected"]).toContain(opened.status);
          expectNonGevinstUnchanged(before, snapshotMemory(workbook));
        },
      ),
      { numRuns: 300 },
    );
  });
});
