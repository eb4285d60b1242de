import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { problemMessage } from "../problem-messages";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { useDebouncedSubscription } from "./useDebouncedSubscription";

export type QueryState<T> = {
  data: T | null;
  /** A Norwegian sentence when the last read failed. */
  error: string | null;
  loading: boolean;
  reload: () => void;
};

/**
 * Reads something from the workbook on mount, after every edit (debounced) and on `reload`.
 * Only the newest read is kept, so a slow early read never overwrites a later one.
 */
export function useWorkbookQuery<T>(load: (port: WorkbookPort) => Promise<T>): QueryState<T> {
  const { port } = useServices();
  const strings = useStrings();
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const generation = useRef(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  // Sets state only when the read settles, so the mount effect below can call it directly.
  const start = useCallback(() => {
    const mine = ++generation.current;
    loadRef.current(port).then(
      (data) => {
        if (mine === generation.current) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (mine === generation.current)
          setState((s) => ({ ...s, error: problemMessage(error, strings), loading: false }));
      },
    );
  }, [port, strings]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    start();
  }, [start]);

  useEffect(() => {
    start();
    const counter = generation;
    return () => {
      // Forget reads still under way: their results belong to an unmounted view.
      counter.current++;
    };
  }, [start]);
  useDebouncedSubscription(reload);

  return { ...state, reload };
}
