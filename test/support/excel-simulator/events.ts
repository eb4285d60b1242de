/**
 * Worksheet events as Excel raises them: `onChanged` after every request that changed a sheet —
 * Gevinst's own writes included, which is what makes a naive pane re-read after each of its own
 * writes — and `onAdded`, `onDeleted`, `onNameChanged` for sheets. With ExcelApi 1.14 the event
 * says `triggerSource: "ThisLocalAddin"` for the add-in's own changes; an older Excel says nothing.
 * Handlers run after the request's answer, as separate tasks, as in Excel.
 */
import type { SimWorkbookState } from "./state";

export type SimEventKind = "changed" | "added" | "deleted" | "nameChanged";
export type SimEventArgs = {
  type: string;
  source: "Local";
  worksheetId: string;
  triggerSource?: "ThisLocalAddin" | "Unknown";
  address?: string;
};
type Handler = (args: SimEventArgs) => Promise<unknown>;

const TYPES: Record<SimEventKind, string> = {
  changed: "WorksheetChanged",
  added: "WorksheetAdded",
  deleted: "WorksheetDeleted",
  nameChanged: "WorksheetNameChanged",
};

export class SimEvents {
  private readonly handlers = new Map<SimEventKind, Set<Handler>>();
  /** Whether this Excel reports `triggerSource` (ExcelApi 1.14). */
  triggerSource = true;
  /** Every event raised, in order (tests read it). */
  readonly raised: (SimEventArgs & { kind: SimEventKind })[] = [];

  add(kind: SimEventKind, handler: Handler): () => void {
    const set = this.handlers.get(kind) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(kind, set);
    return () => set.delete(handler);
  }

  get listening(): boolean {
    return [...this.handlers.values()].some((set) => set.size > 0);
  }

  raise(kind: SimEventKind, worksheetId: string, own: boolean): void {
    const args: SimEventArgs = {
      type: TYPES[kind],
      source: "Local",
      worksheetId,
      ...(this.triggerSource ? { triggerSource: own ? "ThisLocalAddin" : "Unknown" } : {}),
    };
    this.raised.push({ ...args, kind });
    for (const handler of this.handlers.get(kind) ?? []) setTimeout(() => void handler(args), 0);
  }
}

/** What a request did to the sheets: compares the state before and after. */
export function snapshotSheets(
  state: SimWorkbookState,
): Map<number, { name: string; body: string }> {
  return new Map(
    state.sheets.map((sheet) => [
      sheet.id,
      { name: sheet.name, body: JSON.stringify([...sheet.cells.entries()]) },
    ]),
  );
}

export function raiseDifferences(
  events: SimEvents,
  before: Map<number, { name: string; body: string }>,
  after: Map<number, { name: string; body: string }>,
  own: boolean,
): void {
  for (const [id, sheet] of after) {
    const was = before.get(id);
    if (!was) events.raise("added", String(id), own);
    else {
      if (was.name !== sheet.name) events.raise("nameChanged", String(id), own);
      if (was.body !== sheet.body) events.raise("changed", String(id), own);
    }
  }
  for (const id of before.keys()) if (!after.has(id)) events.raise("deleted", String(id), own);
}
