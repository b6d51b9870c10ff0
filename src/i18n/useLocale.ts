import { useCallback } from "react";
import { applyLocaleToPage, loadLocale } from "./loadLocale.ts";
import type { Locale } from "./locales.ts";
import { saveLocale } from "./readLocaleSources.ts";
import { useActiveLocale } from "./useActiveLocale.ts";

/**
 * The interface language and a way to change it: the new language's messages are loaded, the
 * page takes its `lang` and `dir`, the choice is saved for the reader's next visit, and an
 * address's `?lang=` follows it.
 */
export function useLocale(): [Locale, (locale: Locale) => Promise<void>] {
  const locale = useActiveLocale();
  const change = useCallback(async (next: Locale) => {
    if (!(await loadLocale(next))) return; // another language was chosen meanwhile
    applyLocaleToPage(next);
    saveLocale(next);
    // An address that names a language names the chosen one now, so a reload keeps it.
    const params = new URLSearchParams(window.location.search);
    if (params.has("lang")) {
      params.set("lang", next);
      window.history.replaceState(window.history.state, "", `?${params}${window.location.hash}`);
    }
  }, []);
  return [locale, change];
}
