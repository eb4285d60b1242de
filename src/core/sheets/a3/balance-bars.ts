/**
 * The picture on the kommune A3: per plan year a bar of net budget effect and a bar of
 * innsparingskrav, drawn in the cells with REPT (a formula, so it follows every edit and shows in
 * any Excel or LibreOffice without the add-in, charts or conditional formats).
 */
import { cellRef } from "../shared/formulas";
import type { SheetDraft } from "../shared/sheet-draft";
import { at } from "../shared/sheet-draft";
import { STYLE_HEADER, formulaStyle } from "../shared/styles";

/** The longest bar, in characters: columns I–J hold it next to the amount in K. */
const BAR_LENGTH = 26;

export function balanceBars(
  draft: SheetDraft,
  place: { top: number; col: number; years: readonly string[]; netRow: number; targetRow: number },
): void {
  const { top, col, years, netRow, targetRow } = place;
  draft.label(top, col, "Planår");
  draft.label(top, col + 1, "█ netto   ▒ krav");
  draft.label(top, col + 3, "Kroner");
  draft.format(at(top, col, 1, 4), STYLE_HEADER);
  const range = (row: number) =>
    `${cellRef(row, 1, { abs: true })}:${cellRef(row, 4, { abs: true })}`;
  const largest = `MAX(${range(netRow)},${range(targetRow)},1)`;
  years.forEach((year, i) => {
    const bar = (row: number, mark: string) =>
      `REPT("${mark}",ROUND(MAX(0,${cellRef(row, 1 + i, { abs: true })})/${largest}*${BAR_LENGTH},0))`;
    const r = top + 1 + 2 * i;
    draft.label(r, col, `${year} netto`);
    draft.formula(r, col + 1, bar(netRow, "█"));
    draft.formula(r, col + 3, cellRef(netRow, 1 + i, { abs: true }));
    draft.label(r + 1, col, `${year} krav`);
    draft.formula(r + 1, col + 1, bar(targetRow, "▒"));
    draft.formula(r + 1, col + 3, cellRef(targetRow, 1 + i, { abs: true }));
    draft.format(at(r, col + 1, 1, 2), { fontColor: "#2E7D32" });
    draft.format(at(r + 1, col + 1, 1, 2), { fontColor: "#1F3864" });
  });
  draft.format(at(top + 1, col + 3, 2 * years.length, 1), formulaStyle("kroner"));
}
