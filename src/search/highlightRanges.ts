import { foldLetters, searchWords } from "./foldForSearch.ts";
import { SEARCH_TEXT_LIMIT } from "./searchIndex.ts";

/** A stretch of a text, by UTF-16 offsets: `start` included, `end` not. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The text folded one character at a time, with, for each folded UTF-16 unit, the stretch of
 * the original it came from. Folding may change lengths ("ß" → "ss", "é" → "e" + a dropped
 * mark), so offsets into the folded text cannot be used on the original as they are.
 */
function foldWithOrigins(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    const piece = foldLetters(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      from.push(at);
      to.push(end);
    }
    at = end;
  }
  return { folded, from, to };
}

/** `end` moved past the characters after it that fold away (combining accents): they belong to the letter before. */
function afterMarks(text: string, end: number): number {
  let at = end;
  while (at < text.length) {
    const char = String.fromCodePoint(text.codePointAt(at) as number);
    if (foldLetters(char) !== "") break;
    at += char.length;
  }
  return at;
}

/**
 * Where the words of `query` occur in `text`, as ranges of the original text, in order and never
 * overlapping: matched as the search matches (each word anywhere, ignoring case, accents and
 * typographic quotes), so what is marked is what made the event match. A match that covers part
 * of a character that folds to more than one ("s" in "ß") marks the whole character, and
 * combining marks after a match stay with it.
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const words = searchWords(query);
  if (words.length === 0 || text === "") return [];
  // Marked only where the search reads (a text's start), which is what made it match.
  const { folded, from, to } = foldWithOrigins(
    text.length > SEARCH_TEXT_LIMIT ? text.slice(0, SEARCH_TEXT_LIMIT) : text,
  );
  const found: TextRange[] = [];
  for (const word of words) {
    for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + word.length)) {
      found.push({
        start: from[i] as number,
        end: afterMarks(text, to[i + word.length - 1] as number),
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
