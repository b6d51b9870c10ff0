// In a `u` regular expression a surrogate pair reads as one code point, so only a surrogate
// standing alone (half a character) matches.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

/**
 * The text with every lone surrogate (half of a character cut in two) replaced by U+FFFD, as
 * `String.prototype.toWellFormed` does (or by `replacement`): `encodeURIComponent` throws on one.
 */
export function wellFormed(text: string, replacement = "\uFFFD"): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, replacement) : text;
}

/** Where the first lone surrogate of the text stands, or -1 when it has none. */
export function loneSurrogateAt(text: string): number {
  return text.search(LONE_SURROGATE);
}
