import type { KeyboardEvent } from "react";

/** A keydown handler that runs `activate` on Enter or Space, as a button does. */
export function activateOnKey(activate: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      e.stopPropagation();
      activate();
    }
  };
}
