import { setupI18n } from "@lingui/core";
import { messages as en } from "./catalogs/en.ts";
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
 * A message in the active language. For code outside components (problem messages, date words);
 * a component takes `t` from `useT()`, so that it is drawn again when the language changes.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  if (values === undefined) return i18n._(key);
  // Lingui decodes `\u0000` and `\x00` anywhere in its result, values included: a value's
  // backslashes (a quoted control character, a path) are hidden from it and put back after.
  let hidden: MessageValues | null = null;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string" && value.includes("\\")) {
      hidden ??= { ...values };
      hidden[name] = value.replaceAll("\\", BACKSLASH);
    }
  }
  if (hidden === null) return i18n._(key, values);
  return i18n._(key, hidden).replaceAll(BACKSLASH, "\\");
}
