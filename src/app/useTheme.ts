import { useCallback, useEffect, useState } from "react";

/** The reader's theme choice; "system" follows prefers-color-scheme. */
export type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "sourceline-theme";

function stored(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** The theme choice, applied to <html data-theme> and remembered on this device. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  useEffect(() => {
    const root = document.documentElement;
    if (choice === "system") delete root.dataset.theme;
    else root.dataset.theme = choice;
  }, [choice]);
  const update = useCallback((next: ThemeChoice) => {
    setChoice(next);
    try {
      if (next === "system") window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode, file://); the choice still holds for this visit.
    }
  }, []);
  return [choice, update];
}
