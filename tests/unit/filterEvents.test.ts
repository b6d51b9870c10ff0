import { describe, expect, it } from "vitest";
import type { Person, TimelineEvent } from "../../src/data/schema.ts";
import {
  buildSearchIndex,
  countByPerson,
  countByType,
  type EventFilters,
  filterAndCount,
  filterEvents,
  hasActiveFilters,
  matchPositions,
  refinesQuery,
} from "../../src/state/filterEvents.ts";

function event(
  id: string,
  type: TimelineEvent["type"],
  people: string[],
  title: string,
  exact = "words",
): TimelineEvent {
  return {
    id,
    type,
    title,
    summary: `Summary of item-${id}`,
    people,
    excerpts: [{ source: "s", exact, prefix: "", suffix: "", start: 0, end: exact.length }],
    date: { edtf: null, start: null, end: null, precision: "unknown", basis: "b", references: [] },
  };
}

const people = new Map<string, Person>([
  ["jan-leike", { id: "jan-leike", name: "Jan Leike", description: "d" }],
  ["zoe", { id: "zoe", name: "Zoë Müller", description: "d" }],
]);
const events = [
  event("a", "departure", ["jan-leike"], "Jan Leike resigns", "In May, Jan Leike resigned."),
  event("b", "statement", ["jan-leike", "zoe"], "A statement", "\u201CTrust collapsing\u201D"),
  event("c", "departure", ["zoe"], "Another departure"),
  event("d", "report", [], "A report on trust"),
];
const index = buildSearchIndex(events, people);
const none: EventFilters = { types: null, person: null, query: "" };
const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id);

describe("filterEvents(events, filters) keeps what passes every filter", () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ["no filter", {}, ["a", "b", "c", "d"]],
    ["one type", { types: ["departure"] }, ["a", "c"]],
    ["no type", { types: [] }, []],
    ["a person", { person: "zoe" }, ["b", "c"]],
    ["a title word", { query: "resigns" }, ["a"]],
    ["a part of a word", { query: "resig" }, ["a"]],
    ["an excerpt, any case", { query: "TRUST collapsing" }, ["b"]],
    ["a person's name without accents", { query: "zoe muller" }, ["b", "c"]],
    ["accents in the query", { query: "Zoë" }, ["b", "c"]],
    ["a summary", { query: "item-d" }, ["d"]],
    ["every word must match", { query: "trust report" }, ["d"]],
    ["filters combine", { types: ["departure"], person: "zoe" }, ["c"]],
    ["nothing matches", { query: "xyzzy" }, []],
    ["white space only is no query", { query: "   " }, ["a", "b", "c", "d"]],
  ])("%s", (_, patch, expected) => {
    expect(ids(filterEvents(events, { ...none, ...patch }, index))).toEqual(expected);
  });
});

describe("counts for the filter controls", () => {
  it("counts by type under the other filters, ignoring the type filter", () => {
    const counts = countByType(events, { types: ["report"], person: "zoe", query: "" }, index);
    expect(counts).toEqual({
      departure: 1,
      board: 0,
      appointment: 0,
      statement: 1,
      report: 0,
      policy: 0,
      other: 0,
    });
  });
  it("counts by person under the other filters, ignoring the person filter", () => {
    const counts = countByPerson(events, { types: ["departure"], person: "zoe", query: "" }, index);
    expect([...counts]).toEqual([
      ["jan-leike", 1],
      ["zoe", 1],
    ]);
  });
  it.each<[Partial<EventFilters>, boolean]>([
    [{}, false],
    [{ query: "  " }, false],
    [{ query: "x" }, true],
    [{ types: [] }, true],
    [{ person: "zoe" }, true],
  ])("hasActiveFilters(%j) is %s", (patch, active) => {
    expect(hasActiveFilters({ ...none, ...patch })).toBe(active);
  });
});

describe("filterAndCount(events, filters) gives in one pass what the three functions give", () => {
  it.each<Partial<EventFilters>>([
    {},
    { types: ["departure"] },
    { person: "zoe" },
    { query: "trust" },
    { types: ["statement", "report"], person: "jan-leike", query: "a" },
    { types: [] },
  ])("%j", (patch) => {
    const filters = { ...none, ...patch };
    const result = filterAndCount(events, filters, index);
    expect(ids(result.filtered)).toEqual(ids(filterEvents(events, filters, index)));
    expect(result.typeCounts).toEqual(countByType(events, filters, index));
    expect([...result.personCounts].sort()).toEqual(
      [...countByPerson(events, filters, index)].sort(),
    );
  });
});

describe("refinesQuery(query, previous)", () => {
  it.each([
    ["board", "boar", true],
    ["board sam", "board", true],
    ["sam board", "boar", true],
    ["Résigns", "resig", true],
    ["board", "", true],
    ["boar", "board", false],
    ["board", "sam", false],
    ["", "board", false],
    ["bo ard", "board", false],
  ])("%j after %j: %s", (query, previous, expected) => {
    expect(refinesQuery(query, previous)).toBe(expected);
  });
});

describe("matchPositions(index, query, among)", () => {
  const matched = (query: string, among: number[] | null = null) =>
    matchPositions(index, query, among)?.map((p) => events[p]?.id) ?? null;

  it.each<[string, string[] | null]>([
    ["", null],
    ["   ", null],
    ["trust", ["b", "d"]],
    ["TRUST report", ["d"]],
    ["leike", ["a", "b"]],
    ["nothing-like-this", []],
  ])("%j finds %j (null: every event)", (query, expected) => {
    expect(matched(query)).toEqual(expected);
  });

  it("looks only at the positions it is given, in their order", () => {
    expect(matched("trust", [3])).toEqual(["d"]);
    expect(matched("leike", [1, 2, 3])).toEqual(["b"]);
    expect(matched("leike", [])).toEqual([]);
  });

  it("finds nothing for positions the index does not reach yet", () => {
    expect(matchPositions(index.slice(0, 2), "trust")).toEqual([1]);
  });

  it("narrowing the earlier matches finds what searching everything finds", () => {
    for (const [query, previous] of [
      ["trust report", "trust"],
      ["jan leike", "jan"],
      ["zoë", "zo"],
    ] as const) {
      expect(refinesQuery(query, previous)).toBe(true);
      const narrowed = matchPositions(index, query, matchPositions(index, previous));
      expect(narrowed).toEqual(matchPositions(index, query));
    }
  });
});

describe("buildSearchIndex(events, people): what a search looks in", () => {
  it("holds each event's title, summary, note, excerpts and people's names, folded", () => {
    const noted = { ...events[1], note: "A NOTE" } as TimelineEvent;
    const [text] = buildSearchIndex([noted], people);
    expect(text).toBe(
      'a statement summary of item-b a note "trust collapsing" jan leike zoe muller',
    );
  });

  it("finds words however the text is spaced", () => {
    const spaced = event("s", "report", [], "Board\n\n  vote", "the\tboard  met");
    const spacedIndex = buildSearchIndex([spaced], people);
    for (const query of ["board vote", "BOARD   met", "the board"]) {
      expect(matchPositions(spacedIndex, query)).toEqual([0]);
    }
    expect(matchPositions(spacedIndex, "board-vote")).toEqual([]);
  });
});

describe("filterAndCount(events, filters, index) when nothing is filtered out", () => {
  it("gives back the same list, so nothing downstream redoes its work", () => {
    const index = buildSearchIndex(events, people);
    const none: EventFilters = { types: null, person: null, query: "" };
    expect(filterAndCount(events, none, index).filtered).toBe(events);
    expect(filterAndCount(events, { ...none, query: "trust" }, index).filtered).not.toBe(events);
  });
});
