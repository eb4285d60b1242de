/**
 * «Gevinst Versjoner» (spec §15): every frozen version — its head, per measure and plan year the
 * status, expected, uttak and netto, per budget line the adjustment, and the savings target — as
 * fixed values, never formulas: what the council was shown must not move when someone types.
 * Written from `portfolio.versions` whenever the sheets are planned, and read back by the sheet
 * reader, so versions survive export, import and the move to the next budget year.
 */
import { KEY_DIMENSIONS } from "../../budget/budget.types";
import {
  MEASURE_STATUSES,
  VERSION_KINDS,
  type BudgetKey,
  type PortfolioVersion,
  type VersionKind,
} from "../../model/portfolio.types";
import type { CellValue, SheetGrid } from "../../workbook/workbook-port";
import { codeFromText, labelOf } from "../shared/labels";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import { SHEET_VERSIONS } from "../shared/sheet-names";
import { STYLE_HINT, STYLE_TITLE } from "../shared/styles";
import { cellNumber, cellText, readTable, writeTable, type TableColumn } from "./version-tables";

export const VERSIONS_TITLE = "Versjoner: tallene slik de var da de ble frosset";
export const VERSIONS_LIST_TITLE = "Versjoner";
export const VERSION_MEASURES_TITLE = "Tiltak per versjon";
export const VERSION_LINES_TITLE = "Budsjettlinjer per versjon";
export const VERSION_TARGETS_TITLE = "Innsparingskrav per versjon";

/** How the sheets name a kind (the reader takes the label or the code, in any case). */
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  forslag: "Forslag",
  vedtatt: "Vedtatt",
  navngitt: "Navngitt",
};

/** A version's name when none is given: «Forslag 2027», «Vedtatt 2027», «Versjon V3 2027». */
export function defaultVersionName(kind: VersionKind, budgetYear: number, id: string): string {
  return kind === "navngitt"
    ? `Versjon ${id} ${budgetYear}`
    : `${VERSION_KIND_LABELS[kind]} ${budgetYear}`;
}

/** The log line for a frozen version («Gevinst Logg»: what, before, after). */
export function versionLogLine(version: PortfolioVersion): {
  what: string;
  before: string;
  after: string;
} {
  return {
    what: `Frøs versjon ${version.id}: ${VERSION_KIND_LABELS[version.kind].toLowerCase()} «${version.name}»`,
    before: "",
    after: `${version.measures.length} tiltak, ${version.adjustments.length} budsjettlinjer; av ${version.by}, ${version.date}`,
  };
}

const HEAD = [
  { key: "id", header: "Versjon", width: 10, kind: "text" },
  { key: "kind", header: "Type", width: 12, kind: "text" },
  { key: "name", header: "Navn", width: 32, kind: "text" },
  { key: "date", header: "Dato", width: 12, kind: "text" },
  { key: "by", header: "Frosset av", width: 24, kind: "text" },
] as const satisfies readonly TableColumn<string>[];

const MEASURES = [
  { key: "version", header: "Versjon", width: 10, kind: "text" },
  { key: "measure", header: "Tiltak-id", width: 12, kind: "text" },
  { key: "name", header: "Navn", width: 32, kind: "text" },
  { key: "deepDive", header: "Dypdykk", width: 12, kind: "text" },
  { key: "status", header: "Status", width: 24, kind: "text" },
  { key: "year", header: "År", width: 8, kind: "text" },
  { key: "expected", header: "Forventet", width: 14, kind: "kroner" },
  { key: "withdrawable", header: "Uttak", width: 14, kind: "kroner" },
  { key: "budgetNet", header: "Netto", width: 14, kind: "kroner" },
] as const satisfies readonly TableColumn<string>[];

const DIMENSION_HEADERS: Record<(typeof KEY_DIMENSIONS)[number], string> = {
  ansvar: "Ansvar",
  art: "Art",
  funksjon: "Funksjon",
  prosjekt: "Prosjekt",
  tjenesteomrade: "Tjenesteområde",
};

const LINES = [
  { key: "version", header: "Versjon", width: 10, kind: "text" },
  ...KEY_DIMENSIONS.map(
    (d) => ({ key: d, header: DIMENSION_HEADERS[d], width: 15, kind: "text" }) as const,
  ),
  { key: "year", header: "År", width: 8, kind: "text" },
  { key: "adjustment", header: "Justering", width: 14, kind: "kroner" },
] as const satisfies readonly TableColumn<string>[];

const TARGETS = [
  { key: "version", header: "Versjon", width: 10, kind: "text" },
  { key: "year", header: "År", width: 12, kind: "text" },
  { key: "target", header: "Innsparingskrav", width: 32, kind: "kroner" },
] as const satisfies readonly TableColumn<string>[];

const yearCell = (year: string): CellValue => (/^\d{4}$/.test(year) ? Number(year) : year);

/** The sheet with every version, oldest first. */
export function renderVersions(versions: readonly PortfolioVersion[]): SheetDraft {
  const draft = new SheetDraft(SHEET_VERSIONS);
  draft.ownsAllCells = true;
  draft.label(0, 0, VERSIONS_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  draft.label(
    1,
    0,
    "Faste tall, ikke formler: endringer etterpå flytter dem ikke. Sammenligningen står på «Gevinst Endringer».",
  );
  draft.format(at(1, 0), STYLE_HINT);
  let row = writeTable(
    draft,
    3,
    VERSIONS_LIST_TITLE,
    HEAD,
    versions.map((v) => ({
      id: v.id,
      kind: VERSION_KIND_LABELS[v.kind],
      name: v.name,
      date: v.date,
      by: v.by,
    })),
  );
  row = writeTable(
    draft,
    row,
    VERSION_MEASURES_TITLE,
    MEASURES,
    versions.flatMap((v) =>
      v.measures.flatMap((m) =>
        Object.keys(m.years)
          .sort()
          .map((year) => ({
            version: v.id,
            measure: m.id,
            name: m.name,
            deepDive: m.deepDive ?? null,
            status: labelOf(m.status),
            year: yearCell(year),
            expected: m.years[year]?.expected ?? 0,
            withdrawable: m.years[year]?.withdrawable ?? 0,
            budgetNet: m.years[year]?.budgetNet ?? 0,
          })),
      ),
    ),
  );
  row = writeTable(
    draft,
    row,
    VERSION_LINES_TITLE,
    LINES,
    versions.flatMap((v) =>
      v.adjustments.flatMap(
        (a) =>
          Object.keys(a.years)
            .sort()
            .map((year) => ({
              version: v.id,
              ...Object.fromEntries(KEY_DIMENSIONS.map((d) => [d, a.key[d] ?? null])),
              year: yearCell(year),
              adjustment: a.years[year] ?? 0,
            })) as Record<(typeof LINES)[number]["key"], CellValue>[],
      ),
    ),
  );
  row = writeTable(
    draft,
    row,
    VERSION_TARGETS_TITLE,
    TARGETS,
    versions.flatMap((v) =>
      Object.keys(v.savingsTarget ?? {})
        .sort()
        .map((year) => ({
          version: v.id,
          year: yearCell(year),
          target: v.savingsTarget?.[year] ?? 0,
        })),
    ),
  );
  const width = Math.max(HEAD.length, MEASURES.length, LINES.length, TARGETS.length);
  draft.structure = JSON.stringify(["versions", draft.usedRows()]);
  draft.widths.push(
    ...Array.from({ length: width }, (_, col) => ({
      col,
      width: Math.max(
        HEAD[col]?.width ?? 0,
        MEASURES[col]?.width ?? 0,
        LINES[col]?.width ?? 0,
        TARGETS[col]?.width ?? 0,
      ),
    })),
  );
  draft.pageLayout = dataSheetPage(draft, at(0, 0, row, width), 1, SHEET_VERSIONS);
  return draft;
}

/** The versions on the sheet, oldest first (in the order of its «Versjoner» table). */
export function readVersions(grid: SheetGrid | undefined): PortfolioVersion[] {
  if (!grid) return [];
  const versions = readTable(grid, VERSIONS_LIST_TITLE, HEAD)
    .map((r): PortfolioVersion => {
      const kindText = cellText(r.kind);
      const kind =
        VERSION_KINDS.find(
          (k) =>
            k === kindText.toLowerCase() ||
            VERSION_KIND_LABELS[k].toLowerCase() === kindText.toLowerCase(),
        ) ?? "navngitt";
      return {
        id: cellText(r.id),
        kind,
        name: cellText(r.name),
        date: cellText(r.date),
        by: cellText(r.by),
        measures: [],
        adjustments: [],
      };
    })
    .filter((v) => v.id !== "");
  const byId = new Map(versions.map((v) => [v.id, v]));
  for (const r of readTable(grid, VERSION_MEASURES_TITLE, MEASURES)) {
    const version = byId.get(cellText(r.version));
    const id = cellText(r.measure);
    const year = cellText(r.year);
    if (!version || id === "" || year === "") continue;
    let measure = version.measures.find((m) => m.id === id);
    if (!measure) {
      measure = {
        id,
        name: cellText(r.name),
        status: codeFromText(cellText(r.status), MEASURE_STATUSES) ?? "foreslatt",
        years: {},
      };
      const deepDive = cellText(r.deepDive);
      if (deepDive !== "") measure.deepDive = deepDive;
      version.measures.push(measure);
    }
    measure.years[year] = {
      expected: cellNumber(r.expected),
      withdrawable: cellNumber(r.withdrawable),
      budgetNet: cellNumber(r.budgetNet),
    };
  }
  for (const r of readTable(grid, VERSION_LINES_TITLE, LINES)) {
    const version = byId.get(cellText(r.version));
    const year = cellText(r.year);
    if (!version || year === "") continue;
    const key: BudgetKey = {
      ansvar: cellText(r.ansvar),
      art: cellText(r.art),
      funksjon: cellText(r.funksjon),
      prosjekt: cellText(r.prosjekt),
    };
    const tjenesteomrade = cellText(r.tjenesteomrade);
    if (tjenesteomrade !== "") key.tjenesteomrade = tjenesteomrade;
    const id = JSON.stringify(key);
    let line = version.adjustments.find((a) => JSON.stringify(a.key) === id);
    if (!line) {
      line = { key, years: {} };
      version.adjustments.push(line);
    }
    line.years[year] = cellNumber(r.adjustment);
  }
  for (const r of readTable(grid, VERSION_TARGETS_TITLE, TARGETS)) {
    const version = byId.get(cellText(r.version));
    const year = cellText(r.year);
    if (!version || year === "") continue;
    version.savingsTarget = { ...(version.savingsTarget ?? {}), [year]: cellNumber(r.target) };
  }
  return versions;
}
