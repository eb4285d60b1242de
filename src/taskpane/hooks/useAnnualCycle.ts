import { readText } from "../../core/sheets/shared/cell-readers";
import {
  DEEP_DIVE_PREFIX,
  SHEET_OVERVIEW,
  SHEET_SUMMARY,
  SHEET_YEAR_WHEEL,
} from "../../core/sheets/shared/sheet-names";
import { YEAR_WHEEL_ACTIVITIES } from "../../core/sheets/annual-cycle/year-wheel.layout";
import { rangeFromA1 } from "../../core/workbook/address";
import type { SheetGrid, WorkbookPort } from "../../core/workbook/workbook-port";
import { useServices } from "../services";
import { useAction } from "./useAction";
import { useWorkbookQuery } from "./useWorkbookQuery";

export type Quarter = 1 | 2 | 3 | 4;

export type CycleActivity = {
  quarter: Quarter;
  what: string;
  who: string;
  documents: string;
  /** As typed in the sheet («ikke startet», «pågår», «ferdig»), or null. */
  status: string | null;
  /** The activity's row in the Årshjul sheet (A1 of its status cell), when the sheet exists. */
  cell: string | null;
};

export type CycleData = { fromSheet: boolean; activities: CycleActivity[]; sheetNames: string[] };

export function quarterOf(date: Date): Quarter {
  return (Math.floor(date.getMonth() / 3) + 1) as Quarter;
}

/**
 * The A3 sheets each quarter works on (KS Helhetsmodellen): K1 the kommune's overview, K2 the
 * deep-dives, K3 the deep-dives and the summary behind the choice, K4 the overview and the
 * deep-dives with decided measures.
 */
export function a3SheetsFor(quarter: Quarter, sheetNames: readonly string[]): string[] {
  const deepDives = sheetNames.filter((n) => n.startsWith(DEEP_DIVE_PREFIX));
  const wanted =
    quarter === 1
      ? [SHEET_OVERVIEW]
      : quarter === 2
        ? deepDives
        : quarter === 3
          ? [...deepDives, SHEET_SUMMARY]
          : [SHEET_OVERVIEW, ...deepDives];
  return wanted.filter((n) => sheetNames.includes(n));
}

function activitiesFrom(grid: SheetGrid): CycleActivity[] {
  const at = (row: number, col: number) =>
    grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
  const found: CycleActivity[] = [];
  for (let row = grid.origin.row; row < grid.origin.row + grid.values.length; row++) {
    const match = /^K([1-4])$/.exec(readText(at(row, 0)) ?? "");
    if (!match) continue;
    found.push({
      quarter: Number(match[1]) as Quarter,
      what: readText(at(row, 1)) ?? "",
      who: readText(at(row, 3)) ?? "",
      documents: readText(at(row, 4)) ?? "",
      status: readText(at(row, 5)) ?? null,
      cell: `F${row + 1}`,
    });
  }
  return found;
}

export async function loadCycleData(port: WorkbookPort): Promise<CycleData> {
  const outline = await port.describe();
  const sheetNames = outline.sheets.map((s) => s.name);
  if (sheetNames.includes(SHEET_YEAR_WHEEL)) {
    const [grid] = await port.readSheets([SHEET_YEAR_WHEEL]);
    const activities = grid ? activitiesFrom(grid) : [];
    if (activities.length > 0) return { fromSheet: true, activities, sheetNames };
  }
  const activities = YEAR_WHEEL_ACTIVITIES.map((a) => ({ ...a, status: null, cell: null }));
  return { fromSheet: false, activities, sheetNames };
}

/** Årshjul: this quarter's activities and its A3 sheets, one click to each. */
export function useAnnualCycle() {
  const { port, now } = useServices();
  const query = useWorkbookQuery(loadCycleData);
  const action = useAction();
  const quarter = quarterOf(now());
  const goTo = (sheet: string, cell?: string) =>
    void action.run(`go:${sheet}`, async () => {
      await port.apply([
        { kind: "activate", sheet, ...(cell ? { select: rangeFromA1(cell) } : {}) },
      ]);
      return null;
    });
  const data = query.data;
  return {
    ...query,
    quarter,
    activities: data ? data.activities.filter((a) => a.quarter === quarter) : [],
    a3Sheets: data ? a3SheetsFor(quarter, data.sheetNames) : [],
    action,
    goTo,
  };
}
