import { DEFAULT_LOCALE, type Locale } from "./locales.ts";
import { matchLocale } from "./matchLocale.ts";

export interface LocaleSources {
  /** The address's `?lang=`. */
  query: string | null;
  /** The reader's saved choice on this device. */
  saved: string | null;
  /** The browser's languages, most wanted first (`navigator.languages`). */
  browser: readonly string[];
}

/**
 * The interface language: the address's `?lang=`, then the reader's saved choice, then the first
 * of the browser's languages we speak, then English. A tag we do not speak is passed over.
 */
export function chooseLocale({ query, saved, browser }: LocaleSources): Locale {
  return (
    matchLocale(query) ??
    matchLocale(saved) ??
    browser.map(matchLocale).find((locale) => locale !== null) ??
    DEFAULT_LOCALE
  );
}
