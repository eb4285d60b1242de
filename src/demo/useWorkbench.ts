import { useState, useSyncExternalStore } from "react";
import { columnLetters, toA1 } from "../core/workbook/address";
import { editText, typedInput } from "./cell-display";
import type { DemoSession } from "./demo-session";

export const MAX_ROWS = 400;
export const MAX_COLS = 30;

/** The viewer's state: the active sheet's window of cells, the selection and the formula bar. */
export function useWorkbench(session: DemoSession) {
  useSyncExternalStore(session.subscribe, session.getVersion);
  const workbook = session.workbook;
  const { selection } = session;
  const sheet = workbook.sheet(selection.sheet) ?? workbook.sheets[0];
  const used = sheet?.usedRange();
  const rows = Math.min(Math.max((used ? used.row + used.rows : 0) + 5, 30), MAX_ROWS);
  const cols = Math.min(Math.max((used ? used.col + used.cols : 0) + 1, 12), MAX_COLS);
  const selected = sheet?.get(selection.row, selection.col);
  const address = toA1({ row: selection.row, col: selection.col });
  // A draft belongs to one cell at one version: a new selection or new content ends it.
  const draftKey = `${selection.sheet}|${selection.row}|${selection.col}|${session.version}`;
  const [draft, setDraftState] = useState<{ key: string; text: string } | null>(null);
  const setDraft = (text: string | null) =>
    setDraftState(text === null ? null : { key: draftKey, text });
  const draftText = draft?.key === draftKey ? draft.text : null;

  const select = (row: number, col: number) => {
    if (!sheet) return;
    session.select({ sheet: sheet.name, row: Math.max(0, row), col: Math.max(0, col) });
  };
  const commit = (text: string) => {
    if (!sheet) return;
    workbook.typeCell(sheet.name, address, typedInput(text));
    select(selection.row + 1, selection.col);
  };

  return {
    sheets: workbook.sheets.filter((s) => s.visibility === "visible").map((s) => s.name),
    sheet,
    rows,
    cols,
    truncated: used ? used.row + used.rows > MAX_ROWS || used.col + used.cols > MAX_COLS : false,
    columnNames: Array.from({ length: cols }, (_, c) => columnLetters(c)),
    selection,
    address,
    barText: draftText ?? editText(selected?.value ?? null, selected?.formula ?? null),
    setDraft,
    select,
    commit,
    showSheet: (name: string) => session.select({ sheet: name, row: 0, col: 0 }),
  };
}
