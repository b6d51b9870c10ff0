import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * The element's width inside its border, kept current with a ResizeObserver. Null until first measured
 * (before the first paint), so the chart is laid out once at its real width, not twice;
 * `fallback` where nothing can be measured (jsdom).
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // clientWidth both times (inside the border): the observer's first report then equals the
    // first measure, and the chart is not laid out a second time.
    const measured = element.clientWidth;
    setWidth(measured > 0 ? measured : fallback);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const next = element.clientWidth;
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
