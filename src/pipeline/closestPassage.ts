import { distance } from "fastest-levenshtein";

/** The passage of a text most like a quote, with how alike they are (1 is identical). */
export interface ClosestPassage {
  index: number;
  passage: string;
  similarity: number;
}

/** Quotes up to this long are compared with a window at every word. */
const EXHAUSTIVE_UP_TO = 200;
/** For longer quotes, how many of the windows sharing most words are compared in full. */
const CANDIDATES = 24;

const WORD = /\S+/g;

/** The start of every word in `text`. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(WORD)) starts.push(m.index);
  return starts;
}

/**
 * The word starts worth a full comparison with a long quote: the windows (of the quote's word
 * count) that share the most words with it, found in one sliding pass.
 */
function likelyStarts(text: string, quote: string): number[] {
  const quoteWords = new Set(quote.toLowerCase().match(WORD) ?? []);
  const words = [...text.matchAll(WORD)].map((m) => ({
    at: m.index,
    hit: quoteWords.has(m[0].toLowerCase()) ? 1 : 0,
  }));
  const span = Math.max(1, quoteWords.size);
  const scored: { at: number; score: number }[] = [];
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    score += (words[i] as { hit: number }).hit;
    if (i >= span) score -= (words[i - span] as { hit: number }).hit;
    const first = Math.max(0, i - span + 1);
    scored.push({ at: (words[first] as { at: number }).at, score });
  }
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return [...new Set(scored.slice(0, CANDIDATES).map((s) => s.at))];
}

/**
 * Finds the passage of `text` most like `quote`: windows of the quote's length (to the end of a
 * word) starting at a word, ranked by edit distance. Every word start is tried for a short quote;
 * for a long one only the windows sharing most of its words, so the cost stays linear in the
 * text. Returns null for an empty text or quote.
 */
export function closestPassage(text: string, quote: string): ClosestPassage | null {
  if (text.length === 0 || quote.length === 0) return null;
  const starts = quote.length <= EXHAUSTIVE_UP_TO ? wordStarts(text) : likelyStarts(text, quote);
  if (starts[0] !== 0 && quote.length <= EXHAUSTIVE_UP_TO) starts.unshift(0);
  let best: ClosestPassage | null = null;
  for (const i of starts) {
    let end = Math.min(text.length, i + quote.length);
    while (end < text.length && !/\s/.test(text[end] as string)) end++;
    const passage = text.slice(i, end);
    const similarity = 1 - distance(passage, quote) / Math.max(passage.length, quote.length);
    if (
      best === null ||
      similarity > best.similarity ||
      (similarity === best.similarity && i < best.index)
    )
      best = { index: i, passage, similarity };
  }
  return best;
}
