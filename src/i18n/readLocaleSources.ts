import type { LocaleSources } from "./chooseLocale.ts";

/** Where the reader's saved language is kept on this device. */
export const LOCALE_STORAGE_KEY = "sourceline-language";

/** The page's `?lang=`, the saved choice and the browser's languages. */
export function readLocaleSources(): LocaleSources {
  let saved: string | null = null;
  try {
    saved = window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode, file://): nothing was saved.
  }
  return {
    query: new URLSearchParams(window.location.search).get("lang"),
    saved,
    browser: navigator.languages ?? [navigator.language],
  };
}

/** Keeps the reader's choice for their next visit, where the device allows it. */
export function saveLocale(locale: string): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Unavailable storage: the choice holds for this visit only.
  }
}
