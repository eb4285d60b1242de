/**
 * «Gevinst Endringer» (spec §15): what politics changed from one frozen version to another
 * (default forslag → vedtatt) — per measure added, removed or changed with its status and netto
 * per year before and after, the gap per year, and the A3 documents to approve again. Fixed
 * values, like the versions they compare; drawn again whenever the sheets are planned.
 */
import type { PortfolioVersion } from "../../model/portfolio.types";
import type { VersionChanges } from "../../versions/versions.types";
import type { CellValue } from "../../workbook/workbook-port";
import type { A3Document } from "../a3/a3-documents";
import { labelOf } from "../shared/labels";
import { SheetDraft, at, dataSheetPage } from "../shared/sheet-draft";
import { SHEET_VERSION_CHANGES } from "../shared/sheet-names";
import { STYLE_HINT, STYLE_TITLE } from "../shared/styles";
import { writeTable, type TableColumn } from "./version-tables";

export const CHANGES_TITLE = "Endringer: hva politikken endret";
export const CHANGES_MEASURES_TITLE =
  "Tiltak som er endret (netto budsjettvirkning per år, før og etter)";
export const CHANGES_GAP_TITLE = "Gap per år (innsparingskrav − netto budsjettvirkning)";
export const CHANGES_REAPPROVE_TITLE = "A3 som må godkjennes på nytt";

const CHANGE_LABELS = { added: "Lagt til", removed: "Tatt ut", changed: "Endret" } as const;

export type ChangesSheetInput =
  | {
      status: "compared";
      from: PortfolioVersion;
      to: PortfolioVersion;
      changes: VersionChanges;
      documents: readonly A3Document[];
    }
  /** Not the two versions to compare (yet): the sheet says what to do. */
  | { status: "none"; wanted: { from: string; to: string }; missing: readonly string[] };

const describe = (v: PortfolioVersion) => `«${v.name}» (${v.id}, ${v.date}, ${v.by})`;

export function renderVersionChanges(input: ChangesSheetInput): SheetDraft {
  const draft = new SheetDraft(SHEET_VERSION_CHANGES);
  draft.ownsAllCells = true;
  draft.label(0, 0, CHANGES_TITLE);
  draft.format(at(0, 0), STYLE_TITLE);
  if (input.status === "none") {
    draft.label(
      1,
      0,
      `Ingen sammenligning ennå: frys en versjon ${input.missing.map((m) => `«${m}»`).join(" og en ")} (panelet eller gevinst snapshot).`,
    );
    draft.format(at(1, 0), STYLE_HINT);
    draft.structure = JSON.stringify(["changes", "none"]);
    draft.widths.push({ col: 0, width: 12 });
    draft.pageLayout = dataSheetPage(draft, at(0, 0, 2, 1), 0, SHEET_VERSION_CHANGES);
    return draft;
  }
  const { from, to, changes } = input;
  draft.label(1, 0, `Fra ${describe(from)} til ${describe(to)}. Faste tall fra versjonene.`);
  draft.format(at(1, 0), STYLE_HINT);
  const years = Object.keys(changes.gap).sort();
  type Key = string;
  const measureColumns: TableColumn<Key>[] = [
    { key: "id", header: "Tiltak-id", width: 12, kind: "text" },
    { key: "name", header: "Navn", width: 28, kind: "text" },
    { key: "change", header: "Endring", width: 10, kind: "text" },
    { key: "statusFrom", header: "Status før", width: 14, kind: "text" },
    { key: "statusTo", header: "Status etter", width: 14, kind: "text" },
    ...years.flatMap((year) => [
      { key: `from:${year}`, header: `${year} før`, width: 11, kind: "kroner" as const },
      { key: `to:${year}`, header: `${year} etter`, width: 11, kind: "kroner" as const },
    ]),
  ];
  const before = new Map(from.measures.map((m) => [m.id, m]));
  const after = new Map(to.measures.map((m) => [m.id, m]));
  let row = writeTable(
    draft,
    3,
    CHANGES_MEASURES_TITLE,
    measureColumns,
    changes.measures.map((c) => {
      const values: Record<Key, CellValue> = {
        id: c.id,
        name: c.name,
        change: CHANGE_LABELS[c.change],
        statusFrom: before.has(c.id) ? labelOf(before.get(c.id)!.status) : null,
        statusTo: after.has(c.id) ? labelOf(after.get(c.id)!.status) : null,
      };
      for (const year of years) {
        values[`from:${year}`] = before.get(c.id)?.years[year]?.budgetNet ?? null;
        values[`to:${year}`] = after.get(c.id)?.years[year]?.budgetNet ?? null;
      }
      return values;
    }),
  );
  if (changes.measures.length === 0) {
    draft.label(row - 1, 0, "Ingen tiltak er endret.");
    draft.format(at(row - 1, 0), STYLE_HINT);
    row++;
  }
  row = writeTable(
    draft,
    row,
    CHANGES_GAP_TITLE,
    [
      { key: "year", header: "År", width: 12, kind: "text" },
      { key: "from", header: "Gap før", width: 30, kind: "kroner" },
      { key: "to", header: "Gap etter", width: 12, kind: "kroner" },
      { key: "delta", header: "Endring", width: 18, kind: "kroner" },
    ],
    years.map((year) => {
      const gap = changes.gap[year]!;
      return { year: Number(year), from: gap.from, to: gap.to, delta: gap.to - gap.from };
    }),
  );
  const titles = new Map(input.documents.map((d) => [d.key, d.title]));
  row = writeTable(
    draft,
    row,
    CHANGES_REAPPROVE_TITLE,
    [
      { key: "key", header: "Dokument", width: 12, kind: "text" },
      { key: "title", header: "Tittel", width: 30, kind: "text" },
    ],
    changes.reapprove.map((key) => ({ key, title: titles.get(key) ?? key })),
  );
  draft.structure = JSON.stringify([
    "changes",
    years,
    changes.measures.length,
    changes.reapprove.length,
  ]);
  draft.widths.push(...measureColumns.map((c, col) => ({ col, width: c.width })));
  draft.freeze = null;
  draft.pageLayout = dataSheetPage(
    draft,
    at(0, 0, row, measureColumns.length),
    1,
    SHEET_VERSION_CHANGES,
  );
  return draft;
}
