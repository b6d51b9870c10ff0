import { isLocale, LOCALES, type Locale } from "./locales.ts";

/** Tags readers or browsers use for one of ours under another name. */
const ALIASES: Record<string, Locale> = { iw: "he", pt: "pt-BR" };

/**
 * The interface language for a language tag (`es-MX`, `PT`, `ja_JP`, `iw`), or null when none
 * fits: an exact match first, then one of the same language (`es-MX` → `es`, `pt-PT` → `pt-BR`).
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const normal = tag.trim().replace(/_/g, "-").toLowerCase();
  if (normal === "") return null;
  const exact = LOCALES.find((locale) => locale.toLowerCase() === normal);
  if (exact) return exact;
  const language = normal.split("-")[0] ?? "";
  const alias = ALIASES[language];
  if (alias) return alias;
  return isLocale(language) ? language : null;
}
