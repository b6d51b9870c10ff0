/** Text folded for matching, with the index in the original text of each folded character. */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the index in the original text of `text[i]`. */
  origin: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const SPACE = /\s/;

/**
 * Folds curly and other typographic quote marks to straight ones and every run of white space
 * (including no-break spaces and line breaks) to one space, keeping a map back to the original.
 */
export function normalizeForMatching(original: string): NormalizedText {
  let text = "";
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (SPACE.test(ch)) {
      if (!inSpace) {
        text += " ";
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += SINGLE_QUOTES.test(ch) ? "'" : DOUBLE_QUOTES.test(ch) ? '"' : ch;
    origin.push(i);
  }
  return { text, origin };
}

/** Folds a typed quote the same way and trims it, for searching a normalized text. */
export function normalizeQuote(quote: string): string {
  return normalizeForMatching(quote).text.trim();
}
