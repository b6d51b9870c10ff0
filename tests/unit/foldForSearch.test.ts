import { describe, expect, it } from "vitest";
import {
  foldForSearch,
  foldLetters,
  isSearchCapped,
  MAX_QUERY_CHARS,
  MAX_SEARCH_WORDS,
  searchWords,
} from "../../src/search/foldForSearch.ts";
import { matchQuery, refinesQuery } from "../../src/search/matchQuery.ts";

describe("foldForSearch(text) makes case, accents and typography not matter", () => {
  it.each([
    ["Jan LEIKE", "jan leike"],
    ["Zürich", "zurich"],
    ["Łódź", "lodz"],
    ["Søren Ærø", "soren aero"],
    ["Straße", "strasse"],
    ["company\u2019s \u201Cmass exodus\u201D", 'company\'s "mass exodus"'],
    ["  many \n\t spaces  ", "many spaces"],
    ["", ""],
  ])("%j → %j", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe("foldLetters(text) folds as foldForSearch does, leaving white space alone", () => {
  it.each([
    ["Jan LEIKE", "jan leike"],
    ["Zürich\u2019s \u201CŁódź\u201D", 'zurich\'s "lodz"'],
    ["  many \n\t spaces  ", "  many \n\t spaces  "],
    ["Straße \n Ærø", "strasse \n aero"],
    ["", ""],
  ])("%j → %j", (text, folded) => {
    expect(foldLetters(text)).toBe(folded);
  });

  it.each(["Jan LEIKE", "  Zürich\u2019s \u201CŁódź\u201D ", "a\n\tb  c", "Søren Ærø"])(
    "collapsing its white space gives foldForSearch: %j",
    (text) => {
      expect(foldLetters(text).replace(/\s+/g, " ").trim()).toBe(foldForSearch(text));
    },
  );
});

describe("searchWords(query) looks for each word once, and for at most MAX_SEARCH_WORDS", () => {
  const numbered = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
  it.each<[string, string, string[], boolean]>([
    ["an empty query", "", [], false],
    ["repeats, in any case", "Board board  BOARD team", ["board", "team"], false],
    ["exactly the limit", numbered(MAX_SEARCH_WORDS).join(" "), numbered(MAX_SEARCH_WORDS), false],
    [
      "one word past the limit",
      numbered(MAX_SEARCH_WORDS + 1).join(" "),
      numbered(MAX_SEARCH_WORDS),
      true,
    ],
    [
      "a pasted 5,000 words of five",
      Array.from(
        { length: 5000 },
        (_, i) => ["board", "safety", "team", "report", "policy"][i % 5],
      ).join(" "),
      ["board", "safety", "team", "report", "policy"],
      false,
    ],
    ["a word after the characters read", `${"a ".repeat(MAX_QUERY_CHARS)}zeta`, ["a"], true],
    ["spaces after the characters read", `ab${" ".repeat(MAX_QUERY_CHARS)}`, ["ab"], false],
    [
      "a word across the last character read",
      `${"a ".repeat(MAX_QUERY_CHARS / 2 - 1)}zeta`,
      ["a"],
      true,
    ],
  ])("%s", (_, query, words, capped) => {
    expect(searchWords(query)).toEqual(words);
    expect(isSearchCapped(query)).toBe(capped);
  });

  it("matches on the words it keeps: a 5,000-word query finds what its first words find", () => {
    const index = ["w0 w1 w2", "w0 w1", "w5"];
    const query = numbered(5000).join(" ");
    expect(matchQuery(index, query)).toEqual(
      matchQuery(index, numbered(MAX_SEARCH_WORDS).join(" ")),
    );
    // Typing on at the end of a capped query refines it: the words looked for are the same.
    expect(refinesQuery(`${query}x`, query)).toBe(true);
  });
});
