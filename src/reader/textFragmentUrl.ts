import { safeHref } from "../lib/safeHref.ts";
import { wellFormed } from "../lib/wellFormed.ts";

/** Quotes of up to this many words are matched whole; longer ones by their first and last words. */
const WHOLE_QUOTE_WORDS = 8;
/** How many words open and close a long quote's `textStart,textEnd` pair. */
const EDGE_WORDS = 4;

// `-`, `,` and `&` are syntax inside a text directive; encodeURIComponent already escapes `,`
// and `&` but leaves `-`, which would be read as a prefix/suffix marker.
function encodeFragmentPart(words: readonly string[]): string {
  return encodeURIComponent(words.join(" ")).replaceAll("-", "%2D");
}

/**
 * Links to the original page scrolled to a quote with a Text Fragment (`#:~:text=`), replacing
 * any fragment the URL had. Null when the URL is not http(s) or the quote is empty.
 */
export function textFragmentUrl(url: string | null, exact: string): string | null {
  const href = safeHref(url);
  if (href === null) return null;
  // encodeURIComponent throws on half a character (a lone surrogate), which a quote cut inside a
  // surrogate pair holds: the half is dropped, as the page has no such text to find.
  const words = wellFormed(exact, "")
    .split(/\s+/)
    .filter((word) => word !== "");
  if (words.length === 0) return null;
  const parts =
    words.length <= WHOLE_QUOTE_WORDS
      ? [words]
      : [words.slice(0, EDGE_WORDS), words.slice(-EDGE_WORDS)];
  const directive = parts.map(encodeFragmentPart).join(",");
  // In a serialised URL the first `#` always starts the fragment.
  const base = href.split("#", 1)[0] as string;
  return `${base}#:~:text=${directive}`;
}
