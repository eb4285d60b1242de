import { useEffect, useState, type RefObject } from "react";

/**
 * True while the element is narrower than `width` px (Excel's pane is 320–450 px wide). Without
 * ResizeObserver (old hosts, jsdom) the answer stays false: the wide layout, which scrolls.
 */
export function useNarrow(ref: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setNarrow(entry.contentRect.width < width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width]);
  return narrow;
}
