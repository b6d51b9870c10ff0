import { searchWords } from "./foldForSearch.ts";
import type { SearchIndex } from "./searchIndex.ts";

/**
 * Which events' texts hold every word of `query`: `matched[i]` is 1 for the i-th event of the
 * indexed list. Only events marked in `within` are tested when it is given (the matches of a
 * query this one refines), which is what keeps typing fast. Null, for every event, when the query
 * has no words. An event the index does not reach yet has no text, so it matches no word.
 */
export function matchQuery(
  index: SearchIndex,
  query: string,
  within: Uint8Array | null = null,
  length: number = index.length,
): Uint8Array | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const matched = new Uint8Array(length);
  outer: for (let i = 0; i < length; i++) {
    if (within !== null && within[i] !== 1) continue;
    const text = index[i] ?? "";
    for (const word of words) if (!text.includes(word)) continue outer;
    matched[i] = 1;
  }
  return matched;
}

/**
 * Whether every event matching `query` also matches `previous`: each earlier word lies inside
 * some new word ("boar" → "board", "board" → "board sam"). Then a search can narrow the earlier
 * matches instead of testing every event again.
 */
export function refinesQuery(query: string, previous: string): boolean {
  const words = searchWords(query);
  return searchWords(previous).every((old) => words.some((word) => word.includes(old)));
}
