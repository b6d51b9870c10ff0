import { useCallback } from "react";
import { applyLocaleToPage, loadLocale } from "./loadLocale.ts";
import type { Locale } from "./locales.ts";
import { saveLocale } from "./readLocaleSources.ts";
import { useActiveLocale } from "./useActiveLocale.ts";

/**
 * The interface language and a way to change it: the new language's messages are loaded, the
 * page takes its `lang` and `dir`, and the choice is saved for the reader's next visit.
 */
export function useLocale(): [Locale, (locale: Locale) => Promise<void>] {
  const locale = useActiveLocale();
  const change = useCallback(async (next: Locale) => {
    await loadLocale(next);
    applyLocaleToPage(next);
    saveLocale(next);
  }, []);
  return [locale, change];
}
