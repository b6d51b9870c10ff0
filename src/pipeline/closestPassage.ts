import { distance } from "fastest-levenshtein";

/** The passage of a text most like a quote, with how alike they are (1 is identical). */
export interface ClosestPassage {
  index: number;
  passage: string;
  similarity: number;
}

/**
 * Finds the passage of `text` most like `quote`: windows of the quote's length (to the end of a
 * word) starting at each word, ranked by edit distance. Returns null for an empty text or quote.
 */
export function closestPassage(text: string, quote: string): ClosestPassage | null {
  if (text.length === 0 || quote.length === 0) return null;
  let best: ClosestPassage | null = null;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !/\s/.test(text[i - 1] as string)) continue;
    let end = Math.min(text.length, i + quote.length);
    while (end < text.length && !/\s/.test(text[end] as string)) end++;
    const passage = text.slice(i, end);
    const similarity = 1 - distance(passage, quote) / Math.max(passage.length, quote.length);
    if (best === null || similarity > best.similarity) best = { index: i, passage, similarity };
  }
  return best;
}
