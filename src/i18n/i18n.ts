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

/** Stands for a backslash while a message is made: a noncharacter, which no text holds. */
const BACKSLASH = "\uFDD0";

/**
 * A key as a build writes it (src/build/messagesPlugin.ts): its short id and its English message,
 * compiled; the language's catalog has the id, or (English) the message is used.
 */
type BuiltKey = [id: string, english: unknown];

/**
 * A message in the active language. For code outside components (problem messages, date words);
 * a component takes `t` from `useT()`, so that it is drawn again when the language changes.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  // Lingui decodes `\u0000` and `\x00` anywhere in its result, values included: a value's
  // backslashes (a quoted control character, a path) are hidden from it and put back after.
  let hidden: MessageValues | undefined;
  for (const [name, value] of Object.entries(values ?? {})) {
    if (typeof value === "string" && value.includes("\\")) {
      hidden ??= { ...values };
      hidden[name] = value.replaceAll("\\", BACKSLASH);
    }
  }
  // In a right-to-left language, each text value is isolated: an English name keeps its order.
  const direction = isLocale(i18n.locale) ? localeDirection(i18n.locale) : "ltr";
  const text = message(key, isolateValues(hidden ?? values, direction));
  return hidden ? text.replaceAll(BACKSLASH, "\\") : text;
}

/** The message of a key, or of a key as a build writes it, with these values. */
function message(key: MessageKey, values: MessageValues | undefined): string {
  if (typeof key === "string") return i18n._(key, values);
  const [id, english] = key as unknown as BuiltKey;
  return i18n._({ id, message: english as string, ...(values ? { values } : {}) });
}
