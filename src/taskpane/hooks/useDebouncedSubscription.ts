import { useEffect, useRef } from "react";
import { useServices } from "../services";

/** Waiting time after the last edit by others before the pane re-reads, in milliseconds. */
export const REREAD_DELAY_MS = 400;
/**
 * Waiting time after Gevinst's own write: short, because the user has just pressed a button and
 * waits for the pane to show its result, but not nothing, so a use-case that writes twice in a row
 * still costs one re-read.
 */
export const OWN_REREAD_DELAY_MS = 50;

/**
 * Calls `onChange` once the workbook has been quiet for `delayMs` after a change the port's `watch`
 * reports — Gevinst's own write or someone else's edit, the one path by which the pane learns to
 * read again: typing a column of numbers re-reads once, not once per cell, an action that writes
 * twice re-reads once, and a co-author's burst of edits does not make the pane fight them.
 */
export function useDebouncedSubscription(
  onChange: () => void,
  delayMs = REREAD_DELAY_MS,
  ownDelayMs = OWN_REREAD_DELAY_MS,
): void {
  const { port } = useServices();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = port.watch?.((source) => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), source === "own" ? ownDelayMs : delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, delayMs, ownDelayMs]);
}
