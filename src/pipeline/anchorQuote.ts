import type { Excerpt } from "../data/datasetSchema.ts";
import { fail, ok, type Result } from "../lib/result.ts";
import { closestPassage } from "./closestPassage.ts";
import { normalizeForMatching, normalizeQuote } from "./normalizeForMatching.ts";

/** How many characters of context `prefix` and `suffix` keep, as in a W3C TextQuoteSelector. */
export const CONTEXT_LENGTH = 32;

/** A quote as an annotator types it, with optional context to say which occurrence is meant. */
export interface QuoteAnnotation {
  quote: string;
  /** Text just before the quote, when it occurs more than once. */
  prefix?: string | undefined;
  /** Text just after the quote, when it occurs more than once. */
  suffix?: string | undefined;
}

/** An anchored quote: the article's own words and where they stand. */
export type Anchor = Omit<Excerpt, "source">;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Finds a typed quote in an article, with quote marks and white space normalised, and returns the
 * article's own text at that place with its offsets into the whole text and up to 32 characters
 * of context either side. Searches from `from` on (the body start). Fails, saying why, when the
 * quote is absent (naming the closest passage) or ambiguous.
 */
export function anchorQuote(text: string, annotation: QuoteAnnotation, from = 0): Result<Anchor> {
  const quote = normalizeQuote(annotation.quote);
  if (quote === "") return fail("the quote is empty");
  const body = normalizeForMatching(text.slice(from));
  let hits = occurrences(body.text, quote);

  if (hits.length === 0) {
    const near = closestPassage(body.text, quote);
    const hint = near
      ? `; the closest passage (${Math.round(near.similarity * 100)}% alike) is "${near.passage}"`
      : "";
    return fail(`the quote "${annotation.quote}" is not in the article${hint}`);
  }

  const prefix = annotation.prefix === undefined ? "" : normalizeQuote(annotation.prefix);
  const suffix = annotation.suffix === undefined ? "" : normalizeQuote(annotation.suffix);
  if (prefix !== "" || suffix !== "") {
    const all = hits;
    hits = hits.filter(
      (at) =>
        body.text.slice(0, at).trimEnd().endsWith(prefix) &&
        body.text
          .slice(at + quote.length)
          .trimStart()
          .startsWith(suffix),
    );
    if (hits.length === 0) {
      return fail(
        `the quote occurs ${all.length} time(s) but never with the given prefix/suffix context`,
      );
    }
  }
  if (hits.length > 1) {
    const where = hits.map((at) => from + (body.origin[at] ?? 0)).join(", ");
    return fail(
      `the quote "${annotation.quote}" occurs ${hits.length} times (at ${where}); add a prefix or suffix to say which`,
    );
  }

  const at = hits[0] as number;
  const start = from + (body.origin[at] as number);
  const end = from + (body.origin[at + quote.length - 1] as number) + 1;
  // A quote must hold whole characters: not half of an emoji's UTF-16 pair at either end.
  if (isLowSurrogate(text.charCodeAt(start)) || isHighSurrogate(text.charCodeAt(end - 1))) {
    return fail(
      `the quote "${annotation.quote}" starts or ends inside a character (half of an emoji or other character outside the Basic Multilingual Plane)`,
    );
  }
  return ok({
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  });
}
