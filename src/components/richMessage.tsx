import { Fragment, type ReactNode } from "react";
import type { MessageValues } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import type { Translate } from "../i18n/useT.ts";

/** Marks a part's place in the translated text; a private-use character no message contains. */
const MARK = "\uE000";
const SPLIT = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A message whose placeholders named in `parts` are elements (a file name in <strong>, a
 * <code>): each language puts them where its sentence needs them, with no sentence cut in pieces.
 */
export function richMessage(
  t: Translate,
  key: MessageKey,
  parts: Record<string, ReactNode>,
  values: MessageValues = {},
): ReactNode[] {
  const names = Object.keys(parts);
  const slots = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  return t(key, { ...values, ...slots })
    .split(SPLIT)
    .map((piece, i) =>
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one message, in a fixed order.
      i % 2 === 0 ? piece : <Fragment key={i}>{parts[names[Number(piece)] ?? ""]}</Fragment>,
    );
}
