import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset, Person } from "../../src/data/datasetSchema.ts";
import { didYouMean } from "../../src/search/didYouMean.ts";
import { foldLetters } from "../../src/search/foldForSearch.ts";
import { buildSearchIndex } from "../../src/search/searchIndex.ts";
import { searchVocabulary } from "../../src/search/searchVocabulary.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const people = new Map<string, Person>(dataset.people.map((p) => [p.id, p]));
const vocabulary = searchVocabulary(dataset.events, people);
const index = buildSearchIndex(dataset.events, people);
const found = (word: string) => index.some((text) => text.includes(word));

describe("didYouMean(query) on the bundled story suggests the dataset's own words", () => {
  it.each([
    ["Leiki", "Leike"],
    ["leiki", "Leike"],
    ["Sutskevr", "Sutskever"],
    ["Sutskeever", "Sutskever"],
    ["Pachoki", "Pachocki"],
    ["Kokotajo", "Kokotajlo"],
    ["altmann", "Altman"],
    // Only the word found nowhere changes; the others stay as typed.
    ["Jan Leiki", "Jan Leike"],
    ["  resigns   Leiki ", "resigns Leike"],
    ["Leiki Sutskevr", "Leike Sutskever"],
  ])("%j → %j", (query, suggestion) => {
    expect(didYouMean(query, vocabulary, found)).toBe(suggestion);
  });

  it.each([
    ["zebra", "no word of the story is near it"],
    ["Leike", "it is found"],
    ["lei", "it is found, inside a word"],
    ["", "there is nothing to correct"],
    ["Leiki zebra", "one word has no near word"],
    ["xyz", "short words are not guessed at"],
  ])("%j → nothing: %s", (query) => {
    expect(didYouMean(query, vocabulary, found)).toBeNull();
  });
});

describe("didYouMean(query) on a small vocabulary", () => {
  const words = (...list: [string, number][]) =>
    new Map(list.map(([word, count]) => [foldLetters(word), { word, count }]));
  const nowhere = () => false;

  it.each([
    ["a tie goes to the commoner word", words(["board", 1], ["boars", 3]), "boarx", "boars"],
    [
      "fewer edits win over a commoner word",
      words(["board", 9], ["boarding", 1]),
      "boardin",
      "boarding",
    ],
    ["accents are folded before comparing", words(["Zürich", 1]), "zurch", "Zürich"],
    ["a long word allows more edits", words(["Kokotajlo", 1]), "kokotaylow", "Kokotajlo"],
  ])("%s", (_, vocabulary, query, suggestion) => {
    expect(didYouMean(query, vocabulary, nowhere)).toBe(suggestion);
  });

  it.each([
    ["three words found nowhere are corrected", "boarx boary boarz", "board board board"],
    ["four words found nowhere are not a slip of the keys", "boarx boary boarz boarw", null],
  ])("%s", (_, query, suggestion) => {
    expect(didYouMean(query, words(["board", 1]), nowhere)).toBe(suggestion);
  });

  it("suggests nothing from an empty vocabulary", () => {
    expect(didYouMean("leiki", new Map(), nowhere)).toBeNull();
  });
});
