/**
 * typeA3Units: the planner sees «A3 per enhet» as if typed; the cell itself is written only where
 * the settings sheet exists already and holds something else.
 */
import { typeA3Units } from "../../src/app/a3-units-setting";
import type { WorkbookState } from "../../src/core/sheets/plan-workbook";
import { a3UnitsCell } from "../../src/core/sheets/settings/parse-settings";
import { settingsRows } from "../../src/core/sheets/settings/render-settings";
import { A3_UNITS_LABEL } from "../../src/core/sheets/settings/settings.layout";
import { SHEET_SETTINGS } from "../../src/core/sheets/shared/sheet-names";
import type { SheetGrid } from "../../src/core/workbook/workbook-port";

const settingsSheet = {
  name: SHEET_SETTINGS,
  position: 0,
  visibility: "visible",
  isProtected: true,
} as const;

function state(grid?: SheetGrid): WorkbookState {
  return {
    sheets: grid ? [settingsSheet] : [],
    names: [],
    grids: grid ? [grid] : [],
    deepDiveSheets: [],
  };
}

describe("typeA3Units", () => {
  it("gives a new settings sheet the units and leaves the write to the planner", () => {
    const typed = typeA3Units(state(), "3100");

    const grid = typed.state.grids.find((g) => g.name === SHEET_SETTINGS);
    expect(a3UnitsCell(grid)).toBe("3100");
    expect(grid?.values[settingsRows().a3Units as number]?.[0]).toBe(A3_UNITS_LABEL);
    expect(typed.changes).toEqual([]);
  });

  it("writes the cell where the label stands on a sheet that is there, unprotected around it", () => {
    // The sheet's used range starts at B4 here; the label is in A6 (an older layout).
    const grid: SheetGrid = {
      name: SHEET_SETTINGS,
      origin: { row: 3, col: 1 },
      values: [["Innstillinger"], [null]],
      formulas: [[null], [null]],
    };
    const labelled: SheetGrid = {
      name: SHEET_SETTINGS,
      origin: { row: 0, col: 0 },
      values: [["Innstillinger"], [null], [A3_UNITS_LABEL, "2100"]],
    };

    const grown = typeA3Units(state(grid), "3100");
    const replaced = typeA3Units(state(labelled), "3100");

    const onGrown = grown.state.grids[0]!;
    expect(onGrown.origin).toEqual({ row: 3, col: 0 });
    expect(onGrown.values[0]).toEqual([null, "Innstillinger"]);
    expect(onGrown.formulas?.[0]).toEqual([null, null]);
    expect(a3UnitsCell(onGrown)).toBe("3100");
    expect(a3UnitsCell(replaced.state.grids[0])).toBe("3100");
    expect(replaced.changes).toEqual([
      { kind: "unprotectSheet", sheet: SHEET_SETTINGS },
      {
        kind: "writeCells",
        sheet: SHEET_SETTINGS,
        at: { row: 2, col: 1 },
        cells: [[{ kind: "value", value: "3100" }]],
      },
      { kind: "protectSheet", sheet: SHEET_SETTINGS },
    ]);
  });

  it("writes nothing when the cell holds the units already", () => {
    const grid: SheetGrid = {
      name: SHEET_SETTINGS,
      origin: { row: 0, col: 0 },
      values: [[A3_UNITS_LABEL, "3100"]],
    };

    expect(typeA3Units(state(grid), "3100").changes).toEqual([]);
  });
});
