import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * The element's content width, kept current with a ResizeObserver. Null until first measured
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
    const measured = element.getBoundingClientRect().width;
    setWidth(measured > 0 ? measured : fallback);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.width ?? 0;
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
