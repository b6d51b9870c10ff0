import { Fragment, type ReactNode } from "react";

/** A placeholder's value that marks where an element goes in a translated message. */
export const slot = (name: string) => `\u{E000}${name}\u{E001}`;

/**
 * A translated message with elements in its placeholders: `t(key, { term: slot("term") })`
 * gives the words, `fillSlots(words, { term: <code>…</code> })` puts each element where its
 * placeholder stands, wherever the language puts it in the sentence.
 */
export function fillSlots(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  // Split at a captured group: odd places hold the slots' names, even ones the words between.
  return text.split(/\u{E000}(\w+)\u{E001}/u).map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts never move among themselves.
    i % 2 === 1 ? <Fragment key={i}>{elements[part]}</Fragment> : part,
  );
}
