import { describe, expect, it } from "vitest";
import type { Person, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { didYouMean } from "../../src/search/didYouMean.ts";
import { highlightRanges } from "../../src/search/highlightRanges.ts";
import { matchQuery } from "../../src/search/matchQuery.ts";
import {
  bodyText,
  buildSearchIndex,
  SEARCH_TEXT_LIMIT,
  searchText,
} from "../../src/search/searchIndex.ts";
import { searchVocabulary } from "../../src/search/searchVocabulary.ts";

function imported(id: string, extra: Partial<TimelineEvent>): TimelineEvent {
  return {
    id,
    type: "other",
    title: `Event ${id}`,
    summary: "A short summary",
    people: [],
    excerpts: [],
    date: { edtf: null, start: null, end: null, precision: "unknown", basis: "b", references: [] },
    ...extra,
  };
}

const longBody = `${"filler ".repeat(300)}the long tail of the text mentions zeppelins`;
const events = [
  imported("grouped", { group: "Space Race" }),
  imported("body", {
    body: [
      { text: longBody.slice(0, 1000) },
      { text: longBody.slice(1000) },
      { text: " and a ", href: undefined },
      { text: "Wikipédia link", href: "https://example.com/w" },
    ],
  }),
  imported("caption", {
    media: { url: null, caption: "Apollo crew on the launch pad", credit: null },
  }),
  imported("credit", {
    media: { url: "https://example.com/p.jpg", caption: null, credit: "Courtesy of NASA archives" },
  }),
  imported("split", {
    body: [{ text: "Gagarin orb" }, { text: "its Earth", href: "https://e.x/y" }],
  }),
];
const people = new Map<string, Person>();
const index = buildSearchIndex(events, people);
const found = (query: string) => {
  const matched = matchQuery(index, query);
  return matched && events.filter((_, i) => matched[i] === 1).map((e) => e.id);
};

describe("a search finds an imported event by what it came with", () => {
  it.each<[string, string, string[]]>([
    ["its group's name", "space race", ["grouped"]],
    ["its group's name, any case and part", "RACE", ["grouped"]],
    ["its text, past the summary (beyond the first thousand characters)", "zeppelins", ["body"]],
    ["a link's text in it, without accents", "wikipedia link", ["body"]],
    ["a word running across a link's edge", "orbits", ["split"]],
    ["its media's caption", "launch pad", ["caption"]],
    ["its media's credit", "nasa", ["credit"]],
    ["words from two of its parts", "apollo event", ["caption"]],
    ["not a word it lacks", "zeppelins nasa", []],
  ])("%s (%j)", (_, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it("a text far longer than the search reads costs no more than its head", () => {
    const huge = imported("huge", {
      body: Array.from({ length: 5000 }, () => ({ text: "word ".repeat(100) })),
    });
    expect(bodyText(huge.body ?? []).length).toBeLessThan(SEARCH_TEXT_LIMIT + 501);
    expect(searchText(huge, people).length).toBeLessThan(2 * SEARCH_TEXT_LIMIT);
  });
});

describe("what a search marks and suggests reaches the same texts", () => {
  it.each<[string, string, { start: number; end: number }[]]>([
    ["Space Race", "race", [{ start: 6, end: 10 }]],
    ["Wikipédia link", "wikipedia", [{ start: 0, end: 9 }]],
    ["Apollo crew on the launch pad", "pad", [{ start: 26, end: 29 }]],
  ])("%j marks %j", (text, query, ranges) => {
    expect(highlightRanges(text, query)).toEqual(ranges);
  });

  it.each<[string, string]>([
    ["zepelins", "zeppelins"],
    ["spacr", "Space"],
    ["Apolo", "Apollo"],
    ["archivs", "archives"],
  ])("%j is corrected to %j from the group, text, caption and credit", (query, suggestion) => {
    const vocabulary = searchVocabulary(events, people);
    const anywhere = (word: string) => index.some((text) => text.includes(word));
    expect(didYouMean(query, vocabulary, anywhere)).toBe(suggestion);
  });
});
