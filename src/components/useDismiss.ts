import { type RefObject, useEffect } from "react";

/**
 * Closes an open <details> menu on Escape (focus back on its summary) or on a press outside it,
 * as a menu does.
 */
export function useDismiss(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const menu = ref.current;
      if (e.key !== "Escape" || !menu?.open) return;
      // Only the innermost open menu closes (its listener was added first), and the page's own
      // Escape (closing the details panel) waits for the next press.
      e.stopImmediatePropagation();
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    const onPointerDown = (e: PointerEvent) => {
      const menu = ref.current;
      if (menu?.open && !menu.contains(e.target as Node)) menu.open = false;
    };
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [ref]);
}
