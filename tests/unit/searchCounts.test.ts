import { describe, expect, it } from "vitest";
import type { Person, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { countFacets } from "../../src/search/countFacets.ts";
import { countPeople } from "../../src/search/countPeople.ts";
import type { EventFilters } from "../../src/search/eventFilters.ts";
import { hasActiveFilters } from "../../src/search/hasActiveFilters.ts";
import { matchQuery } from "../../src/search/matchQuery.ts";
import { buildSearchIndex, searchText } from "../../src/search/searchIndex.ts";
import { searchVocabulary } from "../../src/search/searchVocabulary.ts";

const day = { edtf: "2024-05-14", start: "2024-05-14", end: "2024-05-14", precision: "day" };
function event(id: string, people: string[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    type: "departure",
    title: `Event ${id}`,
    summary: "",
    people,
    excerpts: [],
    date: { ...day, basis: "b", references: [] },
    ...extra,
  } as TimelineEvent;
}
const none: EventFilters = { types: null, person: null, query: "" };
const mask = (...bits: number[]) => Uint8Array.from(bits);

describe("countPeople counts the events a search matched", () => {
  const events = [event("a", ["ann"]), event("b", ["ann", "bob"]), event("c", ["bob"])];
  it.each<[string, Uint8Array | null, [string, number][]]>([
    [
      "no search: every event",
      null,
      [
        ["ann", 2],
        ["bob", 2],
      ],
    ],
    [
      "the first two matched",
      mask(1, 1, 0),
      [
        ["ann", 2],
        ["bob", 1],
      ],
    ],
    ["only the last matched", mask(0, 0, 1), [["bob", 1]]],
  ])("%s", (_, matched, expected) => {
    expect([...countPeople(events, none, matched)]).toEqual(expected);
  });

  it("counts a person named twice on one event once", () => {
    expect([...countPeople([event("a", ["ann", "bob", "ann"])], none, null)]).toEqual([
      ["ann", 1],
      ["bob", 1],
    ]);
  });

  it("honours the corrections facet", () => {
    const noted = [event("a", ["ann"], { note: "Corrected" }), event("b", ["bob"])];
    expect([...countPeople(noted, { ...none, corrections: true }, null)]).toEqual([["ann", 1]]);
  });
});

describe("countFacets counts within the search and the person chosen", () => {
  const events = [
    event("a", ["ann"], { note: "n" }),
    event("b", ["bob"], { note: "n" }),
    event("c", ["bob"]),
  ];
  it.each<[string, Partial<EventFilters>, Uint8Array | null, number, number]>([
    ["everything", {}, null, 3, 2],
    ["a search", {}, mask(0, 1, 1), 2, 1],
    ["a person", { person: "ann" }, null, 1, 1],
    ["a person and a search", { person: "bob" }, mask(1, 0, 1), 1, 0],
  ])("%s", (_, patch, matched, days, corrections) => {
    const counts = countFacets(events, { ...none, ...patch }, matched);
    expect([counts.certainty.day, counts.corrections]).toEqual([days, corrections]);
  });
});

describe("hasActiveFilters", () => {
  it.each<[string, Partial<EventFilters>, boolean]>([
    ["one type of several chosen", { types: ["departure"] }, true],
    [
      "every type chosen",
      { types: ["departure", "board", "appointment", "statement", "report", "policy", "other"] },
      false,
    ],
  ])("%s: %s", (_, patch, active) => {
    expect(hasActiveFilters({ ...none, ...patch })).toBe(active);
  });
});

describe("searchText: what a search looks in for one event", () => {
  const people = new Map<string, Person>([["ann", { id: "ann", name: "Ann Ek", description: "" }]]);
  it("names each person it knows and adds nothing for an id it does not", () => {
    expect(searchText(event("a", ["ann", "ghost"]), people)).toBe("event a  ann ek  b");
  });

  it("adds the publisher and title of each reference it can look up", () => {
    const sources = new Map([
      [
        "s",
        {
          id: "s",
          kind: "reference",
          publisher: "Vox",
          title: "Leaked",
          url: null,
          published: null,
        },
      ],
    ]) as never;
    const dated = event("a", [], {
      date: { ...day, basis: "b", references: ["s", "gone"] },
    } as never);
    expect(searchText(dated, people, sources)).toBe("event a  b vox leaked");
  });

  it("an empty list has an empty index", () => {
    expect(buildSearchIndex([], people)).toEqual([]);
  });
});

describe("matchQuery beyond the index", () => {
  it.each(["was", "here", "event"])(
    "an event the index does not reach matches no word (%j)",
    (word) => {
      expect([...(matchQuery(["event a"], word, null, 2) ?? [])]).toEqual([
        word === "event" ? 1 : 0,
        0,
      ]);
    },
  );
});

describe("searchVocabulary: the words a misspelling can be corrected to", () => {
  it("counts titles, summaries and names, keeps the first spelling, skips words under three letters", () => {
    const events = [
      event("a", [], { title: "OpenAI's board", summary: "The Board met" }),
      event("b", [], { title: "An ex", summary: "" }),
    ];
    const people = new Map<string, Person>([
      ["s", { id: "s", name: "Zoë Board", description: "" }],
    ]);
    expect(Object.fromEntries(searchVocabulary(events, people))).toEqual({
      "openai's": { word: "OpenAI's", count: 1 },
      board: { word: "board", count: 3 },
      the: { word: "The", count: 1 },
      met: { word: "met", count: 1 },
      zoe: { word: "Zoë", count: 1 },
    });
  });
});
