import { describe, expect, it } from "vitest";
import { didYouMean } from "../../src/search/didYouMean.ts";
import { foldLetters } from "../../src/search/foldForSearch.ts";

const words = (...list: [string, number][]) =>
  new Map(list.map(([word, count]) => [foldLetters(word), { word, count }]));
const nowhere = () => false;

describe("didYouMean allows more edits to longer words", () => {
  it.each([
    ["three letters: none", "cax", words(["car", 1]), null],
    ["four letters: one", "boax", words(["boat", 1]), "boat"],
    ["five letters: one", "bxard", words(["board", 1]), "board"],
    ["five letters: not two", "bxarx", words(["board", 1]), null],
    ["six letters: two", "bxardz", words(["boards", 1]), "boards"],
    ["six letters: not three", "bxaxdz", words(["boards", 1]), null],
    ["nine letters: two", "sutskxvxr", words(["Sutskever", 1]), "Sutskever"],
    ["nine letters: not three", "sxtskxvxr", words(["Sutskever", 1]), null],
    ["ten letters: three", "abcdefgxyz", words(["abcdefghij", 1]), "abcdefghij"],
    ["ten letters: not four", "abcdefwxyz", words(["abcdefghij", 1]), null],
  ])("%s (%j)", (_, query, vocabulary, suggestion) => {
    expect(didYouMean(query, vocabulary, nowhere)).toBe(suggestion);
  });
});

describe("didYouMean picks among near words: fewest edits, then the commoner, then the first in order", () => {
  it.each([
    ["the commoner word listed first", words(["boars", 3], ["board", 1]), "boarx", "boars"],
    ["the commoner word listed last", words(["board", 1], ["boars", 3]), "boarx", "boars"],
    ["as common: the first alphabetically", words(["boars", 2], ["board", 2]), "boarx", "board"],
    ["as common, listed in order", words(["board", 2], ["boars", 2]), "boarx", "board"],
    [
      "a closer word beats an as common one earlier in the alphabet",
      words(["boardz", 1], ["boar", 1]),
      "boardx",
      "boardz",
    ],
    [
      "a closer word beats a commoner one listed after it",
      words(["boarding", 1], ["board", 9]),
      "boardin",
      "boarding",
    ],
  ])("%s", (_, vocabulary, query, suggestion) => {
    expect(didYouMean(query, vocabulary, nowhere)).toBe(suggestion);
  });

  it("never offers the word as typed back, even when the search found it nowhere", () => {
    expect(didYouMean("board", words(["board", 1]), nowhere)).toBeNull();
  });

  it("keeps the found words as typed around extra spaces", () => {
    const found = (word: string) => word === "jan";
    expect(didYouMean("  Jan   Leiki ", words(["Leike", 1]), found)).toBe("Jan Leike");
  });
});
