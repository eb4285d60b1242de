/**
 * When to read the workbook again: once it has been quiet for a while after a change the port's
 * `watch` reports. Typing a column of numbers re-reads once, not once per cell; a use-case that
 * writes twice in a row re-reads once; a co-author's burst of edits does not make the app fight
 * them. The pane's views all re-read through this one path (useWorkbookQuery).
 */
import type { WorkbookPort } from "../core/workbook/workbook-port";

/** Waiting time after the last edit by others before reading again, in milliseconds. */
export const REREAD_DELAY_MS = 400;
/**
 * Waiting time after Gevinst's own write: short, because the user has just pressed a button and
 * waits to see its result, but not nothing, so a use-case that writes twice still costs one read.
 */
export const OWN_REREAD_DELAY_MS = 50;

export type SettleDelays = { othersMs?: number; ownMs?: number };

/**
 * Calls `onSettled` once the workbook has been quiet for the delay after the latest change
 * (own or others'). Nothing happens on a port without `watch` (a file). Returns unsubscribe,
 * which also drops a call still waiting.
 */
export function onWorkbookSettled(
  port: WorkbookPort,
  onSettled: () => void,
  delays: SettleDelays = {},
): () => void {
  const othersMs = delays.othersMs ?? REREAD_DELAY_MS;
  const ownMs = delays.ownMs ?? OWN_REREAD_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = port.watch?.((source) => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, source === "own" ? ownMs : othersMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe?.();
  };
}
