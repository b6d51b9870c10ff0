import { type RefObject, useLayoutEffect, useState } from "react";

/** An element's size inside its border. */
export interface ElementSize {
  width: number;
  height: number;
}

/** A size, and whether it was measured on the page (not assumed before measuring). */
export interface MeasuredSize extends ElementSize {
  measured: boolean;
}

/**
 * The element's size inside its border, kept current with a ResizeObserver. Null until first
 * measured (before the first paint), so the chart is laid out once at its real size, not twice;
 * `fallback` where nothing can be measured (jsdom). With `withHeight` false the height is always
 * 0: an element whose height follows its content does not re-render it as it grows. `assumed`
 * is the size before measuring, where something must be drawn before it can be (a page
 * rendered at build time).
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  fallback: ElementSize,
  withHeight = true,
  assumed: ElementSize | null = null,
): MeasuredSize | null {
  const [size, setSize] = useState<MeasuredSize | null>(assumed && { ...assumed, measured: false });
  const { width: fallbackWidth, height: fallbackHeight } = fallback;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // clientWidth both times (inside the border): the observer's first report then equals the
    // first measure, and the chart is not laid out a second time.
    const read = () => ({
      width: element.clientWidth,
      height: withHeight ? element.clientHeight : 0,
      measured: true,
    });
    const first = read();
    setSize({
      width: first.width > 0 ? first.width : fallbackWidth,
      height: !withHeight || first.height > 0 ? first.height : fallbackHeight,
      measured: true,
    });
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const next = read();
      if (next.width > 0)
        setSize((prev) =>
          prev?.measured && prev.width === next.width && prev.height === next.height ? prev : next,
        );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallbackWidth, fallbackHeight, withHeight]);
  return size;
}
