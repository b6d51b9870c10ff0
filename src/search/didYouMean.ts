import { distance } from "fastest-levenshtein";
import { searchWords } from "./foldForSearch.ts";
import type { SearchVocabulary } from "./searchVocabulary.ts";

/** The most words a suggestion corrects. */
const MAX_CORRECTED = 3;

/** How many edits a word of this length may be from the one it is taken for. */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/** The dataset's word nearest `word` within the edits allowed; ties go to the commoner word. */
function nearest(word: string, vocabulary: SearchVocabulary): string | null {
  const limit = allowedEdits(word.length);
  let best: { word: string; edits: number; count: number } | null = null;
  for (const [key, entry] of vocabulary) {
    // Words far apart in length cannot be within the limit: skip the costly part.
    if (Math.abs(key.length - word.length) > limit) continue;
    const edits = distance(word, key);
    if (edits === 0 || edits > limit) continue;
    if (
      !best ||
      edits < best.edits ||
      (edits === best.edits && entry.count > best.count) ||
      (edits === best.edits && entry.count === best.count && entry.word < best.word)
    )
      best = { word: entry.word, edits, count: entry.count };
  }
  return best?.word ?? null;
}

/**
 * "Did you mean": the query with each word the search finds nowhere (`found` says whether any
 * event's text holds it) replaced by the nearest of the dataset's own words, written as the
 * dataset writes it ("Leiki" → "Leike"); null when every word is found, when one has no near word,
 * or when more than three are found nowhere.
 */
export function didYouMean(
  query: string,
  vocabulary: SearchVocabulary,
  found: (word: string) => boolean,
): string | null {
  const words = searchWords(query);
  // The words kept are written as typed, where the typed words line up with the folded ones.
  const typed = query.trim().split(/\s+/);
  const asTyped = (i: number) => (typed.length === words.length ? typed[i] : words[i]) as string;
  // Many words found nowhere are not a slip of the keys (a pasted text, say), and each one
  // costs a pass over the vocabulary: nothing is offered, and the looking stops there.
  const missing: boolean[] = [];
  let misses = 0;
  for (const word of words) {
    missing.push(!found(word));
    if (missing.at(-1) && ++misses > MAX_CORRECTED) return null;
  }
  let changed = false;
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    if (!missing[i]) {
      out.push(asTyped(i));
      continue;
    }
    const near = nearest(word, vocabulary);
    if (near === null) return null;
    out.push(near);
    changed = true;
  }
  return changed ? out.join(" ") : null;
}
