import { useCallback } from "react";
import { type MessageValues, t } from "./i18n.ts";
import type { MessageKey } from "./messageKey.ts";
import { useActiveLocale } from "./useActiveLocale.ts";

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** `t` for a component: messages in the active language, drawn again when the language changes. */
export function useT(): Translate {
  const locale = useActiveLocale();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `t` for each language, so that memos holding text are worked out again.
  return useCallback((key, values) => t(key, values), [locale]);
}
