/** The interface's languages, as BCP 47 tags: English first, the fallback. */
export const LOCALES = ["en", "es", "fr", "de", "pt-BR", "ja", "ar", "he"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as its readers look for it in a menu. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
  "pt-BR": "Português (Brasil)",
  ja: "日本語",
  ar: "العربية",
  he: "עברית",
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar", "he"]);

/** The direction the language is written in: the page's `dir`. */
export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
