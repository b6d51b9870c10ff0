import { useCallback, useEffect, useRef, useState } from "react";
import { usePrefersReducedMotion } from "../../components/usePrefersReducedMotion.ts";
import type { TimeWindow } from "../../timeline/types.ts";
import { interpolateWindow, sameWindow } from "../../timeline/zoomWindow.ts";

const DURATION_MS = 260;
const ease = (t: number) => 1 - (1 - t) ** 3;

/**
 * The window on screen. `setWindow` moves it at once (gestures) or animates briefly (Fit, go to
 * event), never animating under prefers-reduced-motion; `onSettle` hears where it came to rest.
 */
export function useAnimatedWindow(target: TimeWindow, onSettle: (window: TimeWindow) => void) {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(shown);
  const frame = useRef<number | null>(null);
  const reducedMotion = usePrefersReducedMotion();
  const settle = useRef(onSettle);
  settle.current = onSettle;

  const show = useCallback((w: TimeWindow) => {
    shownRef.current = w;
    setShown(w);
  }, []);

  // Follow the target when it changes from outside (history, a restored URL, new filters).
  useEffect(() => {
    if (frame.current === null && !sameWindow(target, shownRef.current)) show(target);
  }, [target, show]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const setWindow = useCallback(
    (next: TimeWindow, animate = false) => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      if (!animate || reducedMotion) {
        show(next);
        settle.current(next);
        return;
      }
      const from = shownRef.current;
      const began = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - began) / DURATION_MS);
        show(interpolateWindow(from, next, ease(t)));
        if (t < 1) frame.current = requestAnimationFrame(step);
        else {
          frame.current = null;
          settle.current(next);
        }
      };
      frame.current = requestAnimationFrame(step);
    },
    [reducedMotion, show],
  );

  return { window: shown, windowRef: shownRef, setWindow };
}
