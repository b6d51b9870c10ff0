import { setupI18n } from "@lingui/core";
import { messages as en } from "./catalogs/en.ts";
import { isolateValues } from "./isolateValues.ts";
import { isLocale, localeDirection } from "./locales.ts";
import type { MessageKey } from "./messageKey.ts";

/**
 * The interface's one translator: English is loaded and active from the start (in the app, its
 * tests, the build's first view and the command-line tools); other languages load on demand.
 */
export const i18n = setupI18n({ locale: "en", messages: { en } });

/** The values a message's placeholders take: text, numbers (plurals) or dates. */
export type MessageValues = Record<string, string | number | Date>;

/**
 * A message in the active language. For code outside components (problem messages, date words);
 * a component takes `t` from `useT()`, so that it is drawn again when the language changes.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const direction = isLocale(i18n.locale) ? localeDirection(i18n.locale) : "ltr";
  return i18n._(key, isolateValues(values, direction));
}
