/**
 * Årshjul: the activities of the Helhetsmodell's quarters, from the «Gevinst Årshjul» sheet when it
 * exists (with the statuses people typed there) or from the model itself. The sheet's columns are
 * found by their headings, so a column the user inserts or moves does not shift the reading.
 */
import { A3_PREFIX, SHEET_A3_KOMMUNE, SHEET_YEAR_WHEEL } from "../core/sheets/shared/sheet-names";
import type { YEAR_WHEEL_HEADERS } from "../core/sheets/annual-cycle/year-wheel.layout";
import { YEAR_WHEEL_ACTIVITIES } from "../core/sheets/annual-cycle/year-wheel.layout";
import { readText } from "../core/sheets/shared/cell-readers";
import { toA1 } from "../core/workbook/address";
import type { CellValue, SheetGrid, WorkbookPort } from "../core/workbook/workbook-port";

export type Quarter = 1 | 2 | 3 | 4;

export type CycleActivity = {
  quarter: Quarter;
  what: string;
  who: string;
  documents: string;
  /** As typed in the sheet («ikke startet», «pågår», «ferdig»), or null. */
  status: string | null;
  /** The activity's status cell (A1) in the Årshjul sheet, when the sheet exists. */
  cell: string | null;
};

export type CycleData = { fromSheet: boolean; activities: CycleActivity[]; sheetNames: string[] };

export function quarterOf(date: Date): Quarter {
  return (Math.floor(date.getMonth() / 3) + 1) as Quarter;
}

/**
 * The A3 sheets each quarter works on (spec §11, KS Helhetsmodellen), in workbook order within
 * each kind: K1 the kommune's A3; K2 each deep-dive's K2 A3; K3 each prioritised deep-dive's K3
 * A3 and the kommune's (adjusted, version K3); K4 the kommune's (version K4), each deep-dive's K4
 * A3 and the optional unit A3s. Only sheets that exist are listed.
 */
export function a3SheetsFor(quarter: Quarter, sheetNames: readonly string[]): string[] {
  const starting = (...prefixes: string[]) =>
    sheetNames.filter((n) => prefixes.some((p) => n.startsWith(p)));
  const kommune = sheetNames.filter((n) => n === SHEET_A3_KOMMUNE);
  switch (quarter) {
    case 1:
      return kommune;
    case 2:
      return starting(`${A3_PREFIX}K2 `);
    case 3:
      return [...starting(`${A3_PREFIX}K3 `), ...kommune];
    case 4:
      return [
        ...kommune,
        ...starting(`${A3_PREFIX}K4 `),
        ...starting(`${A3_PREFIX}Enhet `, `${A3_PREFIX}Tjeneste `),
      ];
  }
}

type Heading = (typeof YEAR_WHEEL_HEADERS)[number];
const WANTED: readonly Heading[] = [
  "Kvartal",
  "Aktivitet",
  "Hvem gjør hva",
  "Dokumenter",
  "Status",
];

/** The activities under the heading row (the first row that holds «Kvartal» and «Aktivitet»). */
export function activitiesFrom(grid: SheetGrid): CycleActivity[] {
  const rows = grid.values;
  const norm = (value: CellValue) => (readText(value) ?? "").trim().toLowerCase();
  let headerIndex = -1;
  const columns = new Map<Heading, number>();
  for (let r = 0; r < rows.length && headerIndex < 0; r++) {
    const cells = (rows[r] ?? []).map(norm);
    if (!cells.includes("kvartal") || !cells.includes("aktivitet")) continue;
    headerIndex = r;
    for (const heading of WANTED) {
      const c = cells.indexOf(heading.toLowerCase());
      if (c >= 0) columns.set(heading, c);
    }
  }
  if (headerIndex < 0) return [];
  const found: CycleActivity[] = [];
  const text = (row: readonly CellValue[], heading: Heading): string | null => {
    const c = columns.get(heading);
    return c === undefined ? null : (readText(row[c] ?? null) ?? null);
  };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const match = /^K([1-4])$/.exec(text(row, "Kvartal") ?? "");
    if (!match) continue;
    const statusCol = columns.get("Status");
    found.push({
      quarter: Number(match[1]) as Quarter,
      what: text(row, "Aktivitet") ?? "",
      who: text(row, "Hvem gjør hva") ?? "",
      documents: text(row, "Dokumenter") ?? "",
      status: text(row, "Status"),
      cell:
        statusCol === undefined
          ? null
          : toA1({ row: grid.origin.row + r, col: grid.origin.col + statusCol }),
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
