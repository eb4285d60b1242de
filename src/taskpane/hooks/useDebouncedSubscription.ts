import { useEffect, useRef } from "react";
import { useServices } from "../services";

/** Waiting time after the last edit before the pane re-reads, in milliseconds. */
export const REREAD_DELAY_MS = 400;

/**
 * Calls `onChange` once edits have been quiet for `delayMs`: typing a column of numbers re-reads
 * once, not once per cell, and a co-author's burst of edits does not make the pane fight them.
 */
export function useDebouncedSubscription(onChange: () => void, delayMs = REREAD_DELAY_MS): void {
  const { subscribe } = useServices();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [subscribe, delayMs]);
}
