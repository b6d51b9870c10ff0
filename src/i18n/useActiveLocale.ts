import { useSyncExternalStore } from "react";
import { i18n } from "./i18n.ts";
import { isLocale, type Locale } from "./locales.ts";

function subscribe(listener: () => void): () => void {
  return i18n.on("change", listener);
}

function activeLocale(): Locale {
  return isLocale(i18n.locale) ? i18n.locale : "en";
}

/** The interface language; a component using it is drawn again when the language changes. */
export function useActiveLocale(): Locale {
  return useSyncExternalStore(subscribe, activeLocale, activeLocale);
}
