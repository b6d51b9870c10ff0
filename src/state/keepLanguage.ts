/**
 * A view's query string with the address's language (`?lang=`) kept at its end: the language is
 * the reader's choice, not the view's, so it stays as selections and filters change the address.
 */
export function keepLanguage(search: string, lang: string | null): string {
  if (lang === null) return search;
  const param = `lang=${encodeURIComponent(lang)}`;
  return search === "" ? `?${param}` : `${search}&${param}`;
}
