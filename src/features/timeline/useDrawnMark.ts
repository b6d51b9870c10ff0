import { useEffect } from "react";

/**
 * Marks `timeline-drawn` on the first full frame after `drawn` changes (the first draw, a filter,
 * a search), for the benchmark: rAF runs before the paint, the timeout after it.
 */
export function useDrawnMark(drawn: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: it must run when the drawn events change.
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = globalThis.setTimeout(
        () => performance.mark("timeline-drawn"),
        0,
      ) as unknown as number;
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn]);
}
