import type { Messages } from "@lingui/core";
import { i18n } from "./i18n.ts";
import { DEFAULT_LOCALE, type Locale, localeDirection } from "./locales.ts";

type Catalog = () => Promise<{ messages: Messages }>;

/** Each language's messages for the first view, fetched only when that language is used. */
const CATALOGS: Record<Exclude<Locale, "en">, Catalog> = {
  es: () => import("./catalogs/es.ts"),
  fr: () => import("./catalogs/fr.ts"),
  de: () => import("./catalogs/de.ts"),
  "pt-BR": () => import("./catalogs/ptBr.ts"),
  ja: () => import("./catalogs/ja.ts"),
  ar: () => import("./catalogs/ar.ts"),
  he: () => import("./catalogs/he.ts"),
};

/**
 * Each language's messages for the views that load on demand (src/i18n/laterPrefixes.ts): in a
 * build, a second catalog; in development and tests, the first holds them all and this is empty.
 */
const LATER_CATALOGS: Record<Locale, Catalog> = {
  en: () => import("./catalogs/en.ts?later"),
  es: () => import("./catalogs/es.ts?later"),
  fr: () => import("./catalogs/fr.ts?later"),
  de: () => import("./catalogs/de.ts?later"),
  "pt-BR": () => import("./catalogs/ptBr.ts?later"),
  ja: () => import("./catalogs/ja.ts?later"),
  ar: () => import("./catalogs/ar.ts?later"),
  he: () => import("./catalogs/he.ts?later"),
};

const loaded = new Set<string>([DEFAULT_LOCALE]);
/** Set once a view that loads on demand has asked for its messages: every language then has them. */
let laterWanted = false;

async function loadCatalog(key: string, catalog: Catalog, locale: Locale): Promise<void> {
  if (loaded.has(key)) return;
  const { messages } = await catalog();
  i18n.load(locale, messages);
  loaded.add(key);
}

/** Loads a language's messages (once) and makes it the interface's. */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([
    locale === "en" ? undefined : loadCatalog(locale, CATALOGS[locale], locale),
    laterWanted ? loadCatalog(`${locale} later`, LATER_CATALOGS[locale], locale) : undefined,
  ]);
  i18n.activate(locale);
}

/**
 * Loads the messages of the views that load on demand, in the interface's language and, from
 * then on, in any language chosen later. A view's code awaits it beside its own.
 */
export function loadLaterMessages(): Promise<void> {
  laterWanted = true;
  const locale = i18n.locale as Locale;
  return loadCatalog(`${locale} later`, LATER_CATALOGS[locale], locale);
}

/** A module that loads on demand, once its messages are loaded too. */
export async function withLaterMessages<T>(module: Promise<T>): Promise<T> {
  const [loadedModule] = await Promise.all([module, loadLaterMessages()]);
  return loadedModule;
}

/** Sets the page's language and direction: `<html lang dir>`. */
export function applyLocaleToPage(locale: Locale, root: HTMLElement = document.documentElement) {
  root.lang = locale;
  root.dir = localeDirection(locale);
}
