/**
 * The `lang` to mark a source's text with in an interface of `locale`: the source's language when
 * it is another one than the interface's (`en` text in a Spanish page), and undefined when it is
 * the same language (whatever the region) or not known, so the text takes the page's.
 */
export function foreignLanguage(source: string | undefined, locale: string): string | undefined {
  if (!source) return undefined;
  const language = (tag: string) => tag.split("-")[0]?.toLowerCase();
  return language(source) === language(locale) ? undefined : source;
}
