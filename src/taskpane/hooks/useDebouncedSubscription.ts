import { useEffect, useRef } from "react";
import {
  onWorkbookSettled,
  OWN_REREAD_DELAY_MS,
  REREAD_DELAY_MS,
} from "../../app/workbook-changes";
import { useServices } from "../services";

/**
 * Calls `onChange` once the workbook has settled after a change (src/app/workbook-changes.ts):
 * the one path by which the pane learns to read again, after Gevinst's own writes as after other
 * people's edits. The newest `onChange` is called, so a re-render does not re-subscribe.
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
  useEffect(
    () => onWorkbookSettled(port, () => latest.current(), { othersMs: delayMs, ownMs: ownDelayMs }),
    [port, delayMs, ownDelayMs],
  );
}
