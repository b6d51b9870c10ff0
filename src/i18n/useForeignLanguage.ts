import { foreignLanguage } from "./foreignLanguage.ts";
import { useActiveLocale } from "./useActiveLocale.ts";

/** The `lang` for a source's text in this interface (see foreignLanguage), kept up to date. */
export function useForeignLanguage(language: string | undefined): string | undefined {
  return foreignLanguage(language, useActiveLocale());
}
