// Letters that are not a base letter plus a combining mark, so NFD leaves them whole.
const LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

const ASCII = /^[\t\n\r -~]*$/;
const WHOLE_LETTERS = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/**
 * Folds text for search so case, diacritics, typographic quotes and spacing never matter:
 * "  Zürich’s  Łódź " → "zurich's lodz".
 */
export function foldForSearch(text: string): string {
  return foldLetters(text).replace(/\s+/g, " ").trim();
}

/**
 * Folds case, diacritics and typographic quotes as `foldForSearch` does, and leaves white space
 * as it is: for text searched word by word, where spacing cannot change a match. Plain ASCII
 * (most text) costs one copy.
 */
export function foldLetters(text: string): string {
  // Plain ASCII has nothing to decompose: skip the costly Unicode passes.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(WHOLE_LETTERS, (letter) => LETTERS[letter] ?? letter)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/**
 * The most words a search looks for. Each word is one more pass over every event's text, and the
 * matches are marked in every text shown, so a pasted page of words must not cost a pass apiece.
 */
export const MAX_SEARCH_WORDS = 20;
/** The most characters of a query read for its words: a pasted book is not folded on each key. */
export const MAX_QUERY_CHARS = 100_000;

interface QueryWords {
  query: string;
  words: string[];
  capped: boolean;
}

// The views ask for the same query's words once per text they mark: fold it once.
let last: QueryWords = { query: "", words: [], capped: false };

function readQuery(query: string): QueryWords {
  if (query === last.query) return last;
  // Cut at a space, so the last word read is a whole one.
  const head =
    query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS).replace(/\S*$/, "") : query;
  const folded = foldForSearch(head);
  // A repeated word changes no match: each is looked for once.
  const distinct = folded === "" ? [] : [...new Set(folded.split(" "))];
  const cutOff = head.length < query.length && /\S/.test(query.slice(head.length));
  last = {
    query,
    words: distinct.slice(0, MAX_SEARCH_WORDS),
    capped: cutOff || distinct.length > MAX_SEARCH_WORDS,
  };
  return last;
}

/**
 * The words a search looks for, folded, each once: what every event's search text is matched
 * against. At most `MAX_SEARCH_WORDS`, from the first `MAX_QUERY_CHARS` of the query.
 */
export function searchWords(query: string): string[] {
  return readQuery(query).words;
}

/** Whether `query` has words the search leaves out (see `searchWords`), for the view to say so. */
export function isSearchCapped(query: string): boolean {
  return readQuery(query).capped;
}
