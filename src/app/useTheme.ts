import { useCallback, useEffect, useSyncExternalStore } from "react";

/** The reader's theme choice; "system" follows prefers-color-scheme. */
export type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "sourceline-theme";
const listeners = new Set<() => void>();
/** The choice made in this visit where storage is unavailable (private mode, file://). */
let unsaved: ThemeChoice | null = null;

function stored(): ThemeChoice {
  if (unsaved) return unsaved;
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The theme choice, applied to <html data-theme> and remembered on this device. A page
 * prerendered at build (and its hydration) renders "system" first; index.html's first script has
 * applied the stored choice before then, and the control shows it once hydrated.
 */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, stored, () => "system" as const);
  // biome-ignore lint/correctness/useExhaustiveDependencies: applied whenever the choice changes.
  useEffect(() => {
    // The stored choice, not this render's: hydrating a page rendered at build time renders
    // "system" first, and must not undo the theme the page's first script applied.
    const current = stored();
    const root = document.documentElement;
    if (current === "system") delete root.dataset.theme;
    else root.dataset.theme = current;
  }, [choice]);
  const update = useCallback((next: ThemeChoice) => {
    try {
      if (next === "system") window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
      unsaved = null;
    } catch {
      // Storage can be unavailable (private mode, file://); the choice still holds for this visit.
      unsaved = next;
    }
    for (const listener of listeners) listener();
  }, []);
  return [choice, update];
}
