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

/** The words a search looks for, folded: what every event's search text is matched against. */
export function searchWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === "" ? [] : folded.split(" ");
}
