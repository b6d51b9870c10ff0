import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * The height that takes an element from where it stands on the page to the bottom of the screen
 * (less `margin`, and not under `min`), kept current as the window resizes; null when not
 * `enabled`. A chart sized so fits the first screen, and leaves the page above it to scroll by.
 */
export function useScreenHeight(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  min: number,
  margin = 12,
): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) {
      setHeight(null);
      return;
    }
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(min, Math.round(window.innerHeight - top - margin)));
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [ref, enabled, min, margin]);
  return height;
}
