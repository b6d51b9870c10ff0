/** A sentence's end: a full stop, ellipsis, question or exclamation mark, then any closing quotes or brackets. */
const ENDED = /[.!?…。！？][»"'”’)\]]*$/u;

/** The text as a finished sentence: with a full stop unless it ends one already ("A queue." stays). */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return ENDED.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Joins texts as sentences: each but the last ends with a full stop unless it has its own end,
 * so "A queue." and "Credit: AP" read "A queue. Credit: AP", never "A queue.. Credit: AP".
 * Blank texts are skipped.
 */
export function joinSentences(texts: readonly (string | null | undefined)[]): string {
  const parts = texts.map((text) => text?.trim() ?? "").filter((text) => text !== "");
  return parts.map((text, i) => (i < parts.length - 1 ? endSentence(text) : text)).join(" ");
}
