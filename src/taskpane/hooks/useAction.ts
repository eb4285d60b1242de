import { useCallback, useRef, useState } from "react";
import { problemMessage } from "../problem-messages";
import { useStrings } from "../strings";

export type Outcome = {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  /** Further lines (issues, what to do). */
  lines?: string[];
};

export type ActionState = {
  /** The key of the action running now, or null. */
  running: string | null;
  outcome: Outcome | null;
  /** The key of the action the outcome belongs to (to show it beside its own button). */
  outcomeKey: string | null;
  /**
   * Starts `work` unless an action is already running; its result (null: nothing to say) or its
   * failure becomes the outcome.
   */
  run: (key: string, work: () => Promise<Outcome | null>) => Promise<void>;
  dismiss: () => void;
};

/** One action at a time, with progress and an outcome message: nothing can be started twice. */
export function useAction(): ActionState {
  const strings = useStrings();
  const [running, setRunning] = useState<string | null>(null);
  const [done, setDone] = useState<{ key: string; outcome: Outcome } | null>(null);
  // A ref as well as state: two clicks in the same frame both see `running === null` in state.
  const busy = useRef(false);

  const run = useCallback(
    async (key: string, work: () => Promise<Outcome | null>) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(key);
      setDone(null);
      try {
        const outcome = await work();
        setDone(outcome ? { key, outcome } : null);
      } catch (error) {
        const lines = [problemMessage(error, strings)];
        setDone({ key, outcome: { intent: "error", title: strings.common.errorTitle, lines } });
      } finally {
        busy.current = false;
        setRunning(null);
      }
    },
    [strings],
  );

  const dismiss = useCallback(() => setDone(null), []);
  return { running, outcome: done?.outcome ?? null, outcomeKey: done?.key ?? null, run, dismiss };
}
