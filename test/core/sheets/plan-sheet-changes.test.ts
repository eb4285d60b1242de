import {
  planSheetChanges,
  type ExistingSheet,
} from "../../../src/core/sheets/shared/plan-sheet-changes";
import {
  LEGACY_MARKER_COL,
  MARKER_COL,
  MARKER_PREFIX,
  SheetDraft,
  structureHash,
} from "../../../src/core/sheets/shared/sheet-draft";
import type { SheetGrid } from "../../../src/core/workbook/workbook-port";

function draft(): SheetDraft {
  const d = new SheetDraft("Gevinst Test");
  d.structure = "s1";
  d.label(0, 0, "Tittel");
  d.input(2, 0, "T1", "measure:T1");
  d.input(2, 1, 100, "measure:T1");
  d.formula(2, 2, "B3*2");
  return d;
}

function existing(
  values: SheetGrid["values"],
  formulas: SheetGrid["formulas"],
  structure = "s1",
): ExistingSheet {
  return {
    grid: { name: "Gevinst Test", origin: { row: 0, col: 0 }, values, formulas },
    isProtected: true,
    structure: `${MARKER_PREFIX}${structureHash(structure)}`,
    rowEntities: new Map([[2, "measure:T1"]]),
  };
}

describe("planSheetChanges", () => {
  it("writes nothing when the sheet already matches", () => {
    const state = existing([["Tittel"], [], ["T1", 100, 200]], [[null], [], [null, null, "=B3*2"]]);
    state.grid.values[0]?.push(
      ...Array<null>(MARKER_COL - 1).fill(null),
      `${MARKER_PREFIX}${structureHash("s1")}`,
    );

    const plan = planSheetChanges(draft(), state, new Set());

    expect(plan.changes).toEqual([]);
    expect(plan.cellsWritten).toBe(0);
  });

  it("keeps a typed input of an entity that is not being written, and fixes a formula", () => {
    const state = existing([["Tittel"], [], ["T1", 250, 7]], [[null], [], [null, null, null]]);
    state.grid.values[0]?.push(
      ...Array<null>(MARKER_COL - 1).fill(null),
      `${MARKER_PREFIX}${structureHash("s1")}`,
    );

    const plan = planSheetChanges(draft(), state, new Set());

    expect(plan.cellsWritten).toBe(1);
    expect(plan.changes[0]).toEqual({ kind: "unprotectSheet", sheet: "Gevinst Test" });
    expect(plan.changes).toContainEqual({
      kind: "writeCells",
      sheet: "Gevinst Test",
      at: { row: 2, col: 2 },
      cells: [[{ kind: "formula", formula: "=B3*2" }]],
    });
    expect(plan.changes[plan.changes.length - 1]).toEqual({
      kind: "protectSheet",
      sheet: "Gevinst Test",
    });
  });

  it("overwrites the input of an entity being imported", () => {
    const state = existing([["Tittel"], [], ["T1", 250, 200]], [[null], [], [null, null, "=B3*2"]]);
    state.grid.values[0]?.push(
      ...Array<null>(MARKER_COL - 1).fill(null),
      `${MARKER_PREFIX}${structureHash("s1")}`,
    );

    const plan = planSheetChanges(draft(), state, new Set(["measure:T1"]));

    expect(plan.cellsWritten).toBe(1);
    expect(plan.changes).toContainEqual(
      expect.objectContaining({
        kind: "writeCells",
        at: { row: 2, col: 1 },
        cells: [[{ kind: "value", value: 100 }]],
      }),
    );
  });

  it("formats a new sheet and adds its conditional fills once", () => {
    const d = draft();
    d.conditionalFills.push({
      range: { row: 2, col: 1, rows: 1, cols: 1 },
      formula: '=B3=""',
      fill: "#F8CBAD",
    });

    const plan = planSheetChanges(d, undefined, "all");

    expect(plan.formatted).toBe(true);
    expect(plan.changes.filter((c) => c.kind === "addConditionalFill")).toHaveLength(1);
  });

  it("moves the marker of a sheet from an older Gevinst out of the print area", () => {
    const state = existing([["Tittel"], [], ["T1", 100, 200]], [[null], [], [null, null, "=B3*2"]]);
    state.grid.values[0]?.push(
      ...Array<null>(LEGACY_MARKER_COL - 1).fill(null),
      `${MARKER_PREFIX}${structureHash("s1")}`,
    );

    const plan = planSheetChanges(draft(), state, new Set());

    const row0 = plan.changes.find((c) => c.kind === "writeCells" && c.at.row === 0);
    expect(row0).toMatchObject({ at: { row: 0, col: LEGACY_MARKER_COL } });
    const cells = row0?.kind === "writeCells" ? row0.cells[0] : [];
    expect(cells?.[0]).toEqual({ kind: "value", value: null });
    expect(cells?.[MARKER_COL - LEGACY_MARKER_COL]).toEqual({
      kind: "value",
      value: `${MARKER_PREFIX}${structureHash("s1")}`,
    });
  });

  it("refuses a layout that reaches the marker column", () => {
    expect(() => draft().label(5, MARKER_COL, "for langt")).toThrow(/marker column/);
  });
});
