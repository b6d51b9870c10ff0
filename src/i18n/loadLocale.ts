import type { Messages } from "@lingui/core";
import { i18n } from "./i18n.ts";
import { DEFAULT_LOCALE, type Locale, localeDirection } from "./locales.ts";

type Catalog = () => Promise<{ messages: Messages }>;

/** Each other language's messages, fetched only when that language is used. */
const CATALOGS: Record<Exclude<Locale, "en">, Catalog> = {
  es: () => import("./catalogs/es.ts"),
  fr: () => import("./catalogs/fr.ts"),
  de: () => import("./catalogs/de.ts"),
  "pt-BR": () => import("./catalogs/ptBr.ts"),
  ja: () => import("./catalogs/ja.ts"),
  ar: () => import("./catalogs/ar.ts"),
  he: () => import("./catalogs/he.ts"),
};

const loaded = new Set<Locale>([DEFAULT_LOCALE]);
/** The language asked for last: an earlier request that arrives after it does not win. */
let requested: Locale = DEFAULT_LOCALE;

/**
 * Loads a language's messages (once) and makes it the interface's, unless another language was
 * asked for while they loaded. Resolves to whether this one is now the interface's.
 */
export async function loadLocale(locale: Locale): Promise<boolean> {
  requested = locale;
  if (locale !== "en" && !loaded.has(locale)) {
    const { messages } = await CATALOGS[locale]();
    i18n.load(locale, messages);
    loaded.add(locale);
  }
  if (requested !== locale) return false;
  i18n.activate(locale);
  return true;
}

/** Sets the page's language and direction: `<html lang dir>`. */
export function applyLocaleToPage(locale: Locale, root: HTMLElement = document.documentElement) {
  root.lang = locale;
  root.dir = localeDirection(locale);
}
